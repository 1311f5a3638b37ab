using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P10;

namespace Jiceng.Core.Measures.M10VillageCadres;

/// <summary>Who applies for bonus points in public-institution recruitment (第十条).</summary>
public enum BonusApplicantKind
{
    /// <summary>大学生村官: a college-graduate village official, whatever the year selected.</summary>
    VillageOfficial = 0,

    /// <summary>其他服务基层项目人员 (三支一扶, 西部计划 …): "大学生村官等服务基层项目人员", whatever the year.</summary>
    ServiceProject = 1,

    /// <summary>村级助理岗位人员 (乡村振兴协理员 etc.): only those publicly selected in P10.assistant_cohort_year.</summary>
    VillageAssistant = 2,
}

/// <summary>
/// The bonus points of one applicant in public-institution recruitment (事业单位招聘加分, 第十条): "对大学生村官等服务基层项目
/// 人员和xxxx年经x党委同意公开选聘的村级助理岗位人员，按规定实行加分政策". The applicant gets P10.bonus_points when all three
/// tests pass, else 0: (1) the kind — a college-graduate village official or another service-project member of any
/// year, or a village assistant selected in exactly P10.assistant_cohort_year; (2) the service term — at least
/// <see cref="MinYearsServed"/> full years served (满 N 年: reached on the anniversary), measured on the application
/// day or, when service ended earlier, on the day after its last day; (3) the service assessed as passed (考核合格).
/// "按规定" points to the national rules for service-project members (服务期满、考核合格); the plan sets no term, so
/// the product uses their two-year service term as a constant.
/// </summary>
public sealed class RecruitmentBonusPoints : ICalculator
{
    /// <summary>The full years of service that complete the service term (a product constant: the plan says "按规定").</summary>
    public const int MinYearsServed = 2;

    public const string ClauseTen = "第十条";

    public string Name => "bonus";

    public string Title => "大学生村官、村级助理等事业单位招聘加分";

    private static readonly IReadOnlyList<(string, BonusApplicantKind)> Kinds =
    [
        ("village-official", BonusApplicantKind.VillageOfficial), ("大学生村官", BonusApplicantKind.VillageOfficial),
        ("service-project", BonusApplicantKind.ServiceProject), ("服务基层项目人员", BonusApplicantKind.ServiceProject),
        ("assistant", BonusApplicantKind.VillageAssistant), ("村级助理", BonusApplicantKind.VillageAssistant),
    ];

    private static readonly IReadOnlyList<(string, bool)> YesNo = [("yes", true), ("是", true), ("合格", true), ("no", false), ("否", false), ("不合格", false)];

    public IReadOnlyList<CalcField> Fields { get; } =
    [
        new("kind", "人员类别", true, false, "village-official（大学生村官）、service-project（服务基层项目人员）或 assistant（村级助理）"),
        new("selected", "选聘年份", true, false, "四位年份，如 2018"),
        new("start", "服务开始日期", true, false, "yyyy-MM-dd"),
        new("end", "服务结束日期", false, false, "yyyy-MM-dd（最后一天；仍在服务的不填）"),
        new("applied", "报名日期", true, false, "yyyy-MM-dd（按该日计算服务年限，并选取当日在用的政策配置）"),
        new("passed", "服务期考核合格", true, false, "是 或 否"),
    ];

    public IReadOnlyList<string> ParameterIds { get; } = [P.BonusPoints, P.AssistantCohortYear];

    public CalcParse Parse(CalcArgs args)
    {
        var r = new ArgReader(args, Fields);
        var kind = r.Choice("kind", Kinds);
        var selected = r.Int("selected", 1949, 2100);
        var start = r.Date("start");
        var end = r.Date("end");
        var applied = r.Date("applied");
        var passed = r.Choice("passed", YesNo);
        if (start is { } s && applied is { } a && s > a)
        {
            r.Errors.Add(new FieldError("start", $"服务开始日期（start）{Dates.Format(s)}晚于报名日期{Dates.Format(a)}"));
        }

        if (start is { } s2 && end is { } e && e < s2)
        {
            r.Errors.Add(new FieldError("end", $"服务结束日期（end）{Dates.Format(e)}早于服务开始日期{Dates.Format(s2)}"));
        }

        if (start is { } s3 && selected is { } y && y > s3.Year)
        {
            r.Errors.Add(new FieldError("selected", string.Create(CultureInfo.InvariantCulture, $"选聘年份（selected）{y}晚于服务开始日期{Dates.Format(s3)}")));
        }

        return r.Errors.Count > 0 || kind is null || selected is null || start is null || applied is null || passed is null
            ? new CalcParse(null, r.Errors)
            : new CalcParse(new BonusInput(kind.Value, selected.Value, start.Value, end, applied.Value, passed.Value), []);
    }

    /// <summary>The day service is measured on: the application day, or the day after service's last day when it ended before.</summary>
    public static DateOnly MeasuredOn(DateOnly? end, DateOnly applied) =>
        end is { } e && e.AddDays(1) < applied ? e.AddDays(1) : applied;

    public static string KindName(BonusApplicantKind kind) => kind switch
    {
        BonusApplicantKind.VillageOfficial => "大学生村官",
        BonusApplicantKind.ServiceProject => "服务基层项目人员",
        _ => "村级助理岗位人员",
    };
}

/// <summary>The inputs of <see cref="RecruitmentBonusPoints"/>, read and checked.</summary>
public sealed record BonusInput(BonusApplicantKind Kind, int Selected, DateOnly Start, DateOnly? End, DateOnly Applied, bool Passed) : CalcRequest
{
    public override DateOnly? ReferenceDay => Applied;

    public override CalcOutcome Compute(PolicyProfile profile)
    {
        var points = profile.Decimal(P.BonusPoints);
        var cohort = profile.Int(P.AssistantCohortYear);
        var inv = CultureInfo.InvariantCulture;
        var inputs = new List<WorkingItem>
        {
            new("kind", "人员类别", RecruitmentBonusPoints.KindName(Kind)),
            new("selected", "选聘年份", Selected.ToString(inv)),
            new("start", "服务开始日期", Dates.Format(Start)),
        };
        if (End is { } end)
        {
            inputs.Add(new WorkingItem("end", "服务结束日期", Dates.Format(end)));
        }

        inputs.Add(new WorkingItem("applied", "报名日期", Dates.Format(Applied)));
        inputs.Add(new WorkingItem("passed", "服务期考核合格", Passed ? "是" : "否"));

        // Test 1: the kind (village assistants only of the configured cohort).
        var kindOk = Kind != BonusApplicantKind.VillageAssistant || Selected == cohort;
        var kindNote = Kind switch
        {
            BonusApplicantKind.VillageAssistant when kindOk => string.Create(inv, $"村级助理岗位人员，{Selected}年选聘，即配置的选聘年份{cohort}年"),
            BonusApplicantKind.VillageAssistant => string.Create(inv, $"村级助理岗位人员，{Selected}年选聘，不是配置的选聘年份{cohort}年"),
            _ => $"{RecruitmentBonusPoints.KindName(Kind)}，不限选聘年份",
        };

        // Test 2: full years served on the measured day (满 N 年 on the anniversary).
        var measured = RecruitmentBonusPoints.MeasuredOn(End, Applied);
        var years = Ages.FullYears(Start, measured);
        var fullOn = Ages.AddYearsClamped(Start, RecruitmentBonusPoints.MinYearsServed);
        var termOk = years >= RecruitmentBonusPoints.MinYearsServed;
        var measuredWhy = measured == Applied ? "报名日期" : "服务结束日期的次日";
        var termNote = string.Create(inv,
            $"自{Dates.Format(Start)}起至{Dates.Format(measured)}（{measuredWhy}）满{years}年，满{RecruitmentBonusPoints.MinYearsServed}年之日为{Dates.Format(fullOn)}");

        var eligible = kindOk && termOk && Passed;
        var result = eligible ? points : 0m;
        var lines = new List<CalculationLine>
        {
            new("人员类别及选聘年份", null, kindOk ? "符合" : "不符合", kindNote),
            new(string.Create(inv, $"服务满{RecruitmentBonusPoints.MinYearsServed}年"), null, termOk ? "符合" : "不符合", termNote),
            new("服务期考核", null, Passed ? "符合" : "不符合", Passed ? "考核合格" : "考核不合格"),
        };
        var failed = lines.Where(l => l.Status == "不符合").Select(l => l.Label).ToList();
        var steps = new List<string>
        {
            kindNote + (kindOk ? "：符合" : "：不符合"),
            termNote + (termOk ? "：符合" : "：不符合"),
            "服务期考核" + (Passed ? "合格：符合" : "不合格：不符合"),
            eligible
                ? $"三项均符合，加 {Money.Plain(points)} 分"
                : $"不符合：{string.Join("、", failed)}，不加分（0 分）",
        };
        return CalcOutcome.Of(new Calculation("bonus", "大学生村官、村级助理等事业单位招聘加分", RecruitmentBonusPoints.ClauseTen, result, inputs,
            [
                new(P.BonusPoints, "服务基层项目人员招聘加分", Money.Plain(points) + " 分"),
                new(P.AssistantCohortYear, "村级助理岗位选聘年份", cohort.ToString(inv) + " 年"),
            ],
            steps, lines, Calculation.Points));
    }
}
