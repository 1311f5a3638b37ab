using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Data;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Web.Compliance;

/// <summary>
/// Evaluates and stores a run for a scope and year under the profile in force on the evaluation day. Runs are
/// serialised (one at a time) so a nightly run and a click on "重新评估" do not compete for the database.
/// </summary>
public sealed class EvaluationService(IDbContextFactory<JicengDbContext> dbFactory, PolicyProfiles profiles, TimeProvider clock, ILogger<EvaluationService> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<EvaluationRun> RunAsync(DataScope scope, int year, string trigger, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var context = EvaluationContext.ForYear(year, ChinaTime.Today(clock));
            var profile = profiles.InForceOn(context.AsOf);
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var result = await Evaluator.EvaluateAsync(db, scope, profile, context, ct: ct);
            var run = await Evaluator.SaveAsync(db, result, trigger, ct);
            logger.LogInformation("Evaluated {Year} as of {AsOf} for {Scope}: {Violations} violations, {Warnings} warnings in {Ms} ms ({Trigger}); ledger: {Opened} opened, {Resolved} resolved, {Reopened} reopened.",
                // Logging formats values invariantly (MM/dd/yyyy for a date); logs, like pages, say yyyy-MM-dd.
                year, context.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), scope.Path, run.Violations, run.Warnings, run.DurationMs, trigger,
                run.Opened, run.Resolved, run.Reopened);
            return run;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The root of the org tree: the scope of the nightly run, which serves every user's dashboard.</summary>
    public async Task<DataScope?> RootScopeAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await DataScopeQueries.RootAsync(db, ct);
    }
}
