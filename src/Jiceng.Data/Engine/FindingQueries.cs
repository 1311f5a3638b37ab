using Jiceng.Core.Findings;
using Jiceng.Core.Org;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Engine;

/// <summary>A filter over the current findings.</summary>
public sealed record FindingFilter
{
    public Severity? Severity { get; init; }
    public int? Clause { get; init; }
    public string? Rule { get; init; }
    public int? TownshipId { get; init; }
    public string? Text { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

public sealed record CountRow<TKey>(TKey Key, int Violations, int Warnings, int Infos)
{
    public int Total => Violations + Warnings + Infos;
}

public sealed record FindingSummary(
    EvaluationRun Run,
    CountRow<string> Total,
    IReadOnlyList<CountRow<int>> ByClause,
    IReadOnlyList<CountRow<string>> ByRule,
    IReadOnlyList<CountRow<(int? Id, string Name)>> ByTownship);

/// <summary>
/// Reads of the current findings (the ledger's unresolved ones), always through the reader's scope: a run made for the
/// district serves a township user too, restricted to the findings whose subject lies in the township.
/// </summary>
public static class FindingQueries
{
    /// <summary>The latest run for <paramref name="year"/> (any year when null) that covers the whole scope.</summary>
    public static async Task<EvaluationRun?> LatestRunAsync(JicengDbContext db, DataScope scope, int? year = null, CancellationToken ct = default)
    {
        var ancestors = AncestorsAndSelf(scope.Path);
        return await db.EvaluationRuns.AsNoTracking()
            .Where(r => ancestors.Contains(r.ScopeOrgUnitId) && (year == null || r.Year == year))
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(ct);
    }

    public static IQueryable<FindingRecord> InScope(this IQueryable<FindingRecord> findings, DataScope scope) =>
        findings.Where(f => f.OrgUnitPath.StartsWith(scope.Path));

    /// <summary>
    /// The ledger's findings of the run's year that evaluations still find (every state but resolved): after a run,
    /// exactly the findings of the latest evaluation of each part of the scope.
    /// </summary>
    public static IQueryable<FindingRecord> Current(this IQueryable<FindingRecord> findings, EvaluationRun run) =>
        findings.Where(f => f.Year == run.Year && f.State != FindingState.Resolved);

    public static async Task<FindingSummary> SummaryAsync(JicengDbContext db, DataScope scope, EvaluationRun run, CancellationToken ct = default)
    {
        var findings = db.Findings.AsNoTracking().Current(run).InScope(scope);
        var byRule = await findings.GroupBy(f => new { f.Rule, f.Clause, f.Severity })
            .Select(g => new { g.Key.Rule, g.Key.Clause, g.Key.Severity, Count = g.Count() }).ToListAsync(ct);
        var byTownship = await findings.GroupBy(f => new { f.TownshipId, f.Severity })
            .Select(g => new { g.Key.TownshipId, g.Key.Severity, Count = g.Count() }).ToListAsync(ct);
        var names = await db.OrgUnits.AsNoTracking().InScope(scope)
            .Where(u => u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Code)
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct);

        CountRow<T> Row<T>(T key, IEnumerable<(Severity Severity, int Count)> rows)
        {
            var list = rows.ToList();
            return new CountRow<T>(key, Sum(list, Severity.Violation), Sum(list, Severity.Warning), Sum(list, Severity.Info));
        }

        var total = Row("全部", byRule.Select(r => (r.Severity, r.Count)));
        var clauses = Enumerable.Range(1, 10).Select(c => Row(c, byRule.Where(r => r.Clause == c).Select(r => (r.Severity, r.Count)))).ToList();
        var rules = byRule.Select(r => r.Rule).Distinct().OrderBy(r => Core.Findings.RuleCatalog.Find(r)?.Clause ?? 99).ThenBy(r => r, StringComparer.Ordinal)
            .Select(rule => Row(rule, byRule.Where(r => r.Rule == rule).Select(r => (r.Severity, r.Count)))).ToList();
        var townships = names.Select(n => Row<(int?, string)>((n.Id, n.Name), byTownship.Where(t => t.TownshipId == n.Id).Select(t => (t.Severity, t.Count)))).ToList();
        var above = byTownship.Where(t => t.TownshipId is null).Select(t => (t.Severity, t.Count)).ToList();
        if (above.Count > 0)
        {
            townships.Add(Row<(int?, string)>((null, "区直及其他"), above));
        }

        return new FindingSummary(run, total, clauses, rules, townships);
    }

    public static async Task<Paged<FindingRecord>> ListAsync(JicengDbContext db, DataScope scope, EvaluationRun run, FindingFilter filter, CancellationToken ct = default)
    {
        var q = db.Findings.AsNoTracking().Current(run).InScope(scope);
        if (filter.Severity is { } s)
        {
            q = q.Where(f => f.Severity == s);
        }

        if (filter.Clause is { } c)
        {
            q = q.Where(f => f.Clause == c);
        }

        if (!string.IsNullOrWhiteSpace(filter.Rule))
        {
            q = q.Where(f => f.Rule == filter.Rule);
        }

        if (filter.TownshipId is { } t)
        {
            q = t == 0 ? q.Where(f => f.TownshipId == null) : q.Where(f => f.TownshipId == t);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            q = q.Where(f => f.SubjectName.Contains(text) || f.Message.Contains(text));
        }

        var total = await q.CountAsync(ct);
        var size = Math.Clamp(filter.PageSize, 1, 500);
        var page = Math.Max(1, filter.Page);
        var items = await q.OrderByDescending(f => f.Severity).ThenBy(f => f.Due == null).ThenBy(f => f.Due).ThenBy(f => f.Id)
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<FindingRecord>(items, total, page, size);
    }

    /// <summary>The reader's to-do list (待办): current violations and warnings not set aside, soonest due first.</summary>
    public static async Task<IReadOnlyList<FindingRecord>> TodoAsync(JicengDbContext db, DataScope scope, EvaluationRun run, int take, CancellationToken ct = default) =>
        await db.Findings.AsNoTracking().Current(run).Where(f => f.Severity != Severity.Info && f.State != FindingState.SetAside).InScope(scope)
            .OrderBy(f => f.Due == null).ThenBy(f => f.Due).ThenByDescending(f => f.Severity).ThenBy(f => f.Id)
            .Take(take).ToListAsync(ct);

    private static int Sum(List<(Severity Severity, int Count)> rows, Severity severity) =>
        rows.Where(r => r.Severity == severity).Sum(r => r.Count);

    private static List<int> AncestorsAndSelf(string path) =>
        [.. path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))];
}
