using System.Diagnostics;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using Jiceng.Core.Policy.Cases;
using Jiceng.Data.Engine;

namespace Jiceng.Data.PolicyCases;

/// <summary>
/// Runs policy case files (docs/policy-cases.md) against a profile: each case in its own throw-away in-memory SQLite
/// database, its records created through the API's command services, judged by <see cref="Evaluator"/> with the
/// rules it names under the profile plus its overrides, and compared by <see cref="CaseComparison"/>. Never touches
/// a real database; never throws for a bad file or case (problems and differences say what is wrong).
/// </summary>
public static class PolicyCaseRunner
{
    /// <param name="files">Each file's source name (for messages) and YAML text.</param>
    /// <param name="profile">The profile under test; each case's <c>parameters</c> override it for that case only.</param>
    public static async Task<PolicyCaseRun> RunAsync(IEnumerable<(string Source, string Yaml)> files, PolicyProfile profile, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        var loaded = files.Select(f => (f.Source, Result: CaseFileLoader.Load(f.Yaml, f.Source))).ToList();
        // Only cases that judge rules need the database; calculator amounts are pure.
        var database = loaded.Any(f => f.Result.Succeeded && f.Result.Cases.Any(c => c.Expect.Rules.Count > 0)) ? await CaseDatabase.SharedAsync(ct) : null;

        // Cases are independent (each has its own copy of the template), so they run side by side, one per core;
        // the results keep the files' order.
        using var slots = new SemaphoreSlim(Math.Max(1, Environment.ProcessorCount));
        var runs = loaded.Select(f => f.Result.Succeeded
            ? f.Result.Cases.Select(c => RunInSlotAsync(slots, database, c, profile, ct)).ToList()
            : []).ToList();
        var results = new List<CaseFileResult>();
        for (var i = 0; i < loaded.Count; i++)
        {
            var (source, result) = loaded[i];
            results.Add(result.Succeeded
                ? new CaseFileResult(source, [], await Task.WhenAll(runs[i]))
                : new CaseFileResult(source, result.Problems, []));
        }

        return new PolicyCaseRun(profile.Name, results, Stopwatch.GetElapsedTime(started));
    }

    private static async Task<CaseResult> RunInSlotAsync(SemaphoreSlim slots, CaseDatabase? database, PolicyCase c, PolicyProfile profile, CancellationToken ct)
    {
        await slots.WaitAsync(ct);
        try
        {
            // Off the caller's thread: a case's synchronous parts (SQLite, hashing) must not serialise the others.
            return await Task.Run(() => RunCaseAsync(database, c, profile, ct), ct);
        }
        finally
        {
            slots.Release();
        }
    }

    private static async Task<CaseResult> RunCaseAsync(CaseDatabase? database, PolicyCase c, PolicyProfile profile, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        IReadOnlyList<CaseFinding> found = [];
        IReadOnlyList<CaseAmount> amounts = [];
        IReadOnlyList<CaseDifference> differences = [];
        try
        {
            if (c.Expect.Amounts.Count > 0)
            {
                // Calculators are pure: no records, no database.
                (amounts, var amountDifferences) = CaseAmounts.Compare(c.Expect.Amounts, profile.With(c.Overrides));
                differences = amountDifferences;
            }

            if (c.Expect.Rules.Count > 0)
            {
                var judged = new List<CaseFinding>();
                differences = [.. differences, .. await JudgeAsync(database!, c, profile, judged, ct)];
                found = judged;
            }
        }
#pragma warning disable CA1031 // One broken case must not hide the results of the others: it fails with the reason.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            differences = [new CaseDifference(CaseDifferenceKind.Error, $"用例无法运行：{ex.GetType().Name}：{ex.Message}", c.At)];
        }

        return new CaseResult(c.Source, c.Name, c.At, differences.Count == 0, differences, found, Stopwatch.GetElapsedTime(started)) { Amounts = amounts };
    }

    /// <summary>Writes the case's records into a copy of the template and judges the rules it names; the findings go into <paramref name="found"/>.</summary>
    private static async Task<IReadOnlyList<CaseDifference>> JudgeAsync(CaseDatabase database, PolicyCase c, PolicyProfile profile, List<CaseFinding> found, CancellationToken ct)
    {
        IReadOnlyList<CaseDifference> differences;
        await using (var db = await database.CopyAsync(ct))
        {
            var writer = new CaseRecordWriter(db, database.District, ChinaTime.Today(TimeProvider.System)) { Profile = profile.With(c.Overrides) };
            if (await writer.WriteAsync(c.Records, ct) is { } refusal)
            {
                differences = [refusal];
            }
            else
            {
                var rules = c.Expect.Rules.Select(id => RuleCatalog.Find(id)!).ToList();
                var context = new EvaluationContext(c.Year, c.JudgedOn);
                var evaluation = await Evaluator.EvaluateAsync(db, database.District, profile.With(c.Overrides), context, rules, ct: ct);
                found.AddRange(evaluation.Findings.Select(writer.Translate));
                differences = CaseComparison.Compare(c.Expect, found);
            }
        }

        return differences;
    }
}
