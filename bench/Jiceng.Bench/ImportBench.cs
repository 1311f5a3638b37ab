using System.Diagnostics;
using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Demo;
using Jiceng.Data.Exchange;
using Jiceng.Data.Scope;
using Jiceng.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Bench;

/// <summary>
/// <c>import-district</c>: a district roster of 3,000 new cadres as an xlsx template file, imported end to end
/// (hash, guard, stream-read, validate every row, upsert in one transaction, batch and audit) into the seeded demo
/// district; then the same file again (every row unchanged). Limit: 5 s for the roster (docs/data-exchange.md).
/// </summary>
internal static class ImportBench
{
    private const int Cadres = 3000;
    private const double LimitMs = 5000;

    public static async Task RunAsync(string? postgres)
    {
        var first = new List<double>();
        var again = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            var file = Path.Combine(Path.GetTempPath(), $"jiceng-bench-import-{Guid.NewGuid():N}.db");
            var options = postgres is null
                ? new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" }
                : new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = postgres };
            await using (var db = new JicengDbContext(DbContextOptionsFactory.Build(options, Jiceng.Data.Security.KeyRing.Generate(DateTimeOffset.UtcNow))))
            {
                if (postgres is not null)
                {
                    await db.Database.EnsureDeletedAsync();
                }

                await DatabaseInitializer.MigrateAsync(db);
                await DemoSeeder.SeedAsync(db, DemoDistrictGenerator.Generate(DemoScale.District));
                var units = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.Village)
                    .Select(u => new { u.Code, u.Name }).ToListAsync();
                var rows = Enumerable.Range(0, Cadres).Select(i =>
                {
                    var birth = new DateOnly(1965, 1, 1).AddDays(i * 3);
                    var first17 = $"110101{birth:yyyyMMdd}{(i % 2 == 0 ? 111 : 112)}";
                    var unit = units[i % units.Count];
                    return (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
                    {
                        ["idNumber"] = first17 + IdCardNumber.CheckCharacter(first17), ["name"] = $"测试{i}", ["sexCode"] = i % 2 == 0 ? "男" : "女",
                        ["birthDate"] = birth, ["ethnicityCode"] = "01 汉族", ["politicalStatusCode"] = "01 中共党员", ["educationCode"] = "21",
                        ["category"] = "村（社区）干部", ["orgUnitCode"] = unit.Code, ["orgUnitName"] = unit.Name, ["joinedWorkOn"] = birth.AddYears(20),
                    };
                }).ToList();
                using var xlsx = new MemoryStream();
                ImportTemplate.Write(ImportKinds.Create("cadres")!, xlsx, rows);
                var root = (await DataScopeQueries.RootAsync(db))!;
                var request = new ImportRequest("district-roster.xlsx", Commit: true) { Today = DemoDistrictGenerator.DataAsOf, UserName = "bench" };

                var sw = Stopwatch.StartNew();
                var created = await ImportService.RunAsync(db, root, ImportKinds.Create("cadres")!, xlsx, request);
                first.Add(sw.Elapsed.TotalMilliseconds);
                if (created.Created != Cadres)
                {
                    throw new InvalidOperationException($"expected {Cadres} created, got {created.Created}: {string.Join("; ", created.Errors.Take(5))}");
                }

                db.ChangeTracker.Clear();
                sw.Restart();
                var unchanged = await ImportService.RunAsync(db, root, ImportKinds.Create("cadres")!, xlsx, request);
                again.Add(sw.Elapsed.TotalMilliseconds);
                if (unchanged.Unchanged != Cadres)
                {
                    throw new InvalidOperationException($"expected {Cadres} unchanged, got {unchanged.Unchanged}");
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run + 1}: xlsx {xlsx.Length / 1024} KB, new {first[^1]:0} ms, again {again[^1]:0} ms"));
            }

            if (postgres is null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                File.Delete(file);
            }
        }

        first.Sort();
        again.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"import {Cadres} cadres from xlsx, new ({(postgres is null ? "Sqlite" : "Postgres")}): median {first[1]:0} ms (min {first[0]:0}, max {first[2]:0}); limit {LimitMs:0} ms; ratio {first[1] / LimitMs:0.00}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"import the same file again (all unchanged): median {again[1]:0} ms (min {again[0]:0}, max {again[2]:0}); limit {LimitMs:0} ms; ratio {again[1] / LimitMs:0.00}"));
    }
}
