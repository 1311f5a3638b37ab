using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Core.Policy;
using Jiceng.Data.Scope;

namespace Jiceng.Data.Measures.M04Promotion;

/// <summary>
/// The cadres who may ask to move after long remote service (R4.3) as of a day, earliest first: the rule's own findings
/// with the recorded wishes left out, so everyone eligible shows whether they asked or not. The page and its export
/// both list these.
/// </summary>
public static class EligibleRemoteCadres
{
    public static async Task<IReadOnlyList<Finding>> ListAsync(JicengDbContext db, DataScope scope, PolicyProfile profile, DateOnly today, CancellationToken ct = default)
    {
        var context = new EvaluationContext(today.Year, today);
        var facts = await new RemoteCadreFactsQuery().LoadAsync(db, scope, context, ct);
        return [.. new RemoteLongServiceRule().Evaluate(facts with { Wishes = [] }, profile, context).OrderBy(f => f.Due)];
    }

    /// <summary>The page's search: part of the name, as typed (blank matches everyone).</summary>
    public static bool Matches(Finding eligible, string? text) =>
        string.IsNullOrWhiteSpace(text) || eligible.Subject.Name.Contains(text.Trim(), StringComparison.Ordinal);
}
