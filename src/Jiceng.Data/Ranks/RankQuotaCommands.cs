using Jiceng.Core.Common;
using Jiceng.Core.Ranks;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Ranks;

/// <summary>
/// Rank quotas (职数) of townships and district departments in the caller's scope: one row per unit, rank and effective
/// day. Setting a quota below its current holders is allowed (quotas are set by the establishment office and a cut is
/// absorbed over time); R4.1 then reports the unit as over quota until it is.
/// </summary>
public static class RankQuotaCommands
{
    public static async Task<IReadOnlyList<RankQuota>> ListAsync(JicengDbContext db, DataScope scope, int? unitId, CancellationToken ct = default) =>
        await db.RankQuotas.AsNoTracking().InScope(scope).Include(q => q.OrgUnit)
            .Where(q => unitId == null || q.OrgUnitId == unitId)
            .OrderBy(q => q.OrgUnit!.SortOrder).ThenBy(q => q.RankCode).ThenByDescending(q => q.From).ToListAsync(ct);

    public static async Task<CommandResult<RankQuota>> AddAsync(JicengDbContext db, DataScope scope, RankQuotaInput input, CancellationToken ct = default)
    {
        var errors = await ValidateAsync(db, scope, null, input, ct);
        if (errors.Count > 0)
        {
            return CommandResult<RankQuota>.Invalid(errors);
        }

        var quota = new RankQuota();
        Apply(quota, input);
        db.RankQuotas.Add(quota);
        await db.SaveChangesAsync(ct);
        return CommandResult<RankQuota>.Ok(quota);
    }

    public static async Task<CommandResult<RankQuota>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, RankQuotaInput input, int? expectedVersion, CancellationToken ct = default)
    {
        var quota = await db.RankQuotas.InScope(scope).FirstOrDefaultAsync(q => q.Id == id, ct);
        if (quota is null)
        {
            return CommandResult<RankQuota>.Missing();
        }

        if (expectedVersion is not { } v)
        {
            return CommandResult<RankQuota>.Invalid([new FieldError("version", "版本号：必填（修改须基于读取时的版本）")]);
        }

        if (v != quota.Version)
        {
            return new CommandResult<RankQuota> { Conflict = quota };
        }

        var errors = await ValidateAsync(db, scope, id, input, ct);
        if (errors.Count > 0)
        {
            return CommandResult<RankQuota>.Invalid(errors);
        }

        Apply(quota, input);
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<RankQuota>.Ok(quota);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new CommandResult<RankQuota> { Conflict = await db.RankQuotas.AsNoTracking().FirstAsync(q => q.Id == id, ct) };
        }
    }

    /// <summary>Deletes a quota row entered by mistake (a quota that changes is a new row from its day, not a deletion).</summary>
    public static async Task<bool> DeleteAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default)
    {
        var quota = await db.RankQuotas.InScope(scope).FirstOrDefaultAsync(q => q.Id == id, ct);
        if (quota is null)
        {
            return false;
        }

        db.RankQuotas.Remove(quota);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static void Apply(RankQuota quota, RankQuotaInput input)
    {
        quota.OrgUnitId = input.OrgUnitId!.Value;
        quota.RankCode = input.RankCode!;
        quota.Count = input.Count!.Value;
        quota.From = input.From!.Value;
        quota.DocumentNumber = string.IsNullOrWhiteSpace(input.DocumentNumber) ? null : input.DocumentNumber.Trim();
    }

    private static async Task<List<FieldError>> ValidateAsync(JicengDbContext db, DataScope scope, int? id, RankQuotaInput input, CancellationToken ct)
    {
        var unit = input.OrgUnitId is { } uid ? await db.OrgUnits.InScope(scope).AsNoTracking().FirstOrDefaultAsync(u => u.Id == uid, ct) : null;
        var errors = RankValidator.ValidateQuota(input, unit?.Kind).ToList();
        if (input.OrgUnitId is > 0 && unit is null)
        {
            errors.Add(new FieldError("orgUnitId", "单位：单位不存在或不在您的管理范围内"));
        }

        if (errors.Count == 0 && await db.RankQuotas.AnyAsync(q => q.OrgUnitId == input.OrgUnitId && q.RankCode == input.RankCode
                && q.From == input.From && q.Id != (id ?? 0), ct))
        {
            errors.Add(new FieldError("from", $"生效日期：该单位{RankLevels.Label(input.RankCode)}已有{Dates.Format(input.From!.Value)}起的职数，请修改那一条"));
        }

        return errors;
    }
}
