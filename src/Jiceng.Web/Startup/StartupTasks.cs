using Jiceng.Data;
using Jiceng.Data.Demo;
using Jiceng.Data.Storage;

namespace Jiceng.Web.Startup;

/// <summary>
/// Runs before the server accepts requests (hosted services start first): migrate; on an empty database seed the
/// demo district with its ledger history and create its demo accounts, or, with the demo off, create the three administrators (see
/// <see cref="FirstStart"/>). As a hosted service it runs the same under tests and <c>jiceng serve</c>.
/// </summary>
public sealed class StartupTasks(IServiceProvider services, IConfiguration config, ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Before anything opens the database: refuse files that other local users can read.
        DataLocations.CheckFileModes(services.GetRequiredService<DatabaseOptions>(), config, problem => logger.LogWarning("{Problem}", problem));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        await DatabaseInitializer.MigrateAsync(db, cancellationToken);
        await Data.Audit.AuditChainKeying.RunAsync(db, scope.ServiceProvider.GetRequiredService<Data.Audit.AuditAnchorFile>(), cancellationToken);
        await DemoAccounts.EnsureRolesAsync(scope.ServiceProvider);

        if (config.GetValue("Demo:SeedOnEmpty", true) && await DemoSeeder.IsEmptyAsync(db, cancellationToken))
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var data = DemoDistrictGenerator.Generate(config.GetValue("Demo:Scale", DemoScale.District));
            await DemoSeeder.SeedAsync(db, data, ct: cancellationToken);
            // The ledger's past: evaluations at month ends of the data year and what people did about them.
            var history = await DemoHistory.WriteAsync(db, services.GetRequiredService<Compliance.PolicyProfiles>().InForceOn, cancellationToken);
            logger.LogInformation("Seeded the demo district: {Units} org units, {Cadres} cadres, {Runs} evaluations of its history in {Elapsed}.",
                data.OrgUnits.Count, data.Cadres.Count, history.Runs, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            var accounts = await DemoAccounts.CreateAsync(scope.ServiceProvider, cancellationToken);
            DemoAccounts.Print(accounts);
        }
        else if (!config.GetValue("Demo:SeedOnEmpty", true))
        {
            await FirstStart.BootstrapAsync(scope.ServiceProvider, config, logger, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
