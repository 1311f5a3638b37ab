using Jiceng.Core.Common;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Org;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M03Staffing;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M10VillageCadres;

/// <summary>A member developed by a village as entered: name, birth date, the day admitted as a probationary member, and the cadre record if any.</summary>
public sealed record PartyDevelopmentInput(string? Name, DateOnly? BirthDate, DateOnly? AdmittedOn, int? CadreId);

/// <summary>
/// Recording the party members villages in the caller's scope developed (R10.4 counts them per window). Every write is
/// audited by the save; an update carries the version it read.
/// </summary>
public static class PartyDevelopmentCommands
{
    /// <summary>The least age for admission to the party (党章: 年满十八岁).</summary>
    public const int MinimumAge = 18;

    /// <summary>The earliest birth date accepted (a guard against typing errors).</summary>
    public static readonly DateOnly EarliestBirth = new(1900, 1, 1);

    public static async Task<IReadOnlyList<PartyMemberDevelopment>?> ListAsync(JicengDbContext db, DataScope scope, int villageId, CancellationToken ct = default) =>
        await db.OrgUnits.InScope(scope).AnyAsync(u => u.Id == villageId, ct)
            ? await db.PartyMemberDevelopments.AsNoTracking().Where(m => m.OrgUnitId == villageId)
                .OrderByDescending(m => m.AdmittedOn).ThenBy(m => m.Id).ToListAsync(ct)
            : null;

    public static async Task<CommandResult<PartyMemberDevelopment>> AddAsync(
        JicengDbContext db, DataScope scope, int villageId, PartyDevelopmentInput input, CancellationToken ct = default)
    {
        var village = await db.OrgUnits.InScope(scope).AsNoTracking().FirstOrDefaultAsync(u => u.Id == villageId, ct);
        if (village is null)
        {
            return CommandResult<PartyMemberDevelopment>.Missing();
        }

        var member = new PartyMemberDevelopment { OrgUnitId = villageId };
        return await VersionedUpdate.AddAsync(db, member, await ValidateAsync(db, scope, village.Kind, input, ct), () => Apply(member, input), ct);
    }

    public static async Task<CommandResult<PartyMemberDevelopment>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, PartyDevelopmentInput input, int? expectedVersion, CancellationToken ct = default)
    {
        var member = await InScope(db, scope).Include(m => m.OrgUnit).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (member is null)
        {
            return CommandResult<PartyMemberDevelopment>.Missing();
        }

        return await VersionedUpdate.RunAsync(db, member, expectedVersion,
            async () => await ValidateAsync(db, scope, member.OrgUnit!.Kind, input, ct), () => Apply(member, input),
            async () => await db.PartyMemberDevelopments.AsNoTracking().FirstAsync(m => m.Id == id, ct), ct);
    }

    /// <summary>Deletes a record entered by mistake; false when it is not in scope.</summary>
    public static async Task<bool> DeleteAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        await VersionedUpdate.RemoveAsync(db, await InScope(db, scope).FirstOrDefaultAsync(m => m.Id == id, ct), ct);

    private static IQueryable<PartyMemberDevelopment> InScope(JicengDbContext db, DataScope scope) =>
        db.PartyMemberDevelopments.Where(m => m.OrgUnit!.Path.StartsWith(scope.Path));

    private static void Apply(PartyMemberDevelopment m, PartyDevelopmentInput input)
    {
        m.Name = input.Name!.Trim();
        m.BirthDate = input.BirthDate!.Value;
        m.AdmittedOn = input.AdmittedOn!.Value;
        m.CadreId = input.CadreId;
    }

    private static async Task<IReadOnlyList<FieldError>> ValidateAsync(JicengDbContext db, DataScope scope, OrgUnitKind kind, PartyDevelopmentInput input, CancellationToken ct)
    {
        var errors = Validate(kind, input);
        if (input.CadreId is { } cadreId && !await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct))
        {
            errors.Add(new FieldError("cadreId", "关联干部：不存在或不在您的管理范围内"));
        }

        return errors;
    }

    /// <summary>What a record's own fields must satisfy; the linked cadre needs the database and is the caller's.</summary>
    public static List<FieldError> Validate(OrgUnitKind kind, PartyDevelopmentInput input)
    {
        var errors = new List<FieldError>();
        if (!kind.IsVillageLevel())
        {
            errors.Add(new FieldError("orgUnitId", "单位：只有村（社区）党组织登记发展党员"));
        }

        if (FreeText.Problem(input.Name?.Trim(), PartyMemberDevelopment.NameMaxLength, required: true) is { } nameProblem)
        {
            errors.Add(new FieldError("name", $"姓名：{nameProblem}"));
        }

        if (input.BirthDate is not { } birth)
        {
            errors.Add(new FieldError("birthDate", "出生日期：必填"));
        }
        else if (birth < EarliestBirth || birth > Dates.LatestRecord)
        {
            errors.Add(new FieldError("birthDate", $"出生日期：{Dates.Format(birth)}不在{Dates.Format(EarliestBirth)}至{Dates.Format(Dates.LatestRecord)}之间"));
        }

        if (input.AdmittedOn is not { } admitted)
        {
            errors.Add(new FieldError("admittedOn", "接收预备党员日期：必填"));
        }
        else if (Dates.OutsideRecordRange(admitted) is { } admittedProblem)
        {
            errors.Add(new FieldError("admittedOn", $"接收预备党员日期：{admittedProblem}"));
        }
        else if (input.BirthDate is { } b && Ages.FullYears(b, admitted) < MinimumAge)
        {
            errors.Add(new FieldError("admittedOn", $"接收预备党员日期：{Dates.Format(admitted)}时未满{MinimumAge}周岁（出生日期{Dates.Format(b)}）"));
        }

        return errors;
    }
}
