using Jiceng.Core.Common;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Org;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M10VillageCadres;

/// <summary>An exemption as entered: why a village does not practise 一肩挑, and for which period.</summary>
public sealed record OneShoulderExemptionInput(string? Reason, DateOnly? From, DateOnly? To);

/// <summary>Recording and listing one-shoulder exemptions of villages in the caller's scope (R10.1 skips a village while one is in force).</summary>
public static class OneShoulderExemptionCommands
{
    public static async Task<IReadOnlyList<OneShoulderExemption>?> ListAsync(JicengDbContext db, DataScope scope, int villageId, CancellationToken ct = default) =>
        await db.OrgUnits.InScope(scope).AnyAsync(u => u.Id == villageId, ct)
            ? await db.OneShoulderExemptions.AsNoTracking().Where(e => e.OrgUnitId == villageId).OrderByDescending(e => e.From).ToListAsync(ct)
            : null;

    public static async Task<CommandResult<OneShoulderExemption>> AddAsync(
        JicengDbContext db, DataScope scope, int villageId, OneShoulderExemptionInput input, CancellationToken ct = default)
    {
        var village = await db.OrgUnits.InScope(scope).AsNoTracking().FirstOrDefaultAsync(u => u.Id == villageId, ct);
        if (village is null)
        {
            return CommandResult<OneShoulderExemption>.Missing();
        }

        var errors = Validate(input, village.Kind);
        if (errors.Count > 0)
        {
            return CommandResult<OneShoulderExemption>.Invalid(errors);
        }

        var exemption = new OneShoulderExemption { OrgUnitId = villageId, Reason = input.Reason!.Trim(), From = input.From!.Value, To = input.To };
        db.OneShoulderExemptions.Add(exemption);
        await db.SaveChangesAsync(ct);
        return CommandResult<OneShoulderExemption>.Ok(exemption);
    }

    /// <summary>Changes an exemption's reason or period; the caller's version must be current (else a conflict).</summary>
    public static async Task<CommandResult<OneShoulderExemption>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, OneShoulderExemptionInput input, int? expectedVersion, CancellationToken ct = default)
    {
        var exemption = await db.OneShoulderExemptions.Include(e => e.OrgUnit)
            .FirstOrDefaultAsync(e => e.Id == id && db.OrgUnits.InScope(scope).Any(u => u.Id == e.OrgUnitId), ct);
        if (exemption is null)
        {
            return CommandResult<OneShoulderExemption>.Missing();
        }

        if (expectedVersion is not { } v)
        {
            return CommandResult<OneShoulderExemption>.Invalid([new FieldError("version", "版本号：必填（修改须基于读取时的版本）")]);
        }

        if (v != exemption.Version)
        {
            return new CommandResult<OneShoulderExemption> { Conflict = exemption };
        }

        var errors = Validate(input, exemption.OrgUnit!.Kind);
        if (errors.Count > 0)
        {
            return CommandResult<OneShoulderExemption>.Invalid(errors);
        }

        (exemption.Reason, exemption.From, exemption.To) = (input.Reason!.Trim(), input.From!.Value, input.To);
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<OneShoulderExemption>.Ok(exemption);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CommandResult<OneShoulderExemption> { Conflict = await db.OneShoulderExemptions.AsNoTracking().FirstAsync(e => e.Id == id, ct) };
        }
    }

    /// <summary>Ends an exemption on a day (the village practises 一肩挑 again from the next day): only the end changes.</summary>
    public static async Task<CommandResult<OneShoulderExemption>> EndAsync(
        JicengDbContext db, DataScope scope, int id, DateOnly? to, int? expectedVersion, CancellationToken ct = default)
    {
        var current = await db.OneShoulderExemptions.AsNoTracking()
            .FirstOrDefaultAsync(e => e.Id == id && db.OrgUnits.InScope(scope).Any(u => u.Id == e.OrgUnitId), ct);
        if (current is null)
        {
            return CommandResult<OneShoulderExemption>.Missing();
        }

        return to is null
            ? CommandResult<OneShoulderExemption>.Invalid([new FieldError("to", "截止日期：必填")])
            : await UpdateAsync(db, scope, id, new OneShoulderExemptionInput(current.Reason, current.From, to), expectedVersion, ct);
    }

    /// <summary>What an exemption must satisfy (a village, a reason, a period); the import calls it too.</summary>
    public static List<FieldError> Validate(OneShoulderExemptionInput input, OrgUnitKind kind)
    {
        var errors = new List<FieldError>();
        if (!kind.IsVillageLevel())
        {
            errors.Add(new FieldError("orgUnitId", "单位：只有村（社区）可以备案“一肩挑”例外"));
        }

        var reason = input.Reason?.Trim() ?? "";
        if (FreeText.Problem(reason, OneShoulderExemption.ReasonMaxLength, required: true, multiLine: true) is { } reasonProblem)
        {
            errors.Add(new FieldError("reason", $"理由：{reasonProblem}"));
        }

        if (input.From is not { } from)
        {
            errors.Add(new FieldError("from", "起始日期：必填"));
        }
        else if (Dates.OutsideRecordRange(from) is { } fromProblem)
        {
            errors.Add(new FieldError("from", $"起始日期：{fromProblem}"));
        }
        else if (input.To is { } to && to < from)
        {
            errors.Add(new FieldError("to", $"截止日期：{Dates.Format(to)}早于起始日期{Dates.Format(from)}"));
        }

        if (input.To is { } end && Dates.OutsideRecordRange(end) is { } toProblem)
        {
            errors.Add(new FieldError("to", $"截止日期：{toProblem}"));
        }

        return errors;
    }
}
