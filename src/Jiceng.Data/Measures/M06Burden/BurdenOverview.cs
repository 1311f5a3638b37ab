using Jiceng.Core.Measures.M06Burden;
using Jiceng.Core.Org;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M06Burden;

/// <summary>
/// One township's burden in a year against the year before: inspections held (whole calendar years), of which outside
/// an approved or filed plan item, and the ledger's meetings, documents and forms plus the confirmed reports of
/// unrecorded ones (as R6.3 counts them).
/// </summary>
public sealed record TownshipBurden(
    int TownshipId, string Township, int Year,
    int Inspections, int InspectionsLastYear, int Unplanned,
    int Meetings, int MeetingsLastYear, int Documents, int DocumentsLastYear, int Forms, int FormsLastYear,
    int PendingReports)
{
    public int This(BurdenKind kind) => kind switch
    {
        BurdenKind.Inspection => Inspections,
        BurdenKind.Meeting => Meetings,
        BurdenKind.Document => Documents,
        _ => Forms,
    };

    public int Last(BurdenKind kind) => kind switch
    {
        BurdenKind.Inspection => InspectionsLastYear,
        BurdenKind.Meeting => MeetingsLastYear,
        BurdenKind.Document => DocumentsLastYear,
        _ => FormsLastYear,
    };
}

/// <summary>What a district department imposed on the townships in a year.</summary>
public sealed record DepartmentBurden(
    int DepartmentId, string Department, int Year, int Inspections, int Unplanned, int Tasks, int UnfundedOutsideList,
    int Meetings, int Documents, int Forms);

/// <summary>The clause 六 views' numbers, through the caller's scope, in a handful of grouped queries.</summary>
public static class BurdenOverview
{
    /// <summary>The years a view accepts (the records' year checks allow 2000 to next year; older years simply hold nothing).</summary>
    public static bool IsViewYear(int? year) => year is >= 2000 and <= 9998;

    /// <summary>Every township or sub-district in scope, ordered as the org tree, with its burden of <paramref name="year"/>.</summary>
    public static async Task<List<TownshipBurden>> TownshipsAsync(JicengDbContext db, DataScope scope, int year, CancellationToken ct = default)
    {
        var start = new DateOnly(year - 1, 1, 1);
        var thisStart = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var townships = await db.OrgUnits.AsNoTracking()
            .Where(u => (u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict) && u.Path.StartsWith(scope.Path))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Code).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var inspections = await db.Inspections.AsNoTracking()
            .Where(i => i.HeldOn >= start && i.HeldOn <= end && i.Township!.Path.StartsWith(scope.Path))
            .GroupBy(i => i.TownshipId)
            .Select(g => new
            {
                TownshipId = g.Key,
                This = g.Count(i => i.HeldOn >= thisStart),
                Last = g.Count(i => i.HeldOn < thisStart),
                Unplanned = g.Count(i => i.HeldOn >= thisStart && (i.PlanItemId == null
                    || !(i.PlanItem!.Status == PlanItemStatus.Approved || i.PlanItem.Status == PlanItemStatus.Filed))),
            })
            .ToDictionaryAsync(x => x.TownshipId, ct);
        var counters = await db.BurdenCounts.AsNoTracking()
            .Where(c => (c.Year == year || c.Year == year - 1) && c.Kind != BurdenKind.Inspection && c.Township!.Path.StartsWith(scope.Path))
            .GroupBy(c => new { c.TownshipId, c.Kind, c.Year })
            .Select(g => new { g.Key.TownshipId, g.Key.Kind, g.Key.Year, Count = g.Sum(c => c.Count) })
            .ToListAsync(ct);
        var reports = await db.BurdenReports.AsNoTracking()
            .Where(r => r.OccurredOn >= start && r.OccurredOn <= end && r.Kind != BurdenKind.Inspection && r.Township!.Path.StartsWith(scope.Path)
                && r.Status == BurdenReportStatus.Confirmed)
            .Select(r => new { r.TownshipId, r.Kind, r.OccurredOn, r.Count })
            .ToListAsync(ct);
        var pending = await db.BurdenReports.AsNoTracking()
            .Where(r => r.Status == BurdenReportStatus.Reported && r.Township!.Path.StartsWith(scope.Path))
            .GroupBy(r => r.TownshipId).Select(g => new { TownshipId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.TownshipId, x => x.Count, ct);

        int Sum(int township, BurdenKind kind, int y) =>
            counters.Where(c => c.TownshipId == township && c.Kind == kind && c.Year == y).Sum(c => c.Count)
            + reports.Where(r => r.TownshipId == township && r.Kind == kind && r.OccurredOn.Year == y).Sum(r => r.Count);

        return [.. townships.Select(t =>
        {
            var i = inspections.GetValueOrDefault(t.Id);
            return new TownshipBurden(t.Id, t.Name, year, i?.This ?? 0, i?.Last ?? 0, i?.Unplanned ?? 0,
                Sum(t.Id, BurdenKind.Meeting, year), Sum(t.Id, BurdenKind.Meeting, year - 1),
                Sum(t.Id, BurdenKind.Document, year), Sum(t.Id, BurdenKind.Document, year - 1),
                Sum(t.Id, BurdenKind.Form, year), Sum(t.Id, BurdenKind.Form, year - 1),
                pending.GetValueOrDefault(t.Id));
        })];
    }

    /// <summary>Every district department in scope with what it imposed in <paramref name="year"/>.</summary>
    public static async Task<List<DepartmentBurden>> DepartmentsAsync(JicengDbContext db, DataScope scope, int year, CancellationToken ct = default)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var departments = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Kind == OrgUnitKind.DistrictDepartment && u.Path.StartsWith(scope.Path))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Code).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var ids = departments.Select(d => d.Id).ToList();
        var inspections = await db.Inspections.AsNoTracking()
            .Where(i => i.HeldOn >= start && i.HeldOn <= end && ids.Contains(i.DepartmentId))
            .GroupBy(i => i.DepartmentId)
            .Select(g => new
            {
                DepartmentId = g.Key, Count = g.Count(),
                Unplanned = g.Count(i => i.PlanItemId == null || !(i.PlanItem!.Status == PlanItemStatus.Approved || i.PlanItem.Status == PlanItemStatus.Filed)),
            })
            .ToDictionaryAsync(x => x.DepartmentId, ct);
        var tasks = await db.AssignedTasks.AsNoTracking()
            .Where(t => t.AssignedOn >= start && t.AssignedOn <= end && t.WithdrawnOn == null && ids.Contains(t.DepartmentId))
            .GroupBy(t => t.DepartmentId)
            .Select(g => new
            {
                DepartmentId = g.Key, Count = g.Count(),
                Unfunded = g.Count(t => t.ResponsibilityItemId == null && (t.FundingYuan == null || t.FundingYuan <= 0)),
            })
            .ToDictionaryAsync(x => x.DepartmentId, ct);
        var counters = await db.BurdenCounts.AsNoTracking()
            .Where(c => c.Year == year && ids.Contains(c.DepartmentId))
            .GroupBy(c => new { c.DepartmentId, c.Kind })
            .Select(g => new { g.Key.DepartmentId, g.Key.Kind, Count = g.Sum(c => c.Count) })
            .ToListAsync(ct);

        int Sum(int department, BurdenKind kind) => counters.Where(c => c.DepartmentId == department && c.Kind == kind).Sum(c => c.Count);

        return [.. departments.Select(d => new DepartmentBurden(d.Id, d.Name, year,
            inspections.GetValueOrDefault(d.Id)?.Count ?? 0, inspections.GetValueOrDefault(d.Id)?.Unplanned ?? 0,
            tasks.GetValueOrDefault(d.Id)?.Count ?? 0, tasks.GetValueOrDefault(d.Id)?.Unfunded ?? 0,
            Sum(d.Id, BurdenKind.Meeting), Sum(d.Id, BurdenKind.Document), Sum(d.Id, BurdenKind.Form)))];
    }
}
