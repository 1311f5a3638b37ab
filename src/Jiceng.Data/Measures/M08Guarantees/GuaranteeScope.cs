using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data.Scope;

namespace Jiceng.Data.Measures.M08Guarantees;

/// <summary>The scope gates of clause 八's cadre records: each by its cadre's unit.</summary>
public static class GuaranteeScope
{
    public static IQueryable<SubsidyPayment> InScope(this IQueryable<SubsidyPayment> q, DataScope scope) =>
        q.Where(p => p.Cadre!.OrgUnit!.Path.StartsWith(scope.Path));

    public static IQueryable<CrossRegionPosting> InScope(this IQueryable<CrossRegionPosting> q, DataScope scope) =>
        q.Where(p => p.Cadre!.OrgUnit!.Path.StartsWith(scope.Path));

    public static IQueryable<HomeTripClaim> InScope(this IQueryable<HomeTripClaim> q, DataScope scope) =>
        q.Where(c => c.Posting!.Cadre!.OrgUnit!.Path.StartsWith(scope.Path));

    public static IQueryable<AnnualLeave> InScope(this IQueryable<AnnualLeave> q, DataScope scope) =>
        q.Where(l => l.Cadre!.OrgUnit!.Path.StartsWith(scope.Path));
}
