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

// Scenarios print each figure beside its limit (docs/quality-bars.md) and the ratio; times are medians of repeated runs.
var scenario = args.FirstOrDefault() ?? "evaluate-district";
switch (scenario)
{
    case "evaluate":
    {
        Jiceng.Bench.BenchOptions options;
        try
        {
            options = Jiceng.Bench.BenchOptions.Parse(args[1..]);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        await Jiceng.Bench.EvaluateBench.RunAsync(options, Console.Out);
        return 0;
    }
    case "evaluate-district":
        await EvaluateDistrictAsync(args.Length > 1 ? args[1] : null);
        break;
    case "ledger":
        await Jiceng.Bench.LedgerBench.RunAsync(args.Length > 1 && args[1] != "-" ? args[1] : null,
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 300_000);
        break;
    case "generate-district":
        Jiceng.Bench.SmallBenches.GenerateDistrict();
        break;
    case "perf":
        return await Jiceng.Bench.PerfBench.RunAsync(args);
    case "micro":
        return Jiceng.Bench.MicroBenches.Run(args[1..]);
    case "web-load":
        return await Jiceng.Bench.WebLoadBench.RunAsync(args[1..]);
    case "import-csv" or "import-xlsx":
    {
        Jiceng.Bench.BenchOptions options;
        try
        {
            options = Jiceng.Bench.BenchOptions.Parse(args[1..]);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        await Jiceng.Bench.ImportScaleBench.RunAsync(scenario[7..], options, Console.Out);
        return 0;
    }
    case "import-district":
        await Jiceng.Bench.ImportBench.RunAsync(args.Length > 1 ? args[1] : null);
        break;
    case "field-crypto":
        Jiceng.Bench.SmallBenches.FieldCrypto();
        break;
    default:
        Console.Error.WriteLine("scenarios: evaluate [--provider sqlite|postgres] [--scale district|region|province] [--postgres CONNECTION_STRING] [--runs N] | evaluate-district [POSTGRES_CONNECTION_STRING] | ledger [POSTGRES_CONNECTION_STRING|-] [FINDINGS] | generate-district | field-crypto | import-district [POSTGRES_CONNECTION_STRING] | import-csv|import-xlsx [--provider sqlite|postgres] [--scale district|province] [--rows N] [--postgres CONNECTION_STRING] | perf seed|measure|cold … | micro [BenchmarkDotNet arguments] | web-load [--provider sqlite|postgres] [--scale district|small] [--users 50] [--seconds 30] [--think-ms 1000]");
        return 2;
}

// Every scenario ends with its peak memory (evaluate prints it itself, last).
Jiceng.Bench.EvaluateBench.PeakRss(Console.Out);
return 0;

static async Task EvaluateDistrictAsync(string? postgres)
{
    var file = Path.Combine(Path.GetTempPath(), $"jiceng-bench-{Guid.NewGuid():N}.db");
    var options = postgres is null
        ? new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" }
        : new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = postgres };
    // A fresh key ring: the benchmark database is thrown away afterwards.
    await using var db = new JicengDbContext(DbContextOptionsFactory.Build(options, Jiceng.Data.Security.KeyRing.Generate(DateTimeOffset.UtcNow)));
    if (postgres is not null)
    {
        await db.Database.EnsureDeletedAsync();
    }

    await DatabaseInitializer.MigrateAsync(db);
    var seed = Stopwatch.StartNew();
    var data = DemoDistrictGenerator.Generate(DemoScale.District);
    await DemoSeeder.SeedAsync(db, data);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed district ({options.Provider}): {data.Cadres.Count} cadres, {data.Posts.Count} posts in {seed.ElapsedMilliseconds} ms"));

    var profile = ProfileLoader.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "policy", "default-2020.yaml")), "default").Profile!;
    var root = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.ParentId == null);
    var scope = new DataScope(root.Id, root.Path);
    var context = new EvaluationContext(2026, DemoDistrictGenerator.DataAsOf);
    await Evaluator.EvaluateAsync(db, scope, profile, context); // warm-up: JIT and query compilation

    var times = new List<double>();
    var findings = 0;
    for (var i = 0; i < 7; i++)
    {
        var sw = Stopwatch.StartNew();
        var result = await Evaluator.EvaluateAsync(db, scope, profile, context);
        times.Add(sw.Elapsed.TotalMilliseconds);
        findings = result.Findings.Count;
    }

    times.Sort();
    var median = times[times.Count / 2];
    const double limitMs = 1000;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"evaluate all rules, district ({options.Provider}): median {median:0} ms (min {times[0]:0}, max {times[^1]:0}) over 7 runs, {findings} findings; limit {limitMs:0} ms; ratio {median / limitMs:0.00}"));
    if (postgres is null)
    {
        await db.Database.CloseConnectionAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
