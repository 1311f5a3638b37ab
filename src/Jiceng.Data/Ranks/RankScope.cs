using Jiceng.Core.Ranks;
using Jiceng.Data.Scope;

namespace Jiceng.Data.Ranks;

/// <summary>The data-scope filters of ranks and rank quotas (see <see cref="DataScope"/>).</summary>
public static class RankScope
{
    /// <summary>Ranks of the cadres in the scope.</summary>
    public static IQueryable<RankAssignment> InScope(this IQueryable<RankAssignment> ranks, DataScope scope) =>
        ranks.Where(r => r.Cadre!.OrgUnit!.Path.StartsWith(scope.Path));

    /// <summary>Ranks charged to the quotas of units in the scope, whoever holds them (a township sees who uses its quota).</summary>
    public static IQueryable<RankAssignment> ChargedInScope(this IQueryable<RankAssignment> ranks, DataScope scope) =>
        ranks.Where(r => r.QuotaUnit!.Path.StartsWith(scope.Path));

    public static IQueryable<RankQuota> InScope(this IQueryable<RankQuota> quotas, DataScope scope) =>
        quotas.Where(q => q.OrgUnit!.Path.StartsWith(scope.Path));
}
