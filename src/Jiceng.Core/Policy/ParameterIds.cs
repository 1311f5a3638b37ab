namespace Jiceng.Core.Policy;

/// <summary>The stable ids of the policy's parameters (policy.md). Rules name the parameters they read with these.</summary>
public static class ParameterIds
{
    public static class P0
    {
        public const string Province = "P0.province";
        public const string District = "P0.district";
        public const string Year = "P0.year";
        public const string EffectiveFrom = "P0.effective_from";
    }

    public static class P1
    {
        public const string WomenMin = "P1.women_min";
        public const string YoungAge = "P1.young_age";
        public const string YoungMin = "P1.young_min";
        public const string NonPartyMin = "P1.non_party_min";
        public const string MinorityMin = "P1.minority_min";
        public const string BachelorShareMin = "P1.bachelor_share_min";
    }

    public static class P4
    {
        public const string MaxYearsSamePost = "P4.max_years_same_post";
        public const string TenureWarnMonths = "P4.tenure_warn_months";
        public const string LongServiceYearsRemote = "P4.long_service_years_remote";
        public const string WishResponseDays = "P4.wish_response_days";
    }

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
