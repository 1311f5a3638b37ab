using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M02Capability;
using Jiceng.Core.Measures.M09Care;
using Jiceng.Core.Org;
using Jiceng.Core.Policy;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M09Care;

/// <summary>R9.1 for one cadre: the talks of the year so far against the minimum and the pro-rata floor, with the rule's finding if any.</summary>
public sealed record TalkStatusRow(int CadreId, string CadreName, string UnitName, bool Stationed, int Talks, int Required, int ProRataFloor,
    Severity? Severity, string? Message);

/// <summary>
/// R9.2–R9.4 for one township: grassroots cadres serving, those with a checkup that counts (R9.2), the R9.2 findings,
/// the checkups of the year, those without the mental-health item (R9.3) and those above the cost standard (R9.4).
/// </summary>
public sealed record CheckupCoverageRow(int TownshipId, string Township, int Cadres, int Covered, int CoverageViolations, int CoverageWarnings,
    int Checkups, int WithoutMentalHealth, int AboveStandard);

/// <summary>R9.6 for one township: the lectures reaching it this year, the minimum and the rule's finding if any.</summary>
public sealed record LectureStatusRow(int TownshipId, string Township, int Lectures, int Required, Severity? Severity, string? Message);

/// <summary>
/// Clause 九's township-level views (the /care pages): the facts queries of R9.1–R9.4 and R9.6 judged by their rules,
/// through the caller's scope, grouped per cadre or per township. Nothing is stored (the findings ledger is the
/// evaluation's); the pages show what the rules say today.
/// </summary>
public static class CareOverview
{
    public static async Task<IReadOnlyList<TalkStatusRow>> TalksAsync(
        JicengDbContext db, DataScope scope, PolicyProfile profile, EvaluationContext context, CancellationToken ct = default)
    {
        var facts = await new TalkFactsQuery().LoadAsync(db, scope, context, ct);
        var findings = new TalksRule().Evaluate(facts, profile, context).ToDictionary(f => f.Subject.Id);
        var units = await UnitNamesAsync(db, scope, ct);
        return [.. facts.Select(f =>
        {
            var required = TalksRule.Required(profile, f.Stationed);
            var finding = findings.GetValueOrDefault(f.Cadre.Id);
            return new TalkStatusRow(f.Cadre.Id, f.Cadre.Name, units.GetValueOrDefault(f.Cadre.OrgUnitId, ""), f.Stationed, f.Talks, required,
                YearlyQuota.ProRataFloor(required, context), finding?.Severity, finding?.Message);
        }).OrderBy(r => r.Severity is null ? 2 : r.Severity == Severity.Violation ? 0 : 1).ThenBy(r => r.UnitName, StringComparer.Ordinal).ThenBy(r => r.CadreId)];
    }

    /// <summary>The rows per township and the findings of R9.2–R9.4 themselves (for the list under the table).</summary>
    public static async Task<(IReadOnlyList<CheckupCoverageRow> Rows, IReadOnlyList<Finding> Findings)> CheckupsAsync(
        JicengDbContext db, DataScope scope, PolicyProfile profile, EvaluationContext context, CancellationToken ct = default)
    {
        var coverage = await new CheckupCoverageFactsQuery().LoadAsync(db, scope, context, ct);
        var checkups = await new CheckupFactsQuery().LoadAsync(db, scope, context, ct);
        var r2 = new CheckupCoverageRule().Evaluate(coverage, profile, context).ToList();
        var r3 = new MentalHealthItemRule().Evaluate(checkups, profile, context).ToList();
        var r4 = new CheckupCostRule().Evaluate(checkups, profile, context).ToList();
        var hospital = profile.Text(ParameterIds.P9.VillageCheckupHospital);
        var townships = await TownshipsAsync(db, scope, ct);
        var rows = townships.Select(t =>
        {
            bool Under(Subject s) => s.OrgUnitPath.StartsWith(t.Path, StringComparison.Ordinal);
            var cadres = coverage.Where(c => Under(c.Cadre)).ToList();
            return new CheckupCoverageRow(t.Id, t.Name, cadres.Count,
                cadres.Count(c => c.Checkups.Any(k => CheckupCoverageRule.Counts(k, c.VillageMain, hospital))),
                r2.Count(f => f.Severity == Severity.Violation && Under(f.Subject)), r2.Count(f => f.Severity == Severity.Warning && Under(f.Subject)),
                checkups.Count(c => Under(c.Cadre)), r3.Count(f => Under(f.Subject)), r4.Count(f => Under(f.Subject)));
        }).ToList();
        return (rows, [.. r2.Concat(r3).Concat(r4).OrderBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Subject.OrgUnitPath, StringComparer.Ordinal).ThenBy(f => f.Subject.Id)]);
    }

    public static async Task<IReadOnlyList<LectureStatusRow>> LecturesAsync(
        JicengDbContext db, DataScope scope, PolicyProfile profile, EvaluationContext context, CancellationToken ct = default)
    {
        var facts = await new LectureFactsQuery().LoadAsync(db, scope, context, ct);
        var findings = new LecturesRule().Evaluate(facts, profile, context).ToDictionary(f => f.Subject.Id);
        var required = profile.Int(ParameterIds.P9.LecturesPerYear);
        return [.. facts.Select(f => new LectureStatusRow(f.Township.Id, f.Township.Name, f.Lectures, required,
            findings.GetValueOrDefault(f.Township.Id)?.Severity, findings.GetValueOrDefault(f.Township.Id)?.Message))];
    }

    /// <summary>Townships (and sub-districts) in scope, by code.</summary>
    public static async Task<IReadOnlyList<(int Id, string Name, string Path)>> TownshipsAsync(JicengDbContext db, DataScope scope, CancellationToken ct = default) =>
        [.. (await db.OrgUnits.AsNoTracking().InScope(scope).Where(u => u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict)
            .OrderBy(u => u.Code).Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(ct)).Select(u => (u.Id, u.Name, u.Path))];

    private static async Task<Dictionary<int, string>> UnitNamesAsync(JicengDbContext db, DataScope scope, CancellationToken ct) =>
        await db.OrgUnits.AsNoTracking().InScope(scope).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
}
