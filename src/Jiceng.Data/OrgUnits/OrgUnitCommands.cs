using Jiceng.Core.Common;
using Jiceng.Core.Org;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.OrgUnits;

/// <summary>Reads and writes of org units inside the caller's scope. A new unit must sit under a unit in scope.</summary>
public static class OrgUnitCommands
{
    /// <summary>Every unit in scope, in tree order, with its direct cadre count (one grouped query).</summary>
    public static async Task<IReadOnlyList<OrgUnitRow>> ListAsync(JicengDbContext db, DataScope scope, CancellationToken ct = default)
    {
        var counts = await db.Cadres.AsNoTracking().InScope(scope)
            .GroupBy(c => c.OrgUnitId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var units = await db.OrgUnits.AsNoTracking().InScope(scope)
            .OrderBy(u => u.Kind).ThenBy(u => u.SortOrder).ThenBy(u => u.Code)
            .ToListAsync(ct);
        return units.Select(u => Row(u, counts.GetValueOrDefault(u.Id))).ToList();
    }

    public static async Task<OrgUnitRow?> GetAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.AsNoTracking().InScope(scope).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return null;
        }

        var count = await db.Cadres.CountAsync(c => c.OrgUnitId == id, ct);
        return Row(unit, count);
    }

    /// <param name="maySetRemoteHardship">Only the organization department decides which units are remote and hardship
    /// areas (the policy owes such units more); for others a set flag is refused.</param>
    public static async Task<CommandResult<OrgUnitRow>> CreateAsync(JicengDbContext db, DataScope scope, OrgUnitInput input, bool maySetRemoteHardship, CancellationToken ct = default)
    {
        var parent = input.ParentId is { } pid ? await db.OrgUnits.InScope(scope).FirstOrDefaultAsync(u => u.Id == pid, ct) : null;
        var errors = await ValidateAsync(db, input, parent, exceptId: null, ct);
        if (input.IsRemoteHardship && !maySetRemoteHardship)
        {
            errors.Add(RemoteHardshipRefused);
        }
        if (input.ParentId is null)
        {
            errors.Add(new FieldError("parentId", "上级单位：必填"));
        }
        else if (parent is null)
        {
            errors.Add(new FieldError("parentId", "上级单位：单位不存在或不在您的管理范围内"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<OrgUnitRow>.Invalid(errors);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var unit = new OrgUnit
        {
            Code = input.Code!.Trim(), Name = input.Name!.Trim(), Kind = input.Kind!.Value, ParentId = parent!.Id,
            IsRemoteHardship = input.IsRemoteHardship, SortOrder = input.SortOrder, Path = parent.Path, EstablishedOn = input.EstablishedOn,
        };
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(ct);
        unit.Path = $"{parent.Path}{unit.Id}/";
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return CommandResult<OrgUnitRow>.Ok(Row(unit, 0));
    }

    /// <summary>Changes code, name, remote flag, order and establishment day. Moving a unit to another parent is not offered.</summary>
    /// <param name="maySetRemoteHardship">See <see cref="CreateAsync"/>: others may change the unit but not its flag.</param>
    public static async Task<CommandResult<OrgUnitRow>> UpdateAsync(JicengDbContext db, DataScope scope, int id, OrgUnitInput input, bool maySetRemoteHardship, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.InScope(scope).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return CommandResult<OrgUnitRow>.Missing();
        }

        var parent = unit.ParentId is { } pid ? await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == pid, ct) : null;
        var errors = await ValidateAsync(db, input with { Kind = input.Kind ?? unit.Kind }, parent, exceptId: id, ct);
        if (input.Kind is { } kind && kind != unit.Kind)
        {
            errors.Add(new FieldError("kind", "单位类型：已建单位的类型不能修改"));
        }

        if (input.IsRemoteHardship != unit.IsRemoteHardship && !maySetRemoteHardship)
        {
            errors.Add(RemoteHardshipRefused);
        }

        if (errors.Count > 0)
        {
            return CommandResult<OrgUnitRow>.Invalid(errors);
        }

        unit.Code = input.Code!.Trim();
        unit.Name = input.Name!.Trim();
        unit.IsRemoteHardship = input.IsRemoteHardship;
        unit.SortOrder = input.SortOrder;
        unit.EstablishedOn = input.EstablishedOn;
        await db.SaveChangesAsync(ct);
        return CommandResult<OrgUnitRow>.Ok(Row(unit, await db.Cadres.CountAsync(c => c.OrgUnitId == id, ct)));
    }

    /// <summary>Deletes an empty unit; a unit with sub-units, cadres or posts is refused with the reason.</summary>
    public static async Task<CommandResult<OrgUnitRow>> DeleteAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.InScope(scope).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null || unit.Id == scope.OrgUnitId)
        {
            return CommandResult<OrgUnitRow>.Missing();
        }

        var errors = new List<FieldError>();
        if (await db.OrgUnits.AnyAsync(u => u.ParentId == id, ct))
        {
            errors.Add(new FieldError("id", "该单位下还有下级单位，不能删除"));
        }

        if (await db.Cadres.AnyAsync(c => c.OrgUnitId == id, ct) || await db.PostAssignments.AnyAsync(p => p.OrgUnitId == id, ct))
        {
            errors.Add(new FieldError("id", "该单位还有干部或任职记录，不能删除"));
        }

        if (await Measures.M03Staffing.StaffingScope.AnyForUnitAsync(db, id, ct))
        {
            errors.Add(new FieldError("id", "该单位还有编制、招录岗位或派驻机构记录，不能删除"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<OrgUnitRow>.Invalid(errors);
        }

        db.OrgUnits.Remove(unit);
        await db.SaveChangesAsync(ct);
        return CommandResult<OrgUnitRow>.Ok(Row(unit, 0));
    }

    private static async Task<List<FieldError>> ValidateAsync(JicengDbContext db, OrgUnitInput input, OrgUnit? parent, int? exceptId, CancellationToken ct)
    {
        var errors = Validate(input, parent?.Name, parent?.Kind, parent?.Code);
        var code = input.Code?.Trim() ?? "";
        if (!errors.Any(e => e.Field is "code" or "kind") && await db.OrgUnits.AnyAsync(u => u.Code == code && (exceptId == null || u.Id != exceptId), ct))
        {
            errors.Add(CodeTaken(code));
        }

        return errors;
    }

    /// <summary>The checks of a unit that need no database: name, kind, the kind under its parent, the division code
    /// under the parent's code (imports call this for units whose parent is in the same file).</summary>
    public static List<FieldError> Validate(OrgUnitInput input, string? parentName, OrgUnitKind? parentKind, string? parentCode)
    {
        var errors = new List<FieldError>();
        if (FreeText.Problem(input.Name, OrgUnit.NameMaxLength, required: true) is { } nameProblem)
        {
            errors.Add(new FieldError("name", $"单位名称：{nameProblem}"));
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", "单位类型：必填"));
            return errors;
        }

        if (parentKind is { } pk && !pk.MayContain(kind))
        {
            errors.Add(new FieldError("kind", $"单位类型：上级单位“{parentName}”下不能设立该类型的单位"));
        }

        var code = input.Code?.Trim() ?? "";
        if (DivisionCode.Check(code, kind, parentCode) is { } codeError)
        {
            errors.Add(new FieldError("code", codeError));
        }

        if (input.EstablishedOn is { } established && Dates.OutsideRecordRange(established) is { } dateProblem)
        {
            errors.Add(new FieldError("establishedOn", $"设立日期：{dateProblem}"));
        }

        return errors;
    }

    public static FieldError CodeTaken(string code) => new("code", $"区划代码：“{code}”已被其他单位使用");

    public static FieldError RemoteHardshipRefused => new("isRemoteHardship", "艰苦边远地区：只能由区委组织部认定和修改");

    private static OrgUnitRow Row(OrgUnit u, int count) =>
        new(u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.IsRemoteHardship, u.Path, u.SortOrder, count) { EstablishedOn = u.EstablishedOn };
}
