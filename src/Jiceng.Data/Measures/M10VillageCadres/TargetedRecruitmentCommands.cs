using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Org;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M03Staffing;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M10VillageCadres;

/// <summary>A year's recruitment plan as entered: the year, the plan's positions and those targeted at village cadres and the like.</summary>
public sealed record TargetedRecruitmentInput(int? Year, int? PlanPositions, int? TargetedPositions);

/// <summary>
/// Recording the civil-service recruitment plans of the districts and cities in the caller's scope with their targeted
/// positions (R10.5). One plan per unit and year; targeted positions are part of the plan. Every write is audited by the save.
/// </summary>
public static class TargetedRecruitmentCommands
{
    public const int EarliestYear = 2000;
    public const int LatestYear = 2099;

    public static async Task<IReadOnlyList<TargetedRecruitmentPlan>?> ListAsync(JicengDbContext db, DataScope scope, int unitId, CancellationToken ct = default) =>
        await db.OrgUnits.InScope(scope).AnyAsync(u => u.Id == unitId, ct)
            ? await db.TargetedRecruitmentPlans.AsNoTracking().Where(p => p.OrgUnitId == unitId).OrderByDescending(p => p.Year).ToListAsync(ct)
            : null;

    public static async Task<CommandResult<TargetedRecruitmentPlan>> AddAsync(
        JicengDbContext db, DataScope scope, int unitId, TargetedRecruitmentInput input, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.InScope(scope).AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return CommandResult<TargetedRecruitmentPlan>.Missing();
        }

        var plan = new TargetedRecruitmentPlan { OrgUnitId = unitId };
        return await VersionedUpdate.AddAsync(db, plan, await ValidateAsync(db, unit.Kind, plan, input, ct), () => Apply(plan, input), ct);
    }

    public static async Task<CommandResult<TargetedRecruitmentPlan>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, TargetedRecruitmentInput input, int? expectedVersion, CancellationToken ct = default)
    {
        var plan = await InScope(db, scope).Include(p => p.OrgUnit).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
        {
            return CommandResult<TargetedRecruitmentPlan>.Missing();
        }

        return await VersionedUpdate.RunAsync(db, plan, expectedVersion,
            async () => await ValidateAsync(db, plan.OrgUnit!.Kind, plan, input, ct), () => Apply(plan, input),
            async () => await db.TargetedRecruitmentPlans.AsNoTracking().FirstAsync(p => p.Id == id, ct), ct);
    }

    /// <summary>Deletes a plan entered by mistake; false when it is not in scope.</summary>
    public static async Task<bool> DeleteAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        await VersionedUpdate.RemoveAsync(db, await InScope(db, scope).FirstOrDefaultAsync(p => p.Id == id, ct), ct);

    private static IQueryable<TargetedRecruitmentPlan> InScope(JicengDbContext db, DataScope scope) =>
        db.TargetedRecruitmentPlans.Where(p => p.OrgUnit!.Path.StartsWith(scope.Path));

    private static void Apply(TargetedRecruitmentPlan p, TargetedRecruitmentInput input)
    {
        p.Year = input.Year!.Value;
        p.PlanPositions = input.PlanPositions!.Value;
        p.TargetedPositions = input.TargetedPositions!.Value;
    }

    private static async Task<IReadOnlyList<FieldError>> ValidateAsync(
        JicengDbContext db, OrgUnitKind kind, TargetedRecruitmentPlan current, TargetedRecruitmentInput input, CancellationToken ct)
    {
        var errors = Validate(kind, input);
        if (errors.Count == 0 && await db.TargetedRecruitmentPlans.AnyAsync(p => p.OrgUnitId == current.OrgUnitId && p.Year == input.Year && p.Id != current.Id, ct))
        {
            errors.Add(new FieldError("year", $"年度：本单位{input.Year!.Value.ToString(CultureInfo.InvariantCulture)}年的招录计划已登记，请修改原记录"));
        }

        return errors;
    }

    /// <summary>What a plan's own fields must satisfy; the one-plan-per-year check needs the database and is the caller's.</summary>
    public static List<FieldError> Validate(OrgUnitKind kind, TargetedRecruitmentInput input)
    {
        var errors = new List<FieldError>();
        if (!TargetedRecruitmentPlan.MayRecruit(kind))
        {
            errors.Add(new FieldError("orgUnitId", "单位：只有区（县）、市登记公务员招录计划"));
        }

        if (input.Year is not { } year)
        {
            errors.Add(new FieldError("year", "年度：必填"));
        }
        else if (year is < EarliestYear or > LatestYear)
        {
            errors.Add(new FieldError("year", $"年度：{year}不在{EarliestYear}至{LatestYear}之间"));
        }

        if (input.PlanPositions is not { } plan)
        {
            errors.Add(new FieldError("planPositions", "招录计划职位数：必填"));
        }
        else if (plan is < 0 or > TargetedRecruitmentPlan.MaxPositions)
        {
            errors.Add(new FieldError("planPositions", $"招录计划职位数：{plan}不在0至{TargetedRecruitmentPlan.MaxPositions}之间"));
        }

        if (input.TargetedPositions is not { } targeted)
        {
            errors.Add(new FieldError("targetedPositions", "定向招录职位数：必填"));
        }
        else if (targeted < 0)
        {
            errors.Add(new FieldError("targetedPositions", $"定向招录职位数：{targeted}不能为负数"));
        }
        else if (input.PlanPositions is { } p && p >= 0 && targeted > p)
        {
            errors.Add(new FieldError("targetedPositions", $"定向招录职位数：{targeted}个多于招录计划职位数{p}个"));
        }

        return errors;
    }
}
