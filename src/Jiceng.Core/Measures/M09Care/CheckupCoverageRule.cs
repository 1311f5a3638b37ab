using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M02Capability;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P9;

namespace Jiceng.Core.Measures.M09Care;

/// <summary>
/// R9.2 — clause 九: every grassroots cadre has a health checkup each year; a village main cadre's counts only when it
/// was at P9.village_checkup_hospital (the institution's name compared exactly, spaces trimmed) and paid by finance.
/// No counting checkup is a violation once the year is over; before that the yearly-minimum convention applies
/// (a warning below floor(1 × elapsed / days in the year), which is 0 until the last day, so none while the year runs).
/// A village main cadre whose only checkups of the year are elsewhere or paid otherwise gets a warning at once while the
/// year runs (one per cadre, naming the first such checkup), since another may still be arranged.
/// </summary>
public sealed class CheckupCoverageRule : Rule<IReadOnlyList<CheckupCoverageFacts>>
{
    public override string Id => "R9.2";

    public override int Clause => 9;

    public override string Title => "年度健康体检";

    public override IReadOnlyList<string> Parameters { get; } = [P.VillageCheckupHospital];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    /// <summary>Whether a checkup counts for the cadre: any for others; at the hospital and paid by finance for a village main cadre.</summary>
    public static bool Counts(CheckupEntry c, bool villageMain, string hospital) =>
        !villageMain || (string.Equals(c.Institution.Trim(), hospital.Trim(), StringComparison.Ordinal) && c.PaidBy == CheckupPayer.Finance);

    /// <summary>Why a village main cadre's checkup does not count.</summary>
    public static string Defect(CheckupEntry c, string hospital)
    {
        var place = string.Equals(c.Institution.Trim(), hospital.Trim(), StringComparison.Ordinal) ? null : $"在{c.Institution}而非{hospital}";
        var payer = c.PaidBy == CheckupPayer.Finance ? null : $"由{CareLabels.Of(c.PaidBy)}而非财政支付";
        return string.Join("，", new[] { place, payer }.Where(s => s is not null));
    }

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<CheckupCoverageFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var hospital = profile.Text(P.VillageCheckupHospital);
        var year = context.Year.ToString(CultureInfo.InvariantCulture);
        foreach (var c in facts)
        {
            var counting = c.Checkups.Count(k => Counts(k, c.VillageMain, hospital));
            var need = c.VillageMain ? $"每年在{hospital}体检1次，财政支付" : "每年体检1次";
            if (YearlyQuota.BelowMinimum(counting, 1, context) is { } severity)
            {
                var other = c.Checkups.Count - counting;
                var measured = other > 0 ? $"未按规定体检（{other}次不符合）" : "未体检";
                yield return new Finding(Id, Clause, severity, c.Cadre, year, measured, need,
                    $"{c.Cadre.Name}{year}年{measured}", context.YearEnd);
            }
            else if (counting == 0 && c.Checkups.OrderBy(k => k.CheckedOn).ThenBy(k => k.Id).FirstOrDefault() is { } first)
            {
                var defect = Defect(first, hospital);
                yield return new Finding(Id, Clause, Severity.Warning, c.Cadre, year, defect, need,
                    $"{c.Cadre.Name}（村主职干部）{year}年的体检{defect}，尚需按规定安排", context.YearEnd);
            }
        }
    }
}
