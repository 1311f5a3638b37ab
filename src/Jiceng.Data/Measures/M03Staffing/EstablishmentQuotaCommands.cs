using Jiceng.Core.Common;
using Jiceng.Core.Measures.M03Staffing;
using Jiceng.Core.Org;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M03Staffing;

/// <summary>
/// Recording approved establishments (编制) of units in the caller's scope. Two quotas of one unit and kind may not
/// overlap in time; ending one is setting its last day. Writes are audited by the context.
/// </summary>
public static class EstablishmentQuotaCommands
{
    public static Task<EstablishmentQuota?> GetAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        db.EstablishmentQuotas.AsNoTracking().InScope(scope).Include(q => q.OrgUnit).FirstOrDefaultAsync(q => q.Id == id, ct);

    public static async Task<CommandResult<EstablishmentQuota>> CreateAsync(JicengDbContext db, DataScope scope, EstablishmentQuotaInput input, CancellationToken ct = default)
    {
        var unit = await UnitAsync(db, scope, input.OrgUnitId, ct);
        var quota = new EstablishmentQuota();
        var errors = await ValidateAsync(db, quota, input, unit, ct);
        return await VersionedUpdate.AddAsync(db, quota, errors, () => Apply(quota, input), ct);
    }

    public static async Task<CommandResult<EstablishmentQuota>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, EstablishmentQuotaInput input, int? expectedVersion, CancellationToken ct = default)
    {
        var quota = await db.EstablishmentQuotas.InScope(scope).FirstOrDefaultAsync(q => q.Id == id, ct);
        if (quota is null)
        {
            return CommandResult<EstablishmentQuota>.Missing();
        }

        // The unit and kind stay; a quota moved to another unit is a new quota.
        var fixedInput = input with { OrgUnitId = quota.OrgUnitId, Kind = quota.Kind };
        var unit = await UnitAsync(db, scope, quota.OrgUnitId, ct);
        return await VersionedUpdate.RunAsync(db, quota, expectedVersion,
            async () => await ValidateAsync(db, quota, fixedInput, unit, ct), () => Apply(quota, fixedInput),
            () => db.EstablishmentQuotas.AsNoTracking().FirstAsync(q => q.Id == id, ct), ct);
    }

    /// <summary>Ends a quota on its last day in force (a new approval replaces it, or the unit was merged).</summary>
    public static async Task<CommandResult<EstablishmentQuota>> EndAsync(
        JicengDbContext db, DataScope scope, int id, DateOnly? to, int? expectedVersion, CancellationToken ct = default)
    {
        var quota = await db.EstablishmentQuotas.AsNoTracking().InScope(scope).FirstOrDefaultAsync(q => q.Id == id, ct);
        if (quota is null)
        {
            return CommandResult<EstablishmentQuota>.Missing();
        }

        if (to is null)
        {
            return CommandResult<EstablishmentQuota>.Invalid([new FieldError("to", "截止日期：必填")]);
        }

        return await UpdateAsync(db, scope, id, new EstablishmentQuotaInput(quota.OrgUnitId, quota.Kind, quota.Approved, quota.From, to, quota.Document), expectedVersion, ct);
    }

    private static async Task<OrgUnit?> UnitAsync(JicengDbContext db, DataScope scope, int? unitId, CancellationToken ct) =>
        unitId is { } id ? await db.OrgUnits.AsNoTracking().InScope(scope).FirstOrDefaultAsync(u => u.Id == id, ct) : null;

    private static void Apply(EstablishmentQuota q, EstablishmentQuotaInput input)
    {
        q.OrgUnitId = input.OrgUnitId!.Value;
        q.Kind = input.Kind!.Value;
        q.Approved = input.Approved!.Value;
        q.From = input.From!.Value;
        q.To = input.To;
        q.Document = string.IsNullOrWhiteSpace(input.Document) ? null : input.Document.Trim();
    }

    private static async Task<IReadOnlyList<FieldError>> ValidateAsync(
        JicengDbContext db, EstablishmentQuota current, EstablishmentQuotaInput input, OrgUnit? unit, CancellationToken ct)
    {
        var errors = StaffingValidators.Quota(input, unit?.Kind).ToList();
        if (input.OrgUnitId is > 0 && unit is null)
        {
            errors.Add(new FieldError("orgUnitId", "单位：单位不存在或不在您的管理范围内"));
        }

        if (errors.Count == 0)
        {
            var from = input.From!.Value;
            var to = input.To ?? DateOnly.MaxValue;
            var clash = await db.EstablishmentQuotas.AsNoTracking()
                .Where(q => q.OrgUnitId == input.OrgUnitId && q.Kind == input.Kind && q.Id != current.Id && q.From <= to && (q.To == null || q.To >= from))
                .OrderBy(q => q.From).FirstOrDefaultAsync(ct);
            if (clash is not null)
            {
                var period = clash.To is { } end ? $"{Dates.Format(clash.From)}至{Dates.Format(end)}" : $"{Dates.Format(clash.From)}起";
                errors.Add(new FieldError("from", $"起始日期：{unit!.Name}的{EstablishmentKinds.Label(input.Kind!.Value)}已登记{period}的核定编制，时间不能重叠（请先截止原编制）"));
            }
        }

        return errors;
    }
}
