namespace Jiceng.Core.Policy;

/// <summary>
/// The stable ids of the policy's parameters (docs/policy-reference.md), grouped by clause; P0 holds the jurisdiction placeholders.
/// Rules name the parameters they read with these; profile files address values by the same ids.
/// Every id here has a definition in <see cref="ParameterCatalog"/> and vice versa (a test checks it).
/// </summary>
public static class ParameterIds
{
    /// <summary>Jurisdiction: the province, district, year and effective date of the plan.</summary>
    public static class P0
    {
        public const string Province = "P0.province";
        public const string District = "P0.district";
        public const string Year = "P0.year";
        public const string EffectiveFrom = "P0.effective_from";
    }

    /// <summary>Clause 一: township leadership-team structure.</summary>
    public static class P1
    {
        public const string WomenMin = "P1.women_min";
        public const string YoungAge = "P1.young_age";
        public const string YoungMin = "P1.young_min";
        public const string NonPartyMin = "P1.non_party_min";
        public const string MinorityMin = "P1.minority_min";
        public const string BachelorShareMin = "P1.bachelor_share_min";
    }

    /// <summary>Clause 二: training, secondments, study days.</summary>
    public static class P2
    {
        public const string PartySchoolHeadsPerYear = "P2.party_school_heads_per_year";
        public const string SecondmentsPerYear = "P2.secondments_per_year";
        public const string VillageMainMinStudyDays = "P2.village_main_min_study_days";
        public const string TermWarnMonths = "P2.term_warn_months";
    }

    /// <summary>Clause 三: minimum grassroots service and exam ratios.</summary>
    public static class P3
    {
        public const string MinServiceYearsCivilServant = "P3.min_service_years_civil_servant";
        public const string MinServiceYearsSelectedGraduate = "P3.min_service_years_selected_graduate";
        public const string ExamRatio = "P3.exam_ratio";
        public const string ExamRatioRemote = "P3.exam_ratio_remote";
    }

    /// <summary>Clause 四: post tenure, remote long service, transfer wishes.</summary>
    public static class P4
    {
        public const string MaxYearsSamePost = "P4.max_years_same_post";
        public const string TenureWarnMonths = "P4.tenure_warn_months";
        public const string LongServiceYearsRemote = "P4.long_service_years_remote";
        public const string WishResponseDays = "P4.wish_response_days";
        public const string ExchangeMinTownshipToDepartment = "P4.exchange_min_township_to_department";
        public const string ExchangeMinDepartmentToTownship = "P4.exchange_min_department_to_township";
    }

    /// <summary>Clause 五: excellent-grade quota, village performance fund, awards.</summary>
    public static class P5
    {
        public const string TownshipExcellentRatio = "P5.township_excellent_ratio";
        public const string ExcellentRounding = "P5.excellent_rounding";
        public const string VillageFundPerVillageWan = "P5.village_fund_per_village_wan";
        public const string GrassrootsAwardShareMin = "P5.grassroots_award_share_min";
        public const string TimelyAwardDays = "P5.timely_award_days";
    }

    /// <summary>Clause 六: inspection cap and year-over-year reductions.</summary>
    public static class P6
    {
        public const string MaxInspectionsPerTownship = "P6.max_inspections_per_township";
        public const string InspectionReduction = "P6.inspection_reduction";
        public const string DocumentReduction = "P6.document_reduction";
        public const string MeetingReduction = "P6.meeting_reduction";
        public const string FormReduction = "P6.form_reduction";
    }

    /// <summary>Clause 七: influence periods of sanctions, case and clarification deadlines.</summary>
    public static class P7
    {
        public const string InfluenceMonths = "P7.influence_months";
        public const string CaseDays = "P7.case_days";
        public const string ClarifyDays = "P7.clarify_days";
    }

    /// <summary>Clause 八: subsidies, travel, leave, village cadres' treatment, visits.</summary>
    public static class P8
    {
        public const string Subsidies = "P8.subsidies";
        public const string TripsPerMonthAvg = "P8.trips_per_month_avg";
        public const string TripsPerYearMax = "P8.trips_per_year_max";
        public const string LeaveTiers = "P8.leave_tiers";
        public const string UntakenMultiplier = "P8.untaken_multiplier";
        public const string DaysPerMonth = "P8.days_per_month";
        public const string PensionSubsidyPerYear = "P8.pension_subsidy_per_year";
        public const string CollectiveIncomeThresholdWan = "P8.collective_income_threshold_wan";
        public const string RewardRatio = "P8.reward_ratio";
        public const string RewardCapWan = "P8.reward_cap_wan";
        public const string VillageTransport = "P8.village_transport";
        public const string VillagePhone = "P8.village_phone";
        public const string FamilyVisitsPerYear = "P8.family_visits_per_year";
    }

    /// <summary>Clause 九: talks, checkups, safety incidents, lectures.</summary>
    public static class P9
    {
        public const string TalksPerYear = "P9.talks_per_year";
        public const string TalksPerYearStationed = "P9.talks_per_year_stationed";
        public const string CheckupCostStandard = "P9.checkup_cost_standard";
        public const string CheckupCostStandardHardship = "P9.checkup_cost_standard_hardship";
        public const string VillageCheckupHospital = "P9.village_checkup_hospital";
        public const string IncidentAcceptHours = "P9.incident_accept_hours";
        public const string IncidentCloseDays = "P9.incident_close_days";
        public const string LecturesPerYear = "P9.lectures_per_year";
    }

    /// <summary>Clause 十: village cadres, reserves, party development, targeted recruitment.</summary>
    public static class P10
    {
        public const string EcoChiefsPerVillage = "P10.eco_chiefs_per_village";
        public const string ReserveMultiplier = "P10.reserve_multiplier";
        public const string PartyDevWindowYears = "P10.party_dev_window_years";
        public const string PartyDevMembers = "P10.party_dev_members";
        public const string TargetedRecruitmentShare = "P10.targeted_recruitment_share";
        public const string BonusPoints = "P10.bonus_points";
        public const string AssistantCohortYear = "P10.assistant_cohort_year";
    }
}
