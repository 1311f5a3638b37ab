using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Data.Engine;
using Jiceng.Data.Ranks;
using Jiceng.Data.Scope;

namespace Jiceng.Data.Measures.M04Promotion;

/// <summary>
/// R4.1's facts: every unit in scope with a rank quota or a rank charged to it on the as-of day, per rank — set-based
/// queries for the whole scope (quotas up to the day, holders counted per unit and rank, the foreign holders of
/// townships by name), shared with the quota page.
/// </summary>
public sealed class RankQuotaFactsQuery : FactsQuery<IReadOnlyList<RankQuotaFacts>>
{
    public override async Task<IReadOnlyList<RankQuotaFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var (quotas, holders, foreign) = await RankQuotaUsage.LoadAsync(db, scope, context.AsOf, null, ct);
        return RankQuotaUsage.Combine(quotas, holders, foreign)
            .Select(u => new RankQuotaFacts(new Subject(SubjectKind.OrgUnit, u.Unit.Id, u.Unit.Code, u.Unit.Name, u.Unit.Id, u.Unit.Path),
                u.Unit.IsTownship, u.RankCode, u.Quota, u.Holders, u.Foreign))
            .ToList();
    }
}
