using Jiceng.Core.Findings;
using Jiceng.Core.Org;
using Jiceng.Core.Policy;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Engine.Ledger;

/// <summary>
/// The ledger's findings of one evaluated year, counted by where they stand on the report day. The buckets are
/// disjoint and add up to <see cref="Total"/>: still to rectify (待整改: open, assigned or rectifying), explained
/// (情况说明: pending or accepted), resolved (已整改, by an evaluation that no longer found it). Overdue (逾期) is a part
/// of the still-to-rectify and explained-pending findings, read as <see cref="LedgerReports.IsOverdue"/>.
/// </summary>
public sealed record StateCounts(int Total, int ToRectify, int Explained, int Resolved, int Overdue)
{
    public static readonly StateCounts None = new(0, 0, 0, 0, 0);

    public StateCounts Plus(StateCounts o) =>
        new(Total + o.Total, ToRectify + o.ToRectify, Explained + o.Explained, Resolved + o.Resolved, Overdue + o.Overdue);
}

/// <summary>One rule's counts inside a clause.</summary>
public sealed record RuleCounts(string Rule, string Title, StateCounts Counts);

/// <summary>One clause's counts and its rules' (only rules that found something).</summary>
public sealed record ClauseCounts(int Clause, int RulesInForce, StateCounts Counts, IReadOnlyList<RuleCounts> Rules);

/// <summary>A township's yearly compliance report (乡镇年度落实情况报告): counts per clause and the overdue rectifications.</summary>
public sealed record TownshipComplianceReport(int TownshipId, string TownshipName, int Year, DateOnly AsOf,
    IReadOnlyList<ClauseCounts> Clauses, StateCounts Totals, IReadOnlyList<LedgerRow> Overdue);

/// <summary>A column of the district summary: a township (null id: above township level, 区直及其他).</summary>
public sealed record SummaryTownship(int? Id, string Name);

/// <summary>
/// The district's yearly summary by clause (区年度落实情况汇总): per clause its counts, and a table townships × clauses
/// (<see cref="Cells"/>, keyed by township id — 0 for above township level — and clause number).
/// </summary>
public sealed record DistrictSummaryReport(int Year, DateOnly AsOf, IReadOnlyList<ClauseCounts> Clauses, IReadOnlyList<SummaryTownship> Townships,
    IReadOnlyDictionary<(int Township, int Clause), StateCounts> Cells, StateCounts Totals)
{
    public StateCounts Cell(int? township, int clause) => Cells.GetValueOrDefault((township ?? 0, clause), StateCounts.None);

    public StateCounts TownshipTotal(int? township) =>
        ClauseCatalog.Measures.Aggregate(StateCounts.None, (sum, c) => sum.Plus(Cell(township, c.Number)));
}

/// <summary>
/// The printable yearly reports, read from the ledger (<see cref="FindingRecord"/>) through the reader's scope: one
/// grouped query over the year's findings (township, clause, rule, state, overdue), then arranged in memory — the
/// groups are at most townships × rules × states.
/// </summary>
public static class ComplianceReports
{
    private sealed record Group(int? TownshipId, int Clause, string Rule, FindingState State, bool Overdue, int Count);

    public static async Task<TownshipComplianceReport> TownshipAsync(
        JicengDbContext db, DataScope scope, OrgUnit township, int year, DateOnly today, CancellationToken ct = default)
    {
        var asOf = AsOf(year, today);
        var groups = await GroupsAsync(db.Findings.AsNoTracking().InScope(scope).Where(f => f.TownshipId == township.Id), year, asOf, ct);
        var clauses = ByClause(groups);
        var overdue = (await LedgerReports.TownshipAsync(db, scope, township.Id, asOf, ct)).Where(r => r.Overdue && r.Finding.Year == year).ToList();
        return new TownshipComplianceReport(township.Id, township.Name, year, asOf, clauses,
            clauses.Aggregate(StateCounts.None, (s, c) => s.Plus(c.Counts)), overdue);
    }

    public static async Task<DistrictSummaryReport> DistrictAsync(JicengDbContext db, DataScope scope, int year, DateOnly today, CancellationToken ct = default)
    {
        var asOf = AsOf(year, today);
        var groups = await GroupsAsync(db.Findings.AsNoTracking().InScope(scope), year, asOf, ct);
        var clauses = ByClause(groups);
        var townships = await db.OrgUnits.AsNoTracking().InScope(scope)
            .Where(u => u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict)
            .OrderBy(u => u.Code).Select(u => new SummaryTownship(u.Id, u.Name)).ToListAsync(ct);
        if (groups.Any(g => g.TownshipId is null))
        {
            townships.Add(new SummaryTownship(null, "区直及其他"));
        }

        var cells = groups.GroupBy(g => (g.TownshipId ?? 0, g.Clause)).ToDictionary(g => g.Key, g => Count(g));
        return new DistrictSummaryReport(year, asOf, clauses, townships, cells, clauses.Aggregate(StateCounts.None, (s, c) => s.Plus(c.Counts)));
    }

    /// <summary>A past year is reported as of its last day; the current year as of today.</summary>
    public static DateOnly AsOf(int year, DateOnly today) => year < today.Year ? new DateOnly(year, 12, 31) : today;

    private static async Task<List<Group>> GroupsAsync(IQueryable<FindingRecord> findings, int year, DateOnly asOf, CancellationToken ct)
    {
        var rows = await findings.Where(f => f.Year == year)
            .GroupBy(f => new
            {
                f.TownshipId, f.Clause, f.Rule, f.State,
                Overdue = f.State != FindingState.Resolved && f.State != FindingState.SetAside
                    && (f.PlannedDate != null ? f.PlannedDate < asOf : f.Due != null && f.Due < asOf),
            })
            .Select(g => new { g.Key.TownshipId, g.Key.Clause, g.Key.Rule, g.Key.State, g.Key.Overdue, Count = g.Count() })
            .ToListAsync(ct);
        return [.. rows.Select(r => new Group(r.TownshipId, r.Clause, r.Rule, r.State, r.Overdue, r.Count))];
    }

    private static List<ClauseCounts> ByClause(List<Group> groups)
    {
        var rulesByClause = RuleCatalog.All.GroupBy(r => r.Clause).ToDictionary(g => g.Key, g => g.ToList());
        return
        [
            .. ClauseCatalog.Measures.Select(c =>
            {
                var mine = groups.Where(g => g.Clause == c.Number).ToList();
                var rules = mine.GroupBy(g => g.Rule).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new RuleCounts(g.Key, RuleCatalog.Find(g.Key)?.Title ?? g.Key, Count(g))).ToList();
                return new ClauseCounts(c.Number, rulesByClause.GetValueOrDefault(c.Number)?.Count ?? 0, Count(mine), rules);
            }),
        ];
    }

    private static StateCounts Count(IEnumerable<Group> groups)
    {
        int total = 0, toRectify = 0, explained = 0, resolved = 0, overdue = 0;
        foreach (var g in groups)
        {
            total += g.Count;
            switch (g.State)
            {
                case FindingState.Open or FindingState.Assigned or FindingState.Rectifying:
                    toRectify += g.Count;
                    break;
                case FindingState.Explained or FindingState.SetAside:
                    explained += g.Count;
                    break;
                case FindingState.Resolved:
                    resolved += g.Count;
                    break;
                default:
                    throw new InvalidOperationException($"Unknown finding state {g.State}.");
            }

            overdue += g.Overdue ? g.Count : 0;
        }

        return new StateCounts(total, toRectify, explained, resolved, overdue);
    }
}
