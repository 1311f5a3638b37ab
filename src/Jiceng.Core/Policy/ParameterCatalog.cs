using System.Collections.Frozen;
using Jiceng.Core.Cadres;
using static Jiceng.Core.Policy.ParameterIds;
using T = Jiceng.Core.Policy.ParameterType;

namespace Jiceng.Core.Policy;

/// <summary>
/// The definition of every parameter of docs/policy-reference.md (P0–P10): id, clause, type, unit, required or optional, zh-CN
/// label and the example value the shipped default profile carries.
/// </summary>
/// <remarks>
/// Examples are the usual or statutory figures. Where there is none, the example is our own plausible pick and
/// <see cref="ParameterDefinition.ExampleChosenByUs"/> is true: the jurisdiction (山西 / 平鲁区, the demo district),
/// the effective date, P6.max_inspections_per_township (10 a year), the subsidy lines of P8.subsidies,
/// P8.village_transport (100 元) and P8.village_phone (50 元), the checkup standards P9.checkup_cost_standard (500 元)
/// and P9.checkup_cost_standard_hardship (800 元), and P10.assistant_cohort_year (2018).
/// Parameters for which the document has no placeholder of its own (P6.document/meeting/form_reduction, the
/// village allowances, P9.talks_per_year_stationed, P9.checkup_cost_standard_hardship) are optional.
/// </remarks>
public static class ParameterCatalog
{
    private static readonly DateOnly PlanStart = new(2020, 1, 1);

    public static IReadOnlyList<ParameterDefinition> All { get; } =
    [
        new(P0.Province, 0, T.Text, "", true, "省份（“视察x”）", "山西", true),
        new(P0.District, 0, T.Text, "", true, "区县（“x党委”“x财政”）", "平鲁区", true),
        new(P0.Year, 0, T.CalendarYear, "年", true, "方案年度", 2020),
        new(P0.EffectiveFrom, 0, T.Date, "", true, "本配置生效日期", PlanStart, true),

        new(P1.WomenMin, 1, T.NonNegativeInt, "人", true, "乡镇班子女干部最少人数", 1),
        new(P1.YoungAge, 1, T.Years, "岁", true, "年轻干部年龄上限", 35),
        new(P1.YoungMin, 1, T.NonNegativeInt, "人", true, "乡镇班子年轻干部最少人数", 1),
        new(P1.NonPartyMin, 1, T.NonNegativeInt, "人", true, "乡镇班子党外干部最少人数", 0),
        new(P1.MinorityMin, 1, T.NonNegativeInt, "人", true, "乡镇班子少数民族干部最少人数", 0),
        new(P1.BachelorShareMin, 1, T.Ratio, "比例", false, "乡镇班子本科以上学历最低比例", null),

        new(P2.PartySchoolHeadsPerYear, 2, T.IntRange, "人/年", true, "每年选派党政正职到省级以上党校学习", new IntRange(2, 3)),
        new(P2.SecondmentsPerYear, 2, T.IntRange, "人/年", true, "每年选派乡镇领导干部挂职锻炼", new IntRange(3, 5)),
        new(P2.VillageMainMinStudyDays, 2, T.Days, "天/年", true, "村主职干部每年累计学习最少天数", 10),
        new(P2.TermWarnMonths, 2, T.Months, "个月", true, "届末前提醒未轮训的提前月数", 12),

        new(P3.MinServiceYearsCivilServant, 3, T.Years, "年", true, "公务员最低服务基层年限", 5),
        new(P3.MinServiceYearsSelectedGraduate, 3, T.Years, "年", true, "选调生最低服务基层年限", 2),
        new(P3.ExamRatio, 3, T.NonNegativeInt, "倍", true, "公务员招录开考比例", 3),
        new(P3.ExamRatioRemote, 3, T.NonNegativeInt, "倍", true, "艰苦边远乡镇开考比例上限", 2),

        new(P4.MaxYearsSamePost, 4, T.Years, "年", true, "同一岗位任职满此年限应调整", 5),
        new(P4.TenureWarnMonths, 4, T.Months, "个月", true, "任职期满前提醒月数", 6),
        new(P4.LongServiceYearsRemote, 4, T.Years, "年", true, "艰苦边远乡镇“工作时间较长”的年限", 8),
        new(P4.WishResponseDays, 4, T.Days, "天", true, "交流意愿答复期限", 90),
        new(P4.ExchangeMinTownshipToDepartment, 4, T.NonNegativeInt, "人/年", false, "每年乡镇干部交流到区直部门最少人数", null),
        new(P4.ExchangeMinDepartmentToTownship, 4, T.NonNegativeInt, "人/年", false, "每年区直部门干部交流到乡镇最少人数", null),

        new(P5.TownshipExcellentRatio, 5, T.Ratio, "比例", true, "乡镇公务员年度考核优秀等次比例", 0.20m),
        new(P5.ExcellentRounding, 5, T.Rounding, "", true, "优秀名额取整方式", RoundingMode.Floor),
        new(P5.VillageFundPerVillageWan, 5, T.MoneyWan, "万元/村·年", true, "村“两委”绩效考核兑现资金标准", 2m),
        new(P5.GrassrootsAwardShareMin, 5, T.Ratio, "比例", false, "评先表模中基层干部最低比例", null),
        new(P5.TimelyAwardDays, 5, T.Days, "天", true, "及时奖励期限", 30),

        new(P6.MaxInspectionsPerTownship, 6, T.NonNegativeInt, "次/年", true, "每个乡镇每年督查检查考核上限", 10, true),
        new(P6.InspectionReduction, 6, T.Ratio, "比例", true, "督查检查考核较上年压减比例", 0.5m),
        new(P6.DocumentReduction, 6, T.Ratio, "比例", false, "发文数量较上年压减比例", 0.3m),
        new(P6.MeetingReduction, 6, T.Ratio, "比例", false, "会议数量较上年压减比例", 0.3m),
        new(P6.FormReduction, 6, T.Ratio, "比例", false, "填表报数较上年压减比例", 0.3m),

        new(P7.InfluenceMonths, 7, T.InfluenceTable, "个月", true, "各类处分的影响期", StatutoryInfluence()),
        new(P7.CaseDays, 7, T.Days, "天", true, "容错纠错案件认定期限", 60),
        new(P7.ClarifyDays, 7, T.Days, "天", true, "不实反映澄清正名期限", 30),

        new(P8.Subsidies, 8, T.SubsidyList, "元/人·月", true, "补贴标准调整", ExampleSubsidies(), true),
        new(P8.TripsPerMonthAvg, 8, T.NonNegativeInt, "次/月", true, "异地任职平均每月可报销往返次数", 1),
        new(P8.TripsPerYearMax, 8, T.NonNegativeInt, "次/年", true, "异地任职每年累计报销上限", 12),
        new(P8.LeaveTiers, 8, T.LeaveTierList, "天/年", true, "带薪年休假天数档次", StatutoryLeave()),
        new(P8.UntakenMultiplier, 8, T.PositiveDecimal, "倍", true, "未休年休假工资报酬倍数（含正常工资）", 3m),
        new(P8.DaysPerMonth, 8, T.PositiveDecimal, "天", true, "月计薪天数", 21.75m),
        new(P8.PensionSubsidyPerYear, 8, T.Money, "元/人·年", true, "村干部养老保险个人缴费财政补助上限", 1000m),
        new(P8.CollectiveIncomeThresholdWan, 8, T.MoneyWan, "万元", true, "集体经济收入奖励门槛", 10m),
        new(P8.RewardRatio, 8, T.Ratio, "比例", true, "新增经常性收入奖励比例", 0.10m),
        new(P8.RewardCapWan, 8, T.MoneyWan, "万元", true, "集体经济奖励资金上限", 5m),
        new(P8.VillageTransport, 8, T.Money, "元/人·月", false, "村“两委”干部交通补贴", 100m, true),
        new(P8.VillagePhone, 8, T.Money, "元/人·月", false, "村“两委”干部通讯费", 50m, true),
        new(P8.FamilyVisitsPerYear, 8, T.NonNegativeInt, "次/年", true, "因公殉职干部家属慰问次数", 1),

        new(P9.TalksPerYear, 9, T.NonNegativeInt, "次/年", true, "每名干部每年谈心谈话最少次数", 2),
        new(P9.TalksPerYearStationed, 9, T.NonNegativeInt, "次/年", false, "驻村一线干部每年谈心谈话最少次数", null),
        new(P9.CheckupCostStandard, 9, T.Money, "元/人·次", true, "体检经费列支标准", 500m, true),
        new(P9.CheckupCostStandardHardship, 9, T.Money, "元/人·次", false, "艰苦地区、一线干部体检经费标准", 800m, true),
        new(P9.VillageCheckupHospital, 9, T.Text, "", true, "村主职干部体检医院", "区人民医院"),
        new(P9.IncidentAcceptHours, 9, T.Hours, "小时", true, "人身安全案件受理时限", 24),
        new(P9.IncidentCloseDays, 9, T.Days, "天", true, "人身安全案件办结时限", 15),
        new(P9.LecturesPerYear, 9, T.NonNegativeInt, "次/年", true, "心理健康知识讲座次数", 2),

        new(P10.EcoChiefsPerVillage, 10, T.NonNegativeInt, "个/村", true, "每村生态村长岗位数", 1),
        new(P10.ReserveMultiplier, 10, T.NonNegativeDecimal, "倍", true, "后备干部储备倍数（按“两委”职数）", 2m),
        new(P10.PartyDevWindowYears, 10, T.IntRange, "年", true, "发展党员周期", new IntRange(2, 3)),
        new(P10.PartyDevMembers, 10, T.IntRange, "名", true, "每个周期发展党员人数", new IntRange(1, 2)),
        new(P10.TargetedRecruitmentShare, 10, T.Ratio, "比例", true, "定向招录占招录计划比例", 0.10m),
        new(P10.BonusPoints, 10, T.NonNegativeDecimal, "分", true, "服务基层项目人员招聘加分", 3m),
        new(P10.AssistantCohortYear, 10, T.CalendarYear, "年", true, "村级助理岗位选聘年份", 2018, true),
    ];

    private static readonly FrozenDictionary<string, ParameterDefinition> ById =
        All.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);

    public static bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ParameterDefinition? definition) =>
        ById.TryGetValue(id, out definition);

    /// <exception cref="KeyNotFoundException">No parameter has this id.</exception>
    public static ParameterDefinition Get(string id) =>
        ById.TryGetValue(id, out var d) ? d : throw new KeyNotFoundException($"No parameter {id} in the catalogue.");

    public static IEnumerable<ParameterDefinition> ForClause(int clause) => All.Where(d => d.Clause == clause);

    private static InfluencePeriods StatutoryInfluence() => new(new Dictionary<SanctionKind, int>
    {
        [SanctionKind.Warning] = 6,
        [SanctionKind.Demerit] = 12,
        [SanctionKind.MajorDemerit] = 18,
        [SanctionKind.Demotion] = 24,
        [SanctionKind.Dismissal] = 24,
    });

    private static LeaveTiers StatutoryLeave() => new([new LeaveTier(1, 5), new LeaveTier(10, 10), new LeaveTier(20, 15)]);

    private static SubsidyStandards ExampleSubsidies() => new(
    [
        new SubsidyStandard("乡镇工作补贴", [CadreCategory.TownshipCivilServant, CadreCategory.TownshipInstitutionStaff], 200m, 300m, PlanStart),
        new SubsidyStandard("艰苦边远地区津贴", [CadreCategory.TownshipCivilServant, CadreCategory.TownshipInstitutionStaff], 100m, 200m, PlanStart),
    ]);
}
