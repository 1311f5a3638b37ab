using Jiceng.Core.Cadres;
using Jiceng.Core.CodeTables;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Cadres;

/// <summary>One line of the resume (简历): from, to (null: to date), what.</summary>
public sealed record ResumeLine(DateOnly From, DateOnly? To, string Text);

/// <summary>An award or sanction line (奖惩情况).</summary>
public sealed record AwardLine(DateOnly On, string Text);

/// <summary>
/// What the cadre summary sheet (干部任免审批表) shows of one cadre, from the records the product holds: the person,
/// the posts held on the day (现任职务, 任现职时间), the rank held (职级, since when), a planned move (拟任/拟免), the
/// resume built from the post history, and commendations. Cells the product does not record (health, professional
/// title, yearly assessment results, family members) are left for the page to print empty.
/// </summary>
public sealed record CadreSummarySheet(
    Cadre Cadre, string OrgUnitName, string CurrentPosts, DateOnly? CurrentPostSince, string? RankLabel, DateOnly? RankSince,
    string? ProposedPost, string? ProposedRemoval, IReadOnlyList<ResumeLine> Resume, IReadOnlyList<AwardLine> Awards)
{
    /// <summary>The sheet of the cadre <paramref name="id"/> within the scope, or null (absent or out of scope, never told apart).</summary>
    public static async Task<CadreSummarySheet?> LoadAsync(JicengDbContext db, DataScope scope, int id, DateOnly today, CancellationToken ct = default)
    {
        var cadre = await db.Cadres.AsNoTracking().InScope(scope).Include(c => c.OrgUnit).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (cadre is null)
        {
            return null;
        }

        var posts = await db.PostAssignments.AsNoTracking().Where(p => p.CadreId == id)
            .OrderBy(p => p.Start).ThenBy(p => p.Kind)
            .Select(p => new { p.Start, p.End, p.Title, p.Kind, Unit = p.OrgUnit!.Name }).ToListAsync(ct);
        var held = posts.Where(p => p.Start <= today && (p.End is null || p.End >= today)).ToList();
        var ranks = await db.RankAssignments.AsNoTracking().Where(r => r.CadreId == id && r.Start <= today && (r.End == null || r.End >= today))
            .OrderByDescending(r => r.Start).Select(r => new { r.RankCode, r.Start }).FirstOrDefaultAsync(ct);
        var move = await db.CadreMoves.AsNoTracking().Where(m => m.CadreId == id && m.Status == MoveStatus.Pending)
            .OrderBy(m => m.EffectiveOn).Select(m => new { To = m.ToOrgUnit == null ? m.ExternalDestination : m.ToOrgUnit.Name }).FirstOrDefaultAsync(ct);
        var awards = await db.Commendations.AsNoTracking().Where(c => c.CadreId == id).OrderBy(c => c.AwardedOn)
            .Select(c => new AwardLine(c.AwardedOn, c.AwardingBody + " " + c.Title)).ToListAsync(ct);

        var currentPosts = string.Join("、", held.Select(p => p.Unit + (p.Title ?? "")).Distinct(StringComparer.Ordinal));
        var resume = posts.Select(p => new ResumeLine(p.Start, p.End, p.Unit + (p.Title ?? ""))).ToList();
        return new CadreSummarySheet(cadre, cadre.OrgUnit!.Name, currentPosts, held.Count == 0 ? null : held.Min(p => p.Start),
            ranks is null ? null : CodeTables.Rank.LabelOf(ranks.RankCode), ranks?.Start,
            move?.To, move is null ? null : currentPosts, resume, awards);
    }

    /// <summary>A date as the sheet writes it: yyyy.MM.</summary>
    public static string Month(DateOnly? day) => day is { } d ? $"{d.Year:0000}.{d.Month:00}" : "";
}

