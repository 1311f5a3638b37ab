using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data.Scope;

namespace Jiceng.Data.Measures.M08Guarantees;

/// <summary>The scope gates of clause 八's care records: village records by their village, township records by their
/// township, a fallen cadre (and the family and visits) by the cadre's unit.</summary>
public static class CareScope
{
    public static IQueryable<VillageCadreInsurance> InScope(this IQueryable<VillageCadreInsurance> q, DataScope scope) =>
        q.Where(x => x.Village!.Path.StartsWith(scope.Path));

    public static IQueryable<CollectiveIncome> InScope(this IQueryable<CollectiveIncome> q, DataScope scope) =>
        q.Where(x => x.Village!.Path.StartsWith(scope.Path));

    public static IQueryable<CollectiveRewardPayment> InScope(this IQueryable<CollectiveRewardPayment> q, DataScope scope) =>
        q.Where(x => x.Village!.Path.StartsWith(scope.Path));

    public static IQueryable<FallenCadre> InScope(this IQueryable<FallenCadre> q, DataScope scope) =>
        q.Where(x => x.Cadre!.OrgUnit!.Path.StartsWith(scope.Path));

    public static IQueryable<TownshipFacility> InScope(this IQueryable<TownshipFacility> q, DataScope scope) =>
        q.Where(x => x.Township!.Path.StartsWith(scope.Path));

    public static IQueryable<TurnoverHousingUnit> InScope(this IQueryable<TurnoverHousingUnit> q, DataScope scope) =>
        q.Where(x => x.Township!.Path.StartsWith(scope.Path));
}
