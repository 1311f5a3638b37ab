using System.Diagnostics;
using Jiceng.Core.Findings;
using Jiceng.Core.Org;
using Jiceng.Core.Policy;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Engine;

/// <summary>The findings of one evaluation, before or after they are stored, and the rules that judged.</summary>
public sealed record EvaluationResult(EvaluationRun Run, IReadOnlyList<Finding> Findings)
{
    /// <summary>The ids of the rules evaluated: the ledger resolves only their findings.</summary>
    public IReadOnlyList<string> Rules { get; init; } = [.. RuleCatalog.All.Select(r => r.Id)];
}

/// <summary>
/// Runs the rules: each facts family is loaded once for the scope and day (set-based), every rule of that family
/// judges it, and the findings are sorted into a stable order so two runs over the same records agree exactly.
/// </summary>
public static class Evaluator
{
    private static readonly IReadOnlyList<IFactsQuery> Queries = typeof(Evaluator).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IFactsQuery).IsAssignableFrom(t))
        .Select(t => (IFactsQuery)Activator.CreateInstance(t)!)
        .ToList();

    /// <summary>Evaluates without storing anything (what-if and previews use this directly).</summary>
    public static async Task<EvaluationResult> EvaluateAsync(
        JicengDbContext db, DataScope scope, PolicyProfile profile, EvaluationContext context,
        IReadOnlyList<IRule>? rules = null, IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        rules ??= RuleCatalog.All;
        var families = rules.GroupBy(r => r.FactsType).ToList();
        var findings = new List<Finding>();
        var done = 0;
        // Rules read plain values: those in force on the day judged (a parameter may change value within a profile).
        var resolved = profile.At(context.AsOf);
        await using var session = await EvaluationSession.OpenAsync(db, ct);
        foreach (var family in families)
        {
            var query = Queries.FirstOrDefault(q => q.FactsType == family.Key)
                ?? throw new InvalidOperationException($"No facts query provides {family.Key.Name} (rules {string.Join(", ", family.Select(r => r.Id))}).");
            var facts = await query.LoadAsync(db, scope, context, ct);
            foreach (var rule in family)
            {
                // A rule can only see facts of the scope; the filter makes "never outside the scope" hold by construction too.
                var used = UsedParameters.Of(resolved, rule.Parameters);
                findings.AddRange(rule.Evaluate(facts, resolved, context).Where(f => scope.Contains(f.Subject.OrgUnitPath))
                    .Select(f => f with { Parameters = used }));
            }

            progress?.Report((++done, families.Count));
        }

        var ordered = findings
            .OrderBy(f => f.Clause).ThenBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Subject.OrgUnitPath, StringComparer.Ordinal)
            .ThenBy(f => f.Subject.Kind).ThenBy(f => f.Subject.Id).ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
        var run = new EvaluationRun
        {
            StartedAt = DateTime.UtcNow, Year = context.Year, AsOf = context.AsOf, ProfileName = profile.Name,
            ProfileEffectiveFrom = profile.EffectiveFrom, ScopeOrgUnitId = scope.OrgUnitId, ScopePath = scope.Path,
            DurationMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            Violations = ordered.Count(f => f.Severity == Severity.Violation),
            Warnings = ordered.Count(f => f.Severity == Severity.Warning),
            Infos = ordered.Count(f => f.Severity == Severity.Info),
        };
        return new EvaluationResult(run, ordered) { Rules = [.. rules.Select(r => r.Id)] };
    }

    /// <summary>
    /// Stores a run and reconciles the ledger with its findings in one transaction (<see cref="Ledger.FindingLedger"/>);
    /// returns the run with its id and its opened, resolved and reopened counts.
    /// </summary>
    public static async Task<EvaluationRun> SaveAsync(JicengDbContext db, EvaluationResult result, string trigger, CancellationToken ct = default)
    {
        // Townships inside the scope, or the one the scope lies in (a village scope).
        var scopePath = result.Run.ScopePath;
        var ancestors = scopePath.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var townships = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict)
            .Where(u => u.Path.StartsWith(scopePath) || ancestors.Contains(u.Id))
            .Select(u => u.Id).ToListAsync(ct);
        var townshipIds = townships.ToHashSet();

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        result.Run.Trigger = trigger;
        db.EvaluationRuns.Add(result.Run);
        await db.SaveChangesAsync(ct);
        await Ledger.FindingLedger.ReconcileAsync(db, result.Run, result.Findings, result.Rules, path => TownshipOf(path, townshipIds), ct);
        await tx.CommitAsync(ct);
        return result.Run;
    }

    /// <summary>Names findings' townships by their subject's path (for what-if tables); units above townships get <paramref name="above"/>.</summary>
    public static async Task<Func<string, string>> TownshipNamerAsync(JicengDbContext db, DataScope scope, string above, CancellationToken ct = default)
    {
        var townships = await db.OrgUnits.AsNoTracking().InScope(scope)
            .Where(u => u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict)
            .ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var ids = townships.Keys.ToHashSet();
        return path => TownshipOf(path, ids) is { } id ? townships[id] : above;
    }

    /// <summary>The township on a unit path (/1/2/3/township/village/), if any.</summary>
    public static int? TownshipOf(string path, IReadOnlySet<int> townshipIds)
    {
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && townshipIds.Contains(id))
            {
                return id;
            }
        }

        return null;
    }
}
