using Jiceng.Data;
using Jiceng.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using DbException = System.Data.Common.DbException;

namespace Jiceng.Web.Audit;

/// <summary>
/// Appends the audit chain's head to the anchor file every <see cref="AuditOptions.AnchorIntervalMinutes"/> and at
/// shutdown. A head that no longer holds the last mark (tail cut off) is not anchored but logged as an error.
/// </summary>
public sealed class AuditAnchorService(
    IDbContextFactory<JicengDbContext> dbFactory, IServiceProvider services, TimeProvider clock, IOptions<AuditOptions> options,
    ILogger<AuditAnchorService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.AnchorIntervalMinutes)), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await AnchorAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the final mark is written in StopAsync.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await AnchorAsync(cancellationToken);
    }

    private async Task AnchorAsync(CancellationToken ct)
    {
        // Resolved here, not at construction: a bad key file must stop the start in the start-up tasks, as before.
        AuditAnchorFile? anchor = null;
        try
        {
            anchor = services.GetRequiredService<AuditAnchorFile>();
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await AuditAnchoring.AnchorAsync(db, anchor, clock, ct) is { } problem)
            {
                logger.LogError("The audit chain was not anchored: {Problem} (run jiceng audit verify).", problem);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbException or InvalidOperationException or Data.Security.KeyRingException)
        {
            logger.LogError(e, "The audit chain head could not be anchored in {AnchorFile}.", anchor?.Path);
        }
    }
}
