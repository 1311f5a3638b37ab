using Jiceng.Core.Findings;
using Jiceng.Data.Scope;

namespace Jiceng.Data.Engine;

/// <summary>
/// Computes one facts family for a scope and an evaluation day, set-based (a few grouped queries, never one per
/// subject). Implementations live under <c>Measures/</c>, mirroring the rules' folders in Jiceng.Core, and are found
/// by reflection: a new family is a new class.
/// </summary>
public interface IFactsQuery
{
    /// <summary>The facts type rules declare as <see cref="IRule.FactsType"/>.</summary>
    Type FactsType { get; }

    Task<object> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct);
}

/// <summary>Typed base of a facts query.</summary>
public abstract class FactsQuery<TFacts> : IFactsQuery where TFacts : class
{
    public Type FactsType => typeof(TFacts);

    public abstract Task<TFacts> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct);

    async Task<object> IFactsQuery.LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct) =>
        await LoadAsync(db, scope, context, ct);
}
