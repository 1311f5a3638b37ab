using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Policy;
using Jiceng.Data;
using Jiceng.Data.Measures.M08Guarantees;
using Jiceng.Data.Scope;
using Jiceng.Web.Compliance;

namespace Jiceng.Web.Components.Pages.Guarantees;

/// <summary>
/// The R8.4–R8.6 status the care pages show, judged by the rules themselves over their facts queries, exactly as the
/// compliance engine does (<see cref="EvaluationService"/>: the year's as-of day, the profile in force that day), so
/// a page never tells a different story from the findings list.
/// </summary>
public static class CareStatus
{
    public static PolicyProfile ProfileOn(PolicyProfiles profiles, DateOnly day) =>
        profiles.Set.TryInForceOn(day, out var p) ? p : profiles.Set.Versions[0];

    /// <summary>R8.4 for <paramref name="year"/>: payments above the entitlement (the finding's unit is the paying village).</summary>
    public static async Task<IReadOnlyList<Finding>> RewardAsync(JicengDbContext db, DataScope scope, int year, DateOnly today, PolicyProfiles profiles, CancellationToken ct = default)
    {
        var context = EvaluationContext.ForYear(year, today);
        var facts = await new VillageRewardFactsQuery().LoadAsync(db, scope, context, ct);
        return [.. new CollectiveRewardRule().Evaluate(facts, ProfileOn(profiles, context.AsOf), context)];
    }

    /// <summary>R8.5 for <paramref name="year"/>: families short of visits (the finding's subject is the fallen cadre).</summary>
    public static async Task<IReadOnlyList<Finding>> FamilyVisitsAsync(JicengDbContext db, DataScope scope, int year, DateOnly today, PolicyProfiles profiles, CancellationToken ct = default)
    {
        var context = EvaluationContext.ForYear(year, today);
        var facts = await new FallenFamilyFactsQuery().LoadAsync(db, scope, context, ct);
        return [.. new FamilyVisitRule().Evaluate(facts, ProfileOn(profiles, context.AsOf), context)];
    }

    /// <summary>R8.6 on <paramref name="today"/>: townships missing any of the five smalls (the finding's subject is the township).</summary>
    public static async Task<IReadOnlyList<Finding>> FiveSmallsAsync(JicengDbContext db, DataScope scope, DateOnly today, PolicyProfiles profiles, CancellationToken ct = default)
    {
        var context = new EvaluationContext(today.Year, today);
        var facts = await new TownshipFacilityFactsQuery().LoadAsync(db, scope, context, ct);
        return [.. new FiveSmallsRule().Evaluate(facts, ProfileOn(profiles, today), context)];
    }
}
