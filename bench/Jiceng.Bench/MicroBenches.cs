using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Jiceng.Core.Cadres;
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
/// <c>micro</c>: BenchmarkDotNet over the hot pure code, in process (no generated projects, nothing downloaded):
/// every built rule over the demo district's facts, and ID-number validation. Arguments after <c>micro</c> go to
/// BenchmarkDotNet (e.g. <c>--filter *Rules*</c>, <c>--job short</c>).
/// </summary>
internal static class MicroBenches
{
    public static int Run(string[] args)
    {
        // In process: no generated project to build (this machine restores packages from a local registry only).
        string[] arguments = ["--inProcess", .. args.Length == 0 ? ["--filter", "*"] : args];
        var summaries = BenchmarkSwitcher.FromTypes([typeof(RulesOverFacts), typeof(IdNumbers)]).Run(arguments, DefaultConfig.Instance);
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }
}

/// <summary>The pure half of an evaluation: every built rule over facts already loaded from the demo district.</summary>
[MemoryDiagnoser]
public class RulesOverFacts
{
    private readonly Dictionary<Type, object> _facts = [];
    private PolicyProfile _profile = null!;
    private EvaluationContext _context = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"jiceng-micro-{Guid.NewGuid():N}.db");
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" };
        await using (var db = new JicengDbContext(DbContextOptionsFactory.Build(options, Jiceng.Data.Security.KeyRing.Generate(DateTimeOffset.UtcNow))))
        {
            await DatabaseInitializer.MigrateAsync(db);
            await DemoSeeder.SeedAsync(db, DemoDistrictGenerator.Generate(DemoScale.District));
            var profile = ProfileLoader.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "policy", "default-2020.yaml")), "default").Profile!;
            _context = new EvaluationContext(2026, DemoDistrictGenerator.DataAsOf);
            _profile = profile.At(_context.AsOf);
            var root = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.ParentId == null);
            var scope = new DataScope(root.Id, root.Path);
            var queries = typeof(IFactsQuery).Assembly.GetTypes()
                .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IFactsQuery).IsAssignableFrom(t))
                .Select(t => (IFactsQuery)Activator.CreateInstance(t)!);
            foreach (var query in queries.Where(q => RuleCatalog.All.Any(r => r.FactsType == q.FactsType)))
            {
                _facts[query.FactsType] = await query.LoadAsync(db, scope, _context, CancellationToken.None);
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    [Benchmark(Description = "all built rules over the district's facts")]
    public int AllRules()
    {
        var count = 0;
        foreach (var rule in RuleCatalog.All)
        {
            count += rule.Evaluate(_facts[rule.FactsType], _profile, _context).Count();
        }

        return count;
    }
}

/// <summary>ID-number validation (MOD 11-2, region, birth date) as every import row and form save does it.</summary>
[MemoryDiagnoser]
public class IdNumbers
{
    private string[] _numbers = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2020);
        _numbers = Enumerable.Range(0, 5000).Select(_ =>
        {
            var first17 = "140603" + new DateOnly(1960, 1, 1).AddDays(random.Next(0, 15000)).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)
                + random.Next(0, 1000).ToString("000", System.Globalization.CultureInfo.InvariantCulture);
            return first17 + IdCardNumber.CheckCharacter(first17);
        }).ToArray();
    }

    [Benchmark(Description = "validate 5,000 ID numbers")]
    public int Validate()
    {
        var valid = 0;
        foreach (var n in _numbers)
        {
            if (IdCardNumber.TryParse(n, out _, out _))
            {
                valid++;
            }
        }

        return valid;
    }
}
