using Jiceng.Core.Common;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Org;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M10VillageCadres;

/// <summary>A stretch in a village's reserve pool as entered: the cadre, entry, leaving and why.</summary>
public sealed record ReservePoolInput(int? CadreId, DateOnly? From, DateOnly? To, string? LeaveReason);

/// <summary>
/// Recording who is in a village's reserve pool and when (R10.3 counts the memberships in force on the day), for
/// villages in the caller's scope. One cadre's stretches in a pool may not overlap; leaving needs a reason.
/// </summary>
public static class ReservePoolCommands
{
    public static async Task<IReadOnlyList<ReservePoolMembership>?> ListAsync(JicengDbContext db, DataScope scope, int villageId, CancellationToken ct = default) =>
        await db.OrgUnits.InScope(scope).AnyAsync(u => u.Id == villageId, ct)
            ? await db.ReservePoolMemberships.AsNoTracking().Include(m => m.Cadre).Where(m => m.OrgUnitId == villageId)
                .OrderBy(m => m.To != null).ThenByDescending(m => m.From).ToListAsync(ct)
            : null;

    public static async Task<CommandResult<ReservePoolMembership>> AddAsync(
        JicengDbContext db, DataScope scope, int villageId, ReservePoolInput input, CancellationToken ct = default)
    {
        var village = await db.OrgUnits.InScope(scope).AsNoTracking().FirstOrDefaultAsync(u => u.Id == villageId, ct);
        if (village is null)
        {
            return CommandResult<ReservePoolMembership>.Missing();
        }

        var membership = new ReservePoolMembership { OrgUnitId = villageId };
        var errors = await ValidateAsync(db, scope, village.Kind, membership, input, ct);
        if (errors.Count > 0)
        {
            return CommandResult<ReservePoolMembership>.Invalid(errors);
        }

        Apply(membership, input);
        db.ReservePoolMemberships.Add(membership);
        await db.SaveChangesAsync(ct);
        return CommandResult<ReservePoolMembership>.Ok(membership);
    }

    /// <summary>Changes a membership (its dates or reason; ending it is setting <c>to</c> with a reason); the version must be current.</summary>
    public static async Task<CommandResult<ReservePoolMembership>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, ReservePoolInput input, int? expectedVersion, CancellationToken ct = default)
    {
        var membership = await db.ReservePoolMemberships.Include(m => m.OrgUnit)
            .FirstOrDefaultAsync(m => m.Id == id && db.OrgUnits.InScope(scope).Any(u => u.Id == m.OrgUnitId), ct);
        if (membership is null)
        {
            return CommandResult<ReservePoolMembership>.Missing();
        }

        if (expectedVersion is not { } v)
        {
            return CommandResult<ReservePoolMembership>.Invalid([new FieldError("version", "版本号：必填（修改须基于读取时的版本）")]);
        }

        if (v != membership.Version)
        {
            return new CommandResult<ReservePoolMembership> { Conflict = membership };
        }

        var errors = await ValidateAsync(db, scope, membership.OrgUnit!.Kind, membership, input with { CadreId = membership.CadreId }, ct);
        if (errors.Count > 0)
        {
            return CommandResult<ReservePoolMembership>.Invalid(errors);
        }

        Apply(membership, input with { CadreId = membership.CadreId });
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<ReservePoolMembership>.Ok(membership);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CommandResult<ReservePoolMembership> { Conflict = await db.ReservePoolMemberships.AsNoTracking().FirstAsync(m => m.Id == id, ct) };
        }
    }

    private static void Apply(ReservePoolMembership m, ReservePoolInput input)
    {
        m.CadreId = input.CadreId!.Value;
        m.From = input.From!.Value;
        m.To = input.To;
        m.LeaveReason = input.To is null ? null : input.LeaveReason!.Trim();
    }

    private static async Task<List<FieldError>> ValidateAsync(
        JicengDbContext db, DataScope scope, OrgUnitKind kind, ReservePoolMembership current, ReservePoolInput input, CancellationToken ct)
    {
        var errors = Validate(kind, input);
        if (input.CadreId is not { } cadreId || !await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct))
        {
            errors.Insert(kind.IsVillageLevel() ? 0 : 1, new FieldError("cadreId", "干部：必填，且须在您的管理范围内"));
        }

        if (errors.Count == 0)
        {
            var end = input.To ?? DateOnly.MaxValue;
            var overlaps = await db.ReservePoolMemberships.AnyAsync(m => m.CadreId == input.CadreId && m.OrgUnitId == current.OrgUnitId && m.Id != current.Id
                && m.From <= end && (m.To == null || m.To >= input.From), ct);
            if (overlaps)
            {
                errors.Add(new FieldError("from", OverlapMessage));
            }
        }

        return errors;
    }

    public const string OverlapMessage = "入库日期：与该干部在本村后备干部库的另一段时间重叠";

    /// <summary>What a membership's own fields must satisfy (the unit a village, dates in order, a reason to leave);
    /// the cadre and overlaps need the database and are the caller's.</summary>
    public static List<FieldError> Validate(OrgUnitKind kind, ReservePoolInput input)
    {
        var errors = new List<FieldError>();
        if (!kind.IsVillageLevel())
        {
            errors.Add(new FieldError("orgUnitId", "单位：只有村（社区）设后备干部库"));
        }

        if (input.From is not { } from)
        {
            errors.Add(new FieldError("from", "入库日期：必填"));
        }
        else if (input.To is { } to && to < from)
        {
            errors.Add(new FieldError("to", $"出库日期：{Dates.Format(to)}早于入库日期{Dates.Format(from)}"));
        }

        var reason = input.LeaveReason?.Trim() ?? "";
        if (input.To is not null && reason.Length == 0)
        {
            errors.Add(new FieldError("leaveReason", "出库原因：出库时必填"));
        }
        else if (reason.Length > ReservePoolMembership.LeaveReasonMaxLength)
        {
            errors.Add(new FieldError("leaveReason", $"出库原因：不能超过{ReservePoolMembership.LeaveReasonMaxLength}个字"));
        }

        return errors;
    }
}
