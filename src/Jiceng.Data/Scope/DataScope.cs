using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Scope;

/// <summary>
/// The org-unit subtree a user may see (数据范围): the unit's <see cref="OrgUnit.Path"/> is a prefix of every
/// unit inside it. Every query of business data goes through one of the <c>InScope</c> filters below.
/// </summary>
public sealed record DataScope(int OrgUnitId, string Path)
{
    public bool Contains(OrgUnit unit) => unit.Path.StartsWith(Path, StringComparison.Ordinal);

    public bool Contains(string unitPath) => unitPath.StartsWith(Path, StringComparison.Ordinal);
}

public static class DataScopeQueries
{
    /// <summary>The whole jurisdiction: the scope of the top unit (a province, or a district deployed alone); null in an empty database.</summary>
    public static async Task<DataScope?> RootAsync(JicengDbContext db, CancellationToken ct = default)
    {
        var root = await db.OrgUnits.Where(u => u.ParentId == null).OrderBy(u => u.Id).Select(u => new { u.Id, u.Path }).FirstOrDefaultAsync(ct);
        return root is null ? null : new DataScope(root.Id, root.Path);
    }

    public static IQueryable<OrgUnit> InScope(this IQueryable<OrgUnit> units, DataScope scope) =>
        units.Where(u => u.Path.StartsWith(scope.Path));

    public static IQueryable<Cadre> InScope(this IQueryable<Cadre> cadres, DataScope scope) =>
        cadres.Where(c => c.OrgUnit!.Path.StartsWith(scope.Path));

    public static IQueryable<PostAssignment> InScope(this IQueryable<PostAssignment> posts, DataScope scope) =>
        posts.Where(p => p.OrgUnit!.Path.StartsWith(scope.Path));

    public static IQueryable<Term> InScope(this IQueryable<Term> terms, DataScope scope) =>
        terms.Where(t => t.OrgUnit!.Path.StartsWith(scope.Path));
}
