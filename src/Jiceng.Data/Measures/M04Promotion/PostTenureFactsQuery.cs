using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Core.Posts;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M04Promotion;

/// <summary>
/// Serving named township posts and their tenure start: one query for the serving posts, one for the earlier posts of
/// the same cadre, unit and kind; contiguous reappointments are joined in memory (a handful of rows per post).
/// </summary>
public sealed class PostTenureFactsQuery : FactsQuery<IReadOnlyList<PostTenureFacts>>
{
    /// <summary>Named township posts judged by R4.2 (general office and institution staff are not single posts).</summary>
    public static readonly PostKind[] Kinds =
    [
        PostKind.TownshipPartySecretary, PostKind.TownshipHead, PostKind.TownshipPartyDeputySecretary, PostKind.TownshipDeputyHead,
        PostKind.TownshipPartyCommitteeMember, PostKind.TownshipDisciplineSecretary, PostKind.TownshipCongressChair, PostKind.DispatchedAgencyHead,
    ];

    public override async Task<IReadOnlyList<PostTenureFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var asOf = context.AsOf;
        var serving = db.PostAssignments.AsNoTracking().InScope(scope)
            .Where(p => Kinds.Contains(p.Kind) && p.Start <= asOf && (p.End == null || p.End >= asOf));

        var current = await serving
            .Select(p => new
            {
                p.Id, p.CadreId, p.OrgUnitId, p.Kind, p.Title, p.Start, p.Cadre!.Name, Masked = EF.Property<string>(p.Cadre!, IdNumberMapping.MaskedProperty),
                CadreUnitId = p.Cadre.OrgUnitId, CadreUnitPath = p.Cadre.OrgUnit!.Path, UnitName = p.OrgUnit!.Name,
            })
            .OrderBy(p => p.Id)
            .ToListAsync(ct);

        var earlier = await db.PostAssignments.AsNoTracking()
            .Where(e => e.End != null && e.End < asOf
                && serving.Any(s => s.CadreId == e.CadreId && s.OrgUnitId == e.OrgUnitId && s.Kind == e.Kind && s.Start > e.Start))
            .Select(e => new { e.CadreId, e.OrgUnitId, e.Kind, e.Start, End = e.End!.Value })
            .ToListAsync(ct);
        var chains = earlier.ToLookup(e => (e.CadreId, e.OrgUnitId, e.Kind));

        return current.Select(p =>
        {
            var start = p.Start;
            foreach (var e in chains[(p.CadreId, p.OrgUnitId, p.Kind)].OrderByDescending(e => e.Start))
            {
                if (e.End.AddDays(1) >= start && e.Start < start)
                {
                    start = e.Start;
                }
            }

            var subject = new Subject(SubjectKind.Cadre, p.CadreId, p.Masked, p.Name, p.CadreUnitId, p.CadreUnitPath);
            return new PostTenureFacts(subject, p.Id, p.UnitName, p.Kind, p.Title, start);
        }).ToList();
    }
}
