using Jiceng.Core.Measures.M01TeamBuilding;
using Jiceng.Data.Scope;

namespace Jiceng.Data.Measures.M01TeamBuilding;

/// <summary>The scope gates of clause 一's records: a pool entry by its township, a commendation by its cadre's unit.</summary>
public static class TeamBuildingScope
{
    public static IQueryable<CandidatePoolEntry> InScope(this IQueryable<CandidatePoolEntry> entries, DataScope scope) =>
        entries.Where(e => e.OrgUnit!.Path.StartsWith(scope.Path));

    public static IQueryable<Commendation> InScope(this IQueryable<Commendation> commendations, DataScope scope) =>
        commendations.Where(c => c.Cadre!.OrgUnit!.Path.StartsWith(scope.Path));
}
