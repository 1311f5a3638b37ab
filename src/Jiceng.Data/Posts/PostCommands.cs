using Jiceng.Core.Common;
using Jiceng.Core.Posts;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Posts;

/// <summary>
/// Adding, changing and ending a cadre's posts. The cadre and the post's unit must both lie in the caller's scope;
/// the same post of the same cadre in the same unit may not overlap in time.
/// </summary>
public static class PostCommands
{
    public static Task<CommandResult<PostAssignment>> AddAsync(JicengDbContext db, DataScope scope, int cadreId, PostInput input, DateOnly today, CancellationToken ct = default) =>
        SaveAsync(db, scope, cadreId, null, input, today, ct);

    public static async Task<CommandResult<PostAssignment>> UpdateAsync(JicengDbContext db, DataScope scope, int postId, PostInput input, DateOnly today, CancellationToken ct = default)
    {
        var cadreId = await db.PostAssignments.InScope(scope).Where(p => p.Id == postId).Select(p => (int?)p.CadreId).FirstOrDefaultAsync(ct);
        return cadreId is { } id ? await SaveAsync(db, scope, id, postId, input, today, ct) : CommandResult<PostAssignment>.Missing();
    }

    public static async Task<bool> DeleteAsync(JicengDbContext db, DataScope scope, int postId, CancellationToken ct = default)
    {
        var post = await db.PostAssignments.InScope(scope).FirstOrDefaultAsync(p => p.Id == postId, ct);
        if (post is null || !await db.Cadres.InScope(scope).AnyAsync(c => c.Id == post.CadreId, ct))
        {
            return false;
        }

        db.PostAssignments.Remove(post);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static async Task<CommandResult<PostAssignment>> SaveAsync(
        JicengDbContext db, DataScope scope, int cadreId, int? postId, PostInput input, DateOnly today, CancellationToken ct)
    {
        if (!await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct))
        {
            return CommandResult<PostAssignment>.Missing();
        }

        var unit = input.OrgUnitId is { } uid ? await db.OrgUnits.InScope(scope).AsNoTracking().FirstOrDefaultAsync(u => u.Id == uid, ct) : null;
        var errors = PostValidator.Validate(input, unit?.Kind, today).ToList();
        if (input.OrgUnitId is > 0 && unit is null)
        {
            errors.Add(new FieldError("orgUnitId", "任职单位：单位不存在或不在您的管理范围内"));
        }

        if (input.TermId is { } termId && !await db.Terms.AnyAsync(t => t.Id == termId && t.OrgUnitId == input.OrgUnitId, ct))
        {
            errors.Add(new FieldError("termId", "届次：不是该单位的届次"));
        }

        if (errors.Count == 0)
        {
            var start = input.Start!.Value;
            var end = input.End ?? DateOnly.MaxValue;
            var overlaps = await db.PostAssignments.AnyAsync(p => p.CadreId == cadreId && p.OrgUnitId == input.OrgUnitId && p.Kind == input.Kind
                && (postId == null || p.Id != postId) && p.Start <= end && (p.End == null || p.End >= start), ct);
            if (overlaps)
            {
                errors.Add(new FieldError("start", $"任职时间：与该干部在同一单位的同一职务时间重叠（{Dates.Format(start)}起）"));
            }
        }

        if (errors.Count > 0)
        {
            return CommandResult<PostAssignment>.Invalid(errors);
        }

        var post = postId is { } id ? await db.PostAssignments.FirstAsync(p => p.Id == id, ct) : new PostAssignment { CadreId = cadreId };
        post.OrgUnitId = input.OrgUnitId!.Value;
        post.Kind = input.Kind!.Value;
        post.Title = string.IsNullOrWhiteSpace(input.Title) ? null : input.Title.Trim();
        post.IsLeadershipTeamMember = input.IsLeadershipTeamMember;
        post.Start = input.Start!.Value;
        post.End = input.End;
        post.TermId = input.TermId;
        if (postId is null)
        {
            db.PostAssignments.Add(post);
        }

        await db.SaveChangesAsync(ct);
        return CommandResult<PostAssignment>.Ok(post);
    }
}
