using Jiceng.Core.Common;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Org;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M03Staffing;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M10VillageCadres;

/// <summary>A special reserve post as entered: its name, the day set up and (to abolish it) its last day.</summary>
public sealed record SpecialReservePostInput(string? Name, DateOnly? From, DateOnly? To);

/// <summary>An appointment to a special reserve post: the reserve's stretch in the pool and the day appointed.</summary>
public sealed record SpecialReservePostFillInput(int? MembershipId, DateOnly? From);

/// <summary>
/// 村级后备干部特设岗位 (定岗不定人): posts a township or village in the caller's scope keeps for outstanding reserves,
/// filled from the reserve pool one holder at a time (appoint = link a reserve to the post from a day; end = the last
/// day held, with a reason). Every write is audited by the save; changes carry the version read.
/// </summary>
public static class SpecialReservePostCommands
{
    /// <summary>The posts of a township or village in scope, with their holders (cadre and village; in no set order), open posts first, newest first; null when the unit is not in scope.</summary>
    public static async Task<IReadOnlyList<SpecialReservePost>?> ListAsync(JicengDbContext db, DataScope scope, int unitId, CancellationToken ct = default) =>
        await db.OrgUnits.InScope(scope).AnyAsync(u => u.Id == unitId, ct)
            ? await WithFills(db).Where(p => p.OrgUnitId == unitId).OrderBy(p => p.To != null).ThenByDescending(p => p.From).ThenBy(p => p.Id).ToListAsync(ct)
            : null;

    /// <summary>
    /// The posts a village's reserves may fill: the village's own and those of its township, as far as the caller's
    /// scope reaches (a village user sees the village's own posts only); null when the village is not in scope.
    /// </summary>
    public static async Task<IReadOnlyList<SpecialReservePost>?> ListForVillageAsync(JicengDbContext db, DataScope scope, int villageId, CancellationToken ct = default)
    {
        var village = await db.OrgUnits.InScope(scope).AsNoTracking().FirstOrDefaultAsync(u => u.Id == villageId, ct);
        if (village is null)
        {
            return null;
        }

        var units = new List<int> { village.Id };
        if (village.ParentId is { } parent)
        {
            units.Add(parent);
        }

        return await WithFills(db).Where(p => units.Contains(p.OrgUnitId) && p.OrgUnit!.Path.StartsWith(scope.Path))
            .OrderBy(p => p.To != null).ThenByDescending(p => p.From).ThenBy(p => p.Id).ToListAsync(ct);
    }

    public static async Task<CommandResult<SpecialReservePost>> AddAsync(
        JicengDbContext db, DataScope scope, int unitId, SpecialReservePostInput input, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.InScope(scope).AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return CommandResult<SpecialReservePost>.Missing();
        }

        var post = new SpecialReservePost { OrgUnitId = unitId };
        return await VersionedUpdate.AddAsync(db, post, Validate(unit.Kind, input, []), () => Apply(post, input), ct);
    }

    /// <summary>Renames, re-dates or abolishes a post (abolishing = setting <c>to</c>; every holder must have left by then).</summary>
    public static async Task<CommandResult<SpecialReservePost>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, SpecialReservePostInput input, int? expectedVersion, CancellationToken ct = default)
    {
        var post = await db.SpecialReservePosts.Include(p => p.OrgUnit).Include(p => p.Fills)
            .FirstOrDefaultAsync(p => p.Id == id && p.OrgUnit!.Path.StartsWith(scope.Path), ct);
        if (post is null)
        {
            return CommandResult<SpecialReservePost>.Missing();
        }

        return await VersionedUpdate.RunAsync(db, post, expectedVersion,
            () => Task.FromResult<IReadOnlyList<FieldError>>(Validate(post.OrgUnit!.Kind, input, post.Fills)), () => Apply(post, input),
            async () => await db.SpecialReservePosts.AsNoTracking().FirstAsync(p => p.Id == id, ct), ct);
    }

    /// <summary>Renames a post, keeping its days (the village page's 更名; the update's checks and messages).</summary>
    public static Task<CommandResult<SpecialReservePost>> RenameAsync(
        JicengDbContext db, DataScope scope, int id, string? name, int? expectedVersion, CancellationToken ct = default) =>
        UpdateKeepingAsync(db, scope, id, p => new SpecialReservePostInput(name, p.From, p.To), expectedVersion, ct);

    /// <summary>
    /// Abolishes a post from its last day, keeping its name and set-up day (the village page's 撤岗). The day is required
    /// here: an update without one keeps the post open. Otherwise the update's checks and messages (no holder after it).
    /// </summary>
    public static Task<CommandResult<SpecialReservePost>> AbolishAsync(
        JicengDbContext db, DataScope scope, int id, DateOnly? to, int? expectedVersion, CancellationToken ct = default) =>
        to is null
            ? Task.FromResult(CommandResult<SpecialReservePost>.Invalid([new FieldError("to", "撤岗日期：必填")]))
            : UpdateKeepingAsync(db, scope, id, p => new SpecialReservePostInput(p.Name, p.From, to), expectedVersion, ct);

    /// <summary>The update with an input made from the post as stored (a changed version is still a conflict).</summary>
    private static async Task<CommandResult<SpecialReservePost>> UpdateKeepingAsync(
        JicengDbContext db, DataScope scope, int id, Func<SpecialReservePost, SpecialReservePostInput> change, int? expectedVersion, CancellationToken ct)
    {
        var stored = await db.SpecialReservePosts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.OrgUnit!.Path.StartsWith(scope.Path), ct);
        return stored is null ? CommandResult<SpecialReservePost>.Missing() : await UpdateAsync(db, scope, id, change(stored), expectedVersion, ct);
    }

    /// <summary>Appoints a reserve to the post from a day: the reserve is in a pool of the post's unit on that day, the post is open then and has no other holder from then on.</summary>
    public static async Task<CommandResult<SpecialReservePostFill>> FillAsync(
        JicengDbContext db, DataScope scope, int postId, SpecialReservePostFillInput input, CancellationToken ct = default)
    {
        var post = await db.SpecialReservePosts.AsNoTracking().Include(p => p.OrgUnit).Include(p => p.Fills)
            .FirstOrDefaultAsync(p => p.Id == postId && p.OrgUnit!.Path.StartsWith(scope.Path), ct);
        if (post is null)
        {
            return CommandResult<SpecialReservePostFill>.Missing();
        }

        var errors = new List<FieldError>();
        var membership = input.MembershipId is { } mid
            ? await db.ReservePoolMemberships.AsNoTracking().Include(m => m.Cadre).Include(m => m.OrgUnit)
                .FirstOrDefaultAsync(m => m.Id == mid && m.OrgUnit!.Path.StartsWith(scope.Path), ct)
            : null;
        if (membership is null)
        {
            errors.Add(new FieldError("membershipId", "后备干部：必填，且须是您管理范围内后备干部库中的干部"));
        }
        else if (!membership.OrgUnit!.Path.StartsWith(post.OrgUnit!.Path, StringComparison.Ordinal))
        {
            errors.Add(new FieldError("membershipId", $"后备干部：{membership.Cadre?.Name}是{membership.OrgUnit.Name}的后备干部，不属于设岗单位{post.OrgUnit.Name}"));
        }

        if (input.From is not { } from)
        {
            errors.Add(new FieldError("from", "聘任日期：必填"));
        }
        else if (Dates.OutsideRecordRange(from) is { } problem)
        {
            errors.Add(new FieldError("from", $"聘任日期：{problem}"));
        }
        else
        {
            if (!post.IsOpenOn(from))
            {
                errors.Add(new FieldError("from", $"聘任日期：{Dates.Format(from)}岗位未设立或已撤销（{Span(post.From, post.To)}）"));
            }

            if (membership is not null && !membership.IsInPoolOn(from))
            {
                errors.Add(new FieldError("from", $"聘任日期：{Dates.Format(from)}{membership.Cadre?.Name}不在后备干部库中（{Span(membership.From, membership.To)}）"));
            }

            // 定岗不定人: one holder at a time; the new holder holds from the day on with no end yet.
            if (post.Fills.FirstOrDefault(f => f.To is null || f.To >= from) is { } other)
            {
                errors.Add(new FieldError("from", $"聘任日期：该岗位{Span(other.From, other.To)}已有人在岗，须先解聘"));
            }
        }

        var fill = new SpecialReservePostFill { PostId = postId };
        var result = await VersionedUpdate.AddAsync(db, fill, errors, () =>
        {
            fill.MembershipId = input.MembershipId!.Value;
            fill.From = input.From!.Value;
        }, ct);
        if (result.Succeeded)
        {
            await db.Entry(fill).Reference(f => f.Membership).Query().Include(m => m.Cadre).Include(m => m.OrgUnit).LoadAsync(ct);
        }

        return result;
    }

    /// <summary>Ends a holding: its last day (not before the appointment, not after the post's last day) and why.</summary>
    public static async Task<CommandResult<SpecialReservePostFill>> EndFillAsync(
        JicengDbContext db, DataScope scope, int fillId, DateOnly? to, string? reason, int? expectedVersion, CancellationToken ct = default)
    {
        var fill = await db.SpecialReservePostFills.Include(f => f.Post).ThenInclude(p => p!.OrgUnit)
            .FirstOrDefaultAsync(f => f.Id == fillId && f.Post!.OrgUnit!.Path.StartsWith(scope.Path), ct);
        if (fill is null)
        {
            return CommandResult<SpecialReservePostFill>.Missing();
        }

        return await VersionedUpdate.RunAsync(db, fill, expectedVersion,
            () => Task.FromResult<IReadOnlyList<FieldError>>(ValidateEnd(fill, to, reason)),
            () =>
            {
                fill.To = to;
                fill.EndReason = reason!.Trim();
            },
            async () => await db.SpecialReservePostFills.AsNoTracking().FirstAsync(f => f.Id == fillId, ct), ct);
    }

    public static List<FieldError> ValidateEnd(SpecialReservePostFill fill, DateOnly? to, string? reason)
    {
        var errors = new List<FieldError>();
        if (to is not { } end)
        {
            errors.Add(new FieldError("to", "解聘日期：必填"));
        }
        else if (end < fill.From)
        {
            errors.Add(new FieldError("to", $"解聘日期：{Dates.Format(end)}早于聘任日期{Dates.Format(fill.From)}"));
        }
        else if (fill.Post?.To is { } postEnd && end > postEnd)
        {
            errors.Add(new FieldError("to", $"解聘日期：{Dates.Format(end)}晚于岗位撤销日期{Dates.Format(postEnd)}"));
        }

        if (FreeText.Problem(reason?.Trim(), SpecialReservePostFill.EndReasonMaxLength, required: true) is { } reasonProblem)
        {
            errors.Add(new FieldError("endReason", $"解聘原因：{reasonProblem}"));
        }

        return errors;
    }

    /// <summary>What a post must satisfy: set up by a township or village, a name, dates in order, and no holder after its last day.</summary>
    public static List<FieldError> Validate(OrgUnitKind kind, SpecialReservePostInput input, IReadOnlyList<SpecialReservePostFill> fills)
    {
        var errors = new List<FieldError>();
        if (!SpecialReservePost.MayHold(kind))
        {
            errors.Add(new FieldError("orgUnitId", "单位：只有乡镇（街道）和村（社区）设置后备干部特设岗位"));
        }

        if (FreeText.Problem(input.Name?.Trim(), SpecialReservePost.NameMaxLength, required: true) is { } nameProblem)
        {
            errors.Add(new FieldError("name", $"岗位名称：{nameProblem}"));
        }

        if (input.From is not { } from)
        {
            errors.Add(new FieldError("from", "设岗日期：必填"));
        }
        else if (Dates.OutsideRecordRange(from) is { } problem)
        {
            errors.Add(new FieldError("from", $"设岗日期：{problem}"));
        }
        else if (fills.Where(f => f.From < from).MinBy(f => f.From) is { } early)
        {
            errors.Add(new FieldError("from", $"设岗日期：{Dates.Format(from)}晚于已有的聘任日期{Dates.Format(early.From)}"));
        }

        if (input.To is { } to)
        {
            if (input.From is { } f && to < f)
            {
                errors.Add(new FieldError("to", $"撤岗日期：{Dates.Format(to)}早于设岗日期{Dates.Format(f)}"));
            }
            else if (fills.FirstOrDefault(x => x.To is null || x.To > to) is { } held)
            {
                errors.Add(new FieldError("to", $"撤岗日期：{Dates.Format(to)}后岗位仍有人在岗（聘任{Span(held.From, held.To)}），须先解聘"));
            }
        }

        return errors;
    }

    private static IQueryable<SpecialReservePost> WithFills(JicengDbContext db) =>
        db.SpecialReservePosts.AsNoTracking().Include(p => p.OrgUnit)
            .Include(p => p.Fills).ThenInclude(f => f.Membership!).ThenInclude(m => m.Cadre)
            .Include(p => p.Fills).ThenInclude(f => f.Membership!).ThenInclude(m => m.OrgUnit);

    private static string Span(DateOnly from, DateOnly? to) => to is { } t ? $"{Dates.Format(from)}至{Dates.Format(t)}" : $"{Dates.Format(from)}起";

    private static void Apply(SpecialReservePost post, SpecialReservePostInput input)
    {
        post.Name = input.Name!.Trim();
        post.From = input.From!.Value;
        post.To = input.To;
    }
}
