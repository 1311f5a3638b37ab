using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M06Burden;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M06Burden;

/// <summary>
/// R6.1's facts: the inspections held in the evaluated year up to the as-of day by departments in scope (the finding's
/// subject, so a township's scope yields none: its inspections are judged with their department), with their plan item, in one query.
/// </summary>
public sealed class InspectionPlanFactsQuery : FactsQuery<IReadOnlyList<InspectionPlanFacts>>
{
    public override async Task<IReadOnlyList<InspectionPlanFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var start = context.YearStart;
        var asOf = context.AsOf;
        var rows = await db.Inspections.AsNoTracking()
            .Where(i => i.HeldOn >= start && i.HeldOn <= asOf
                && i.Department!.Path.StartsWith(scope.Path))
            .OrderBy(i => i.Id)
            .Select(i => new
            {
                i.Id, i.Title, i.HeldOn, i.DepartmentId, DCode = i.Department!.Code, DName = i.Department.Name, DPath = i.Department.Path,
                Township = i.Township!.Name, i.PlanItemId,
                PlanYear = (int?)i.PlanItem!.Year, PlanDepartmentId = (int?)i.PlanItem.DepartmentId,
                PlanStatus = (PlanItemStatus?)i.PlanItem.Status, PlanDecidedOn = i.PlanItem.DecidedOn,
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new InspectionPlanFacts(
            new Subject(SubjectKind.OrgUnit, r.DepartmentId, r.DCode, r.DName, r.DepartmentId, r.DPath), r.Id, r.Title, r.Township, r.HeldOn,
            r.PlanItemId, r.PlanItemId is null ? null : r.PlanYear, r.PlanItemId is null ? null : r.PlanDepartmentId,
            r.PlanItemId is null ? null : r.PlanStatus, r.PlanItemId is null ? null : r.PlanDecidedOn))];
    }
}

/// <summary>R6.2's facts: per township in scope, its inspections held in the evaluated year up to the as-of day (one grouped query).</summary>
public sealed class InspectionCountFactsQuery : FactsQuery<IReadOnlyList<InspectionCountFacts>>
{
    public override async Task<IReadOnlyList<InspectionCountFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var start = context.YearStart;
        var asOf = context.AsOf;
        var counts = await db.Inspections.AsNoTracking()
            .Where(i => i.HeldOn >= start && i.HeldOn <= asOf && i.Township!.Path.StartsWith(scope.Path))
            .GroupBy(i => i.TownshipId)
            .Select(g => new { TownshipId = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var units = await BurdenUnits.SubjectsAsync(db, counts.Select(c => c.TownshipId), ct);
        return [.. counts.OrderBy(c => c.TownshipId).Select(c => new InspectionCountFacts(units[c.TownshipId], context.Year, c.Count))];
    }
}

/// <summary>
/// R6.3's facts: per township in scope and burden kind, this year's count (up to the as-of day) and last year's:
/// inspections held (one grouped query), the ledger's counters (one grouped query) and the confirmed reports of
/// unrecorded meetings, documents and forms (one grouped query; confirmed inspections are inspection records already).
/// </summary>
public sealed class BurdenTrendFactsQuery : FactsQuery<IReadOnlyList<BurdenTrendFacts>>
{
    public override async Task<IReadOnlyList<BurdenTrendFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var year = context.Year;
        var start = context.YearStart;
        var lastStart = start.AddYears(-1);
        var asOf = context.AsOf;
        var inspections = await db.Inspections.AsNoTracking()
            .Where(i => i.HeldOn >= lastStart && i.HeldOn <= asOf && i.Township!.Path.StartsWith(scope.Path))
            .GroupBy(i => i.TownshipId)
            .Select(g => new { TownshipId = g.Key, Kind = BurdenKind.Inspection, This = g.Count(i => i.HeldOn >= start), Last = g.Count(i => i.HeldOn < start) })
            .ToListAsync(ct);
        var counters = await db.BurdenCounts.AsNoTracking()
            .Where(c => (c.Year == year || c.Year == year - 1) && c.Kind != BurdenKind.Inspection && c.Township!.Path.StartsWith(scope.Path))
            .GroupBy(c => new { c.TownshipId, c.Kind })
            .Select(g => new
            {
                g.Key.TownshipId, g.Key.Kind,
                This = g.Sum(c => c.Year == year ? c.Count : 0), Last = g.Sum(c => c.Year == year ? 0 : c.Count),
            })
            .ToListAsync(ct);
        var reports = await db.BurdenReports.AsNoTracking()
            .Where(r => r.Status == BurdenReportStatus.Confirmed && r.DecidedOn <= asOf && r.OccurredOn >= lastStart && r.OccurredOn <= asOf
                && r.Kind != BurdenKind.Inspection && r.Township!.Path.StartsWith(scope.Path))
            .GroupBy(r => new { r.TownshipId, r.Kind })
            .Select(g => new
            {
                g.Key.TownshipId, g.Key.Kind,
                This = g.Sum(r => r.OccurredOn >= start ? r.Count : 0), Last = g.Sum(r => r.OccurredOn >= start ? 0 : r.Count),
            })
            .ToListAsync(ct);
        var merged = inspections.Select(x => (x.TownshipId, x.Kind, x.This, x.Last))
            .Concat(counters.Select(x => (x.TownshipId, x.Kind, x.This, x.Last)))
            .Concat(reports.Select(x => (x.TownshipId, x.Kind, x.This, x.Last)))
            .GroupBy(x => (x.TownshipId, x.Kind))
            .Select(g => (g.Key.TownshipId, g.Key.Kind, This: g.Sum(x => x.This), Last: g.Sum(x => x.Last)))
            .ToList();
        var units = await BurdenUnits.SubjectsAsync(db, merged.Select(m => m.TownshipId), ct);
        return [.. merged.OrderBy(m => m.TownshipId).ThenBy(m => m.Kind)
            .Select(m => new BurdenTrendFacts(units[m.TownshipId], year, m.Kind, m.This, m.Last))];
    }
}

/// <summary>
/// R6.4's facts: the tasks assigned in the evaluated year up to the as-of day, not withdrawn by then, by departments in
/// scope (the finding's subject), with the list item they name, in one query.
/// </summary>
public sealed class TaskFundingFactsQuery : FactsQuery<IReadOnlyList<TaskFundingFacts>>
{
    public override async Task<IReadOnlyList<TaskFundingFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var start = context.YearStart;
        var asOf = context.AsOf;
        var rows = await db.AssignedTasks.AsNoTracking()
            .Where(t => t.AssignedOn >= start && t.AssignedOn <= asOf && (t.WithdrawnOn == null || t.WithdrawnOn > asOf)
                && t.Department!.Path.StartsWith(scope.Path))
            .OrderBy(t => t.Id)
            .Select(t => new
            {
                t.Id, t.Title, t.AssignedOn, t.TownshipId, Township = t.Township!.Name, t.FundingYuan,
                t.DepartmentId, DCode = t.Department!.Code, DName = t.Department.Name, DPath = t.Department.Path,
                t.ResponsibilityItemId,
                ItemOrgUnitId = (int?)t.ResponsibilityItem!.OrgUnitId, ItemYear = (int?)t.ResponsibilityItem.Year, ItemEndedOn = t.ResponsibilityItem.EndedOn,
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new TaskFundingFacts(
            new Subject(SubjectKind.OrgUnit, r.DepartmentId, r.DCode, r.DName, r.DepartmentId, r.DPath), r.Id, r.Title, r.TownshipId, r.Township, r.AssignedOn,
            r.ResponsibilityItemId is null ? null : r.ItemOrgUnitId, r.ResponsibilityItemId is null ? null : r.ItemYear,
            r.ResponsibilityItemId is null ? null : r.ItemEndedOn, r.FundingYuan))];
    }
}

internal static class BurdenUnits
{
    /// <summary>The subjects of the given units, in one query.</summary>
    public static async Task<Dictionary<int, Subject>> SubjectsAsync(JicengDbContext db, IEnumerable<int> unitIds, CancellationToken ct)
    {
        var ids = unitIds.Distinct().ToList();
        return await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new Subject(SubjectKind.OrgUnit, u.Id, u.Code, u.Name, u.Id, u.Path), ct);
    }
}
