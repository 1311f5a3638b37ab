using System.Diagnostics;
using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using Jiceng.Data;
using Jiceng.Data.Demo;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Jiceng.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Bench;

/// <summary>
/// Updating the findings ledger after a run (<c>Evaluator.SaveAsync</c>: stage, then one statement per transition
/// family): the demo district's real findings, then a synthetic province-sized set — a first load into an empty
/// ledger, a churn run (some resolved, some new, some changed) and a run with nothing changed.
/// </summary>
internal static class LedgerBench
{
    private static readonly string[] Rules = ["R1.1", "R4.2", "R10.1"];

    public static async Task RunAsync(string? postgres, int provinceFindings)
    {
        await using (var db = await FreshDatabaseAsync(postgres, "district"))
        {
            await DistrictAsync(db);
        }

        await using (var db = await FreshDatabaseAsync(postgres, "province"))
        {
            await ProvinceAsync(db, provinceFindings);
        }
    }

    private static async Task DistrictAsync(JicengDbContext db)
    {
        await DemoSeeder.SeedAsync(db, DemoDistrictGenerator.Generate(DemoScale.District));
        var profile = ProfileLoader.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "policy", "default-2020.yaml")), "default").Profile!;
        var root = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.ParentId == null);
        var scope = new DataScope(root.Id, root.Path);
        var context = new EvaluationContext(2026, DemoDistrictGenerator.DataAsOf);
        var result = await Evaluator.EvaluateAsync(db, scope, profile, context);

        var first = await SaveAsync(db, result.Findings, scope, context);
        var times = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            times.Add(await SaveAsync(db, result.Findings, scope, context));
        }

        times.Sort();
        Print($"district ({Provider(db)}): {result.Findings.Count} findings; first load {first:0} ms; unchanged run median {times[3]:0} ms (min {times[0]:0}, max {times[^1]:0}) over 7; ledger rows {await db.Findings.CountAsync()}");
    }

    private static async Task ProvinceAsync(JicengDbContext db, int count)
    {
        var scope = new DataScope(1, "/1/");
        var context = new EvaluationContext(2026, new DateOnly(2026, 6, 30));
        var first = Synthesize(count, 0);

        // Churn between two runs: 5% resolved, 5% new, 5% with changed values (a tenth of those turn warning → violation).
        var step = count / 20;
        var churn = first.Skip(step).Select((f, i) => i < step ? f with { Measured = f.Measured + "+", Severity = i % 10 == 0 ? Severity.Violation : f.Severity } : f)
            .Concat(Synthesize(step, count)).ToList();

        var load = await SaveAsync(db, first, scope, context);
        var changed = 0.0;
        var run = await SaveWithRunAsync(db, churn, scope, context, ms => changed = ms);
        var steady = await SaveAsync(db, churn, scope, context);
        var rows = await db.Findings.CountAsync();
        var events = await db.FindingEvents.CountAsync();
        Print($"province-sized ({Provider(db)}): {count} findings over {count / 3} subjects; first load {load:0} ms; churn run {changed:0} ms " +
              $"(opened {run.Opened}, resolved {run.Resolved}, reopened {run.Reopened}, {step} changed values); unchanged run {steady:0} ms; ledger rows {rows}, events {events}");
    }

    /// <summary>Three rules' findings about count/3 cadres spread over 100 counties × 15 townships × 20 villages.</summary>
    private static List<Finding> Synthesize(int count, int offset) =>
        [.. Enumerable.Range(offset, count).Select(i =>
        {
            var subject = i / 3;
            var (county, township, village) = (2 + subject % 100, 1000 + subject % 1500, 100_000 + subject % 30_000);
            var path = string.Create(CultureInfo.InvariantCulture, $"/1/{county}/{township}/{village}/");
            var rule = Rules[i % 3];
            return new Finding(rule, 1, i % 4 == 0 ? Severity.Warning : Severity.Violation,
                new Subject(SubjectKind.Cadre, 1_000_000 + subject, $"C{subject}", $"干部{subject}", village, path), "2026",
                $"{i % 17}", "≤ 10", $"规则 {rule} 的合成问题 {i}", new DateOnly(2026, 12, 31), "");
        })];

    /// <returns>The time the save took, ms.</returns>
    private static async Task<double> SaveAsync(JicengDbContext db, IReadOnlyList<Finding> findings, DataScope scope, EvaluationContext context)
    {
        var ms = 0.0;
        await SaveWithRunAsync(db, findings, scope, context, elapsed => ms = elapsed);
        return ms;
    }

    private static async Task<EvaluationRun> SaveWithRunAsync(JicengDbContext db, IReadOnlyList<Finding> findings, DataScope scope, EvaluationContext context, Action<double> elapsed)
    {
        var run = new EvaluationRun
        {
            StartedAt = DateTime.UtcNow, Year = context.Year, AsOf = context.AsOf, ProfileName = "bench", ProfileEffectiveFrom = new DateOnly(2020, 1, 1),
            ScopeOrgUnitId = scope.OrgUnitId, ScopePath = scope.Path,
        };
        var sw = Stopwatch.StartNew();
        await Evaluator.SaveAsync(db, new EvaluationResult(run, findings) { Rules = Rules }, "bench");
        elapsed(sw.Elapsed.TotalMilliseconds);
        db.ChangeTracker.Clear();
        return run;
    }

    private static async Task<JicengDbContext> FreshDatabaseAsync(string? postgres, string name)
    {
        var options = postgres is null
            ? new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(Path.GetTempPath(), $"jiceng-bench-ledger-{name}-{Guid.NewGuid():N}.db")}" }
            : new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = postgres };
        var db = new JicengDbContext(DbContextOptionsFactory.Build(options, Jiceng.Data.Security.KeyRing.Generate(DateTimeOffset.UtcNow)));
        await db.Database.EnsureDeletedAsync();
        await DatabaseInitializer.MigrateAsync(db);
        return db;
    }

    private static string Provider(JicengDbContext db) => db.Database.IsNpgsql() ? "PostgreSQL" : "SQLite";

    private static void Print(string line) => Console.WriteLine(line);
}
