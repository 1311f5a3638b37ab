using Jiceng.Core.Common;
using Jiceng.Core.Org;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Engine.Ledger;

/// <summary>A row of a township's ledger: the finding, its responsible unit's name, and whether its date has passed.</summary>
public sealed record LedgerRow(FindingRecord Finding, string? AssigneeUnitName, bool Overdue, int DaysOpen);

/// <summary>How many findings were opened (or reopened) and resolved in one month (China time).</summary>
public sealed record MonthFlow(DateOnly Month, int Opened, int Resolved);

/// <summary>The median number of days from first seen to resolved, over the findings resolved in the period.</summary>
public sealed record ResolveTime<TKey>(TKey Key, int Resolved, double MedianDays);

public sealed record LedgerTrend(
    IReadOnlyList<MonthFlow> Months, IReadOnlyList<ResolveTime<int>> ByClause, IReadOnlyList<ResolveTime<(int? Id, string Name)>> ByTownship);

/// <summary>
/// The ledger as the pages report it: a township's open findings in the order they must be dealt with
/// (问题整改台账), the rectifications coming due, and the monthly flow and time to resolve. Always within the reader's scope.
/// </summary>
public static class LedgerReports
{
    /// <summary>
    /// Not closed and past its planned date of completion (计划完成时限), or, with none planned, past the finding's due
    /// date: the same reading as <see cref="LedgerFilter.Overdue"/>.
    /// </summary>
    public static bool IsOverdue(FindingRecord f, DateOnly today) =>
        !FindingStates.IsClosed(f.State) && (f.PlannedDate ?? f.Due) is { } date && date < today;

    /// <summary>Whole days from first seen (China calendar) to today, or, once resolved, to the day it was resolved.</summary>
    public static int DaysOpen(FindingRecord f, DateOnly today) =>
        Math.Max(0, (f.State == FindingState.Resolved && f.ResolvedOn is { } resolved ? resolved : today).DayNumber - ChinaDay(f.FirstSeenAt).DayNumber);

    /// <summary>Every open finding of a township (0: above township level), overdue ones first, then by planned date or due date.</summary>
    public static async Task<IReadOnlyList<LedgerRow>> TownshipAsync(JicengDbContext db, DataScope scope, int townshipId, DateOnly today, CancellationToken ct = default)
    {
        var findings = await db.Findings.AsNoTracking().InScope(scope)
            .Where(f => f.State != FindingState.Resolved && f.State != FindingState.SetAside)
            .Where(f => townshipId == 0 ? f.TownshipId == null : f.TownshipId == townshipId)
            .ToListAsync(ct);
        var unitIds = findings.Select(f => f.AssigneeUnitId).OfType<int>().Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return
        [
            .. findings
                .Select(f => new LedgerRow(f, f.AssigneeUnitId is { } u ? units.GetValueOrDefault(u) : null, IsOverdue(f, today), DaysOpen(f, today)))
                .OrderByDescending(r => r.Overdue)
                .ThenBy(r => (r.Finding.PlannedDate ?? r.Finding.Due) is null)
                .ThenBy(r => r.Finding.PlannedDate ?? r.Finding.Due)
                .ThenByDescending(r => r.Finding.Severity)
                .ThenBy(r => r.Finding.Id),
        ];
    }

    /// <summary>Rectifications whose planned date has passed or falls within <paramref name="withinDays"/>, soonest first (待办).</summary>
    public static async Task<IReadOnlyList<FindingRecord>> DueRectificationsAsync(
        JicengDbContext db, DataScope scope, DateOnly today, int withinDays, int take, CancellationToken ct = default)
    {
        var until = today.AddDays(withinDays);
        return await db.Findings.AsNoTracking().InScope(scope)
            .Where(f => f.State == FindingState.Assigned || f.State == FindingState.Rectifying)
            .Where(f => f.PlannedDate != null && f.PlannedDate <= until)
            .OrderBy(f => f.PlannedDate).ThenByDescending(f => f.Severity).ThenBy(f => f.Id)
            .Take(take).ToListAsync(ct);
    }

    /// <summary>The last <paramref name="months"/> months up to <paramref name="today"/>'s: opened and resolved per month, and the median days to resolve by clause and township.</summary>
    public static async Task<LedgerTrend> TrendAsync(JicengDbContext db, DataScope scope, DateOnly today, int months = 12, CancellationToken ct = default)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - months);
        var fromUtc = first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ChinaTime.Offset;
        var inScope = db.Findings.AsNoTracking().InScope(scope);
        var events = await db.FindingEvents.AsNoTracking()
            .Where(e => e.At >= fromUtc && (e.Kind == FindingEventKind.Opened || e.Kind == FindingEventKind.Reopened || e.Kind == FindingEventKind.Resolved))
            .Where(e => inScope.Any(f => f.Id == e.FindingId))
            .Select(e => new { e.Kind, e.At }).ToListAsync(ct);
        var flows = Enumerable.Range(0, months).Select(i => first.AddMonths(i)).Select(m => new MonthFlow(m,
            events.Count(e => e.Kind != FindingEventKind.Resolved && MonthOf(e.At) == m),
            events.Count(e => e.Kind == FindingEventKind.Resolved && MonthOf(e.At) == m))).ToList();

        var resolved = await inScope.Where(f => f.State == FindingState.Resolved && f.ResolvedOn >= first)
            .Select(f => new { f.Clause, f.TownshipId, f.FirstSeenAt, f.ResolvedOn }).ToListAsync(ct);
        var days = resolved.Select(r => (r.Clause, r.TownshipId, Days: r.ResolvedOn!.Value.DayNumber - ChinaDay(r.FirstSeenAt).DayNumber)).ToList();
        var names = await db.OrgUnits.AsNoTracking().InScope(scope)
            .Where(u => u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict)
            .Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var byClause = days.GroupBy(d => d.Clause).OrderBy(g => g.Key)
            .Select(g => new ResolveTime<int>(g.Key, g.Count(), Median(g.Select(d => d.Days)))).ToList();
        var byTownship = days.GroupBy(d => d.TownshipId)
            .Select(g => new ResolveTime<(int? Id, string Name)>((g.Key, g.Key is { } id ? names.GetValueOrDefault(id, "") : "区直及其他"), g.Count(), Median(g.Select(d => d.Days))))
            .OrderBy(t => t.Key.Id is null).ThenBy(t => t.Key.Name, StringComparer.Ordinal).ToList();
        return new LedgerTrend(flows, byClause, byTownship);
    }

    /// <summary>The middle value (the mean of the two middle values for an even count); 0 for none.</summary>
    public static double Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return 0;
        }

        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    private static DateOnly ChinaDay(DateTime utc) => DateOnly.FromDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc) + ChinaTime.Offset);

    private static DateOnly MonthOf(DateTime utc) => ChinaDay(utc) is var d ? new DateOnly(d.Year, d.Month, 1) : default;
}
