using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M03Staffing;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M10VillageCadres;

/// <summary>A reserve's training or participation as entered: kind, day, content and (trainings only) hours.</summary>
public sealed record ReserveDevelopmentInput(ReserveDevelopmentKind? Kind, DateOnly? On, string? Content, decimal? Hours);

/// <summary>
/// 后备力量培养: recording the trainings a village's reserves attended and their participation in village affairs, for
/// reserves of villages in the caller's scope. A record belongs to one stretch in the pool and is dated inside it.
/// Every write is audited by the save; an update carries the version it read.
/// </summary>
public static class ReserveDevelopmentCommands
{
    /// <summary>The records of a village's reserves (all stretches, with the cadre), latest first; null when the village is not in scope.</summary>
    public static async Task<IReadOnlyList<ReserveDevelopmentRecord>?> ListAsync(JicengDbContext db, DataScope scope, int villageId, CancellationToken ct = default) =>
        await db.OrgUnits.InScope(scope).AnyAsync(u => u.Id == villageId, ct)
            ? await db.ReserveDevelopmentRecords.AsNoTracking().Include(r => r.Membership!).ThenInclude(m => m.Cadre)
                .Where(r => r.Membership!.OrgUnitId == villageId)
                .OrderByDescending(r => r.On).ThenByDescending(r => r.Id).ToListAsync(ct)
            : null;

    /// <summary>Records a training or participation of the reserve whose stretch in the pool is <paramref name="membershipId"/>.</summary>
    public static async Task<CommandResult<ReserveDevelopmentRecord>> AddAsync(
        JicengDbContext db, DataScope scope, int membershipId, ReserveDevelopmentInput input, CancellationToken ct = default)
    {
        var membership = await MembershipsInScope(db, scope).AsNoTracking().FirstOrDefaultAsync(m => m.Id == membershipId, ct);
        if (membership is null)
        {
            return CommandResult<ReserveDevelopmentRecord>.Missing();
        }

        var record = new ReserveDevelopmentRecord { MembershipId = membershipId };
        var result = await VersionedUpdate.AddAsync(db, record, Validate(membership, input), () => Apply(record, input), ct);
        if (result.Succeeded)
        {
            await db.Entry(record).Reference(r => r.Membership).Query().Include(m => m.Cadre).LoadAsync(ct);
        }

        return result;
    }

    public static async Task<CommandResult<ReserveDevelopmentRecord>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, ReserveDevelopmentInput input, int? expectedVersion, CancellationToken ct = default)
    {
        var record = await InScope(db, scope).Include(r => r.Membership).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return CommandResult<ReserveDevelopmentRecord>.Missing();
        }

        return await VersionedUpdate.RunAsync(db, record, expectedVersion,
            () => Task.FromResult<IReadOnlyList<FieldError>>(Validate(record.Membership!, input)), () => Apply(record, input),
            async () => await db.ReserveDevelopmentRecords.AsNoTracking().FirstAsync(r => r.Id == id, ct), ct);
    }

    /// <summary>Deletes a record entered by mistake; false when it is not in scope.</summary>
    public static async Task<bool> DeleteAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        await VersionedUpdate.RemoveAsync(db, await InScope(db, scope).FirstOrDefaultAsync(r => r.Id == id, ct), ct);

    private static IQueryable<ReservePoolMembership> MembershipsInScope(JicengDbContext db, DataScope scope) =>
        db.ReservePoolMemberships.Where(m => m.OrgUnit!.Path.StartsWith(scope.Path));

    private static IQueryable<ReserveDevelopmentRecord> InScope(JicengDbContext db, DataScope scope) =>
        db.ReserveDevelopmentRecords.Where(r => r.Membership!.OrgUnit!.Path.StartsWith(scope.Path));

    private static void Apply(ReserveDevelopmentRecord r, ReserveDevelopmentInput input)
    {
        r.Kind = input.Kind!.Value;
        r.On = input.On!.Value;
        r.Content = input.Content!.Trim();
        r.Hours = input.Kind == ReserveDevelopmentKind.Training ? input.Hours : null;
    }

    /// <summary>What a record must satisfy: a kind, a day inside the reserve's stretch in the pool, a content, and hours only for a training (0 &lt; hours ≤ 1000).</summary>
    public static List<FieldError> Validate(ReservePoolMembership membership, ReserveDevelopmentInput input)
    {
        var errors = new List<FieldError>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", "类别：必填，应为学习培训（Training）或参与村级工作（Participation）"));
        }

        if (input.On is not { } on)
        {
            errors.Add(new FieldError("on", "日期：必填"));
        }
        else if (Dates.OutsideRecordRange(on) is { } problem)
        {
            errors.Add(new FieldError("on", $"日期：{problem}"));
        }
        else if (!membership.IsInPoolOn(on))
        {
            var stretch = membership.To is { } to ? $"{Dates.Format(membership.From)}至{Dates.Format(to)}" : $"{Dates.Format(membership.From)}起";
            errors.Add(new FieldError("on", $"日期：{Dates.Format(on)}不在该干部作为后备干部的时间（{stretch}）内"));
        }

        if (FreeText.Problem(input.Content?.Trim(), ReserveDevelopmentRecord.ContentMaxLength, required: true) is { } contentProblem)
        {
            errors.Add(new FieldError("content", $"内容：{contentProblem}"));
        }

        if (input.Hours is { } hours)
        {
            if (input.Kind == ReserveDevelopmentKind.Participation)
            {
                errors.Add(new FieldError("hours", "学时：只有学习培训记录学时，参与村级工作不填"));
            }
            else if (hours <= 0 || hours > ReserveDevelopmentRecord.MaxHours || decimal.Round(hours, 1) != hours)
            {
                errors.Add(new FieldError("hours", string.Create(CultureInfo.InvariantCulture,
                    $"学时：应为大于 0、不超过 {ReserveDevelopmentRecord.MaxHours:0} 的数（最多一位小数），而不是 {hours}")));
            }
        }

        return errors;
    }
}
