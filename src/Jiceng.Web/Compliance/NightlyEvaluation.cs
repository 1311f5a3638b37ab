using Jiceng.Core.Common;
using Jiceng.Data;
using Jiceng.Data.Engine;
using Jiceng.Data.Engine.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Web.Compliance;

/// <summary>
/// Re-evaluates the whole jurisdiction every night at 02:00 China time, and once at start when the current year has
/// no run yet, so the dashboard always has a recent judgment. Disabled with <c>Compliance:Nightly=false</c>. After the
/// run, the ledger's value changes of findings resolved more than <c>Compliance:LedgerRetentionDays</c> days ago
/// (default 365) are purged.
/// </summary>
public sealed class NightlyEvaluation(EvaluationService evaluations, IDbContextFactory<JicengDbContext> dbFactory, TimeProvider clock,
    IConfiguration config, ILogger<NightlyEvaluation> logger) : BackgroundService
{
    public static readonly TimeOnly RunAt = new(2, 0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue("Compliance:Nightly", true))
        {
            return;
        }

        // SQLite calls complete synchronously: yield first so the host starts serving instead of waiting for this run.
        await Task.Yield();

        try
        {
            await EvaluateIfMissingAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(UntilNextRun(clock.GetUtcNow()), clock, stoppingToken);
                await EvaluateAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Time from <paramref name="now"/> to the next 02:00 in China (UTC+8).</summary>
    public static TimeSpan UntilNextRun(DateTimeOffset now)
    {
        var local = now.ToOffset(ChinaTime.Offset);
        var next = new DateTimeOffset(local.Date.Add(RunAt.ToTimeSpan()), ChinaTime.Offset);
        if (next <= local)
        {
            next = next.AddDays(1);
        }

        return next - local;
    }

    private async Task EvaluateIfMissingAsync(CancellationToken ct)
    {
        var scope = await evaluations.RootScopeAsync(ct);
        if (scope is null)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await FindingQueries.LatestRunAsync(db, scope, ChinaTime.Today(clock).Year, ct) is null)
        {
            await EvaluateAsync(ct);
        }
    }

    private async Task PurgeAsync(CancellationToken ct)
    {
        var days = Math.Max(0, config.GetValue("Compliance:LedgerRetentionDays", LedgerRetention.DefaultDays));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var purged = await LedgerRetention.PurgeAsync(db, ChinaTime.Today(clock), days, ct);
        logger.LogInformation("Ledger retention: {Purged} value changes of findings resolved over {Days} days ago purged.", purged, days);
    }

    private async Task EvaluateAsync(CancellationToken ct)
    {
        try
        {
            if (await evaluations.RootScopeAsync(ct) is { } scope)
            {
                await evaluations.RunAsync(scope, ChinaTime.Today(clock).Year, "nightly", ct);
                await PurgeAsync(ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed night must not stop the next one; the error is logged for the operator.
            logger.LogError(ex, "Nightly evaluation failed.");
        }
    }
}
