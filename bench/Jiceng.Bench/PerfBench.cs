using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using Jiceng.Data;
using Jiceng.Data.Demo;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Jiceng.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Jiceng.Bench;

/// <summary>
/// Evaluation at scale (docs/performance.md, "Evaluation at scale"): <c>perf seed TARGET FACTOR KEYFILE</c> seeds the demo
/// district and copies it FACTOR − 1 times beside itself (new ids, paths and codes, same records) in a throwaway database;
/// <c>perf measure TARGET KEYFILE [RUNS] [sql]</c> times each facts query alone, the aggregate pass, the whole evaluation and
/// the ledger save (medians). TARGET is a SQLite file or a PostgreSQL connection string (contains "Host=").
/// Not the project's province generator: a quick way to get province-like volumes from the district's shape.
/// </summary>
internal static class PerfBench
{
    /// <summary>Ids of copy k are the original's + k × Offset (every district table has fewer rows than this).</summary>
    private const int Offset = 1_000_000;

    /// <summary>Tables holding the district's records; the ledger, audit and identity tables are not copied.</summary>
    private static readonly string[] Tables =
    [
        "cadres", "terms", "term_seats", "post_assignments", "reserve_pool_memberships", "rank_assignments", "rank_quotas",
        "training_records", "establishment_quotas", "commendations", "candidate_pool_entries", "recruitment_positions",
        "dispatched_agencies", "agency_head_events", "secondments", "cadre_moves", "one_shoulder_exemptions", "transfer_wishes",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        switch (args.ElementAtOrDefault(1))
        {
            case "seed" when args.Length >= 5:
                await SeedAsync(args[2], int.Parse(args[3], CultureInfo.InvariantCulture), args[4]);
                return 0;
            case "measure" when args.Length >= 4:
                await MeasureAsync(args[2], args[3], args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 5, args.Contains("sql"));
                return 0;
            case "cold" when args.Length >= 4:
                await ColdAsync(args[2], args[3]);
                return 0;
            default:
                Console.Error.WriteLine("perf seed SQLITE_FILE|POSTGRES_CS FACTOR KEYFILE | perf measure SQLITE_FILE|POSTGRES_CS KEYFILE [RUNS] [sql] | perf cold SQLITE_FILE|POSTGRES_CS KEYFILE");
                return 2;
        }
    }

    private static JicengDbContext Open(string target, string keyFile, bool logSql = false)
    {
        var options = target.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            ? new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = target }
            : new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={target}" };
        var builder = new DbContextOptionsBuilder<JicengDbContext>();
        DbContextOptionsFactory.Configure(builder, options, KeyFile.LoadOrCreate(keyFile, TimeProvider.System, NullLogger.Instance));
        if (logSql)
        {
            builder.LogTo(Console.WriteLine, [DbLoggerCategory.Database.Command.Name], LogLevel.Information);
        }

        builder.EnableSensitiveDataLogging(logSql);
        return new JicengDbContext(builder.Options);
    }

    private static async Task SeedAsync(string target, int factor, string keyFile)
    {
        await using var db = Open(target, keyFile);
        await db.Database.EnsureDeletedAsync();
        await DatabaseInitializer.MigrateAsync(db);
        var sw = Stopwatch.StartNew();
        await DemoSeeder.SeedAsync(db, DemoDistrictGenerator.Generate(DemoScale.District));
        Console.WriteLine(Inv($"seeded the district in {sw.ElapsedMilliseconds} ms"));

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        // The district and everything under it is copied; the province and city above it are shared.
        var root = await db.OrgUnits.SingleAsync(u => u.ParentId == null);
        var district = await db.OrgUnits.Where(u => u.Kind == Jiceng.Core.Org.OrgUnitKind.District).SingleAsync();
        var shared = (await db.OrgUnits.Where(u => !u.Path.StartsWith(district.Path)).Select(u => u.Id).ToListAsync()).ToHashSet();
        var units = await db.OrgUnits.Where(u => u.Path.StartsWith(district.Path)).OrderBy(u => u.Id).ToListAsync();
        Console.WriteLine(Inv($"root {root.Path}, district {district.Path} ({district.Code}), {units.Count} units copied per copy"));

        var orgFks = OrgForeignKeys(db);
        for (var k = 1; k < factor; k++)
        {
            sw.Restart();
            await using var tx = await connection.BeginTransactionAsync();
            var off = k * Offset;
            foreach (var chunk in units.Chunk(200))
            {
                var sql = new StringBuilder("INSERT INTO org_units (\"Id\", \"Code\", \"Name\", \"Kind\", \"ParentId\", \"IsRemoteHardship\", \"Path\", \"SortOrder\") VALUES ");
                await using var cmd = connection.CreateCommand();
                cmd.Transaction = tx;
                for (var i = 0; i < chunk.Length; i++)
                {
                    var u = chunk[i];
                    var path = "/" + string.Join('/', u.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)
                        .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Select(id => shared.Contains(id) ? id : id + off)) + "/";
                    var parent = u.ParentId is { } p ? (shared.Contains(p) ? p : p + off) : (int?)null;
                    var code = Inv($"9{k:D3}") + u.Code[4..];
                    sql.Append(i == 0 ? "" : ", ").Append(Inv($"(@i{i}, @c{i}, @n{i}, {(int)u.Kind}, {parent?.ToString(CultureInfo.InvariantCulture) ?? "NULL"}, @h{i}, @p{i}, {u.SortOrder})"));
                    Add(cmd, $"@i{i}", u.Id + off);
                    Add(cmd, $"@c{i}", code);
                    Add(cmd, $"@n{i}", u.Name);
                    Add(cmd, $"@h{i}", u.IsRemoteHardship);
                    Add(cmd, $"@p{i}", path);
                }

                cmd.CommandText = sql.ToString();
                await cmd.ExecuteNonQueryAsync();
            }

            foreach (var table in Tables)
            {
                await using var cmd = connection.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = CopySql(db, table, off, orgFks, shared);
                await cmd.ExecuteNonQueryAsync();
            }

            await tx.CommitAsync();
            Console.WriteLine(Inv($"copy {k} of {factor - 1}: {sw.ElapsedMilliseconds} ms"));
        }

        await using (var analyze = connection.CreateCommand())
        {
            analyze.CommandText = "ANALYZE";
            await analyze.ExecuteNonQueryAsync();
        }

        Console.WriteLine(Inv($"cadres {await db.Cadres.CountAsync()}, posts {await db.PostAssignments.CountAsync()}, villages {await db.OrgUnits.CountAsync(u => u.Kind == Jiceng.Core.Org.OrgUnitKind.Village || u.Kind == Jiceng.Core.Org.OrgUnitKind.Community)}"));
    }

    /// <summary>Columns (table, column) that hold an org unit id: the shared units keep their id in every copy.</summary>
    private static HashSet<(string, string)> OrgForeignKeys(JicengDbContext db)
    {
        var set = new HashSet<(string, string)>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            foreach (var fk in entity.GetForeignKeys().Where(f => f.PrincipalEntityType.GetTableName() == "org_units"))
            {
                foreach (var p in fk.Properties)
                {
                    set.Add((entity.GetTableName()!, p.GetColumnName()));
                }
            }
        }

        return set;
    }

    /// <summary>INSERT … SELECT of one table's district rows with ids and references shifted by <paramref name="off"/>.</summary>
    private static string CopySql(JicengDbContext db, string table, int off, HashSet<(string, string)> orgFks, HashSet<int> shared)
    {
        var entity = db.Model.GetEntityTypes().Single(e => e.GetTableName() == table && e.FindOwnership() is null && e.BaseType is null);
        var storeObject = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var copiedFks = entity.GetForeignKeys().Where(f => f.PrincipalEntityType.GetTableName() is { } t && (Tables.Contains(t) || t == "org_units"))
            .SelectMany(f => f.Properties).Select(p => p.GetColumnName(storeObject)).ToHashSet();
        var sharedList = string.Join(", ", shared.Order());
        var columns = new List<string>();
        var values = new List<string>();
        var where = new List<string> { Inv($"\"Id\" < {Offset}") };
        foreach (var p in entity.GetProperties())
        {
            var column = p.GetColumnName(storeObject);
            if (column is null || columns.Contains(column))
            {
                continue;
            }

            columns.Add(Q(column));
            if (orgFks.Contains((table, column)))
            {
                values.Add(Inv($"CASE WHEN {Q(column)} IN ({sharedList}) THEN {Q(column)} ELSE {Q(column)} + {off} END"));
                if (!p.IsNullable)
                {
                    // A row kept at a shared unit (the city or province) would be a duplicate there.
                    where.Add(Inv($"{Q(column)} NOT IN ({sharedList})"));
                }
            }
            else if (p.IsPrimaryKey() || copiedFks.Contains(column))
            {
                values.Add(Inv($"{Q(column)} + {off}"));
            }
            else if (column == IdNumberMapping.IndexProperty)
            {
                // The blind index is unique; the copies are found through their ids, never by ID number.
                values.Add("NULL");
            }
            else
            {
                values.Add(Q(column));
            }
        }

        return $"INSERT INTO {Q(table)} ({string.Join(", ", columns)}) SELECT {string.Join(", ", values)} FROM {Q(table)} WHERE {string.Join(" AND ", where)}";
    }

    /// <summary>
    /// What a fresh <c>jiceng evaluate</c> process pays before and during its first evaluation: the EF model build (first
    /// use of a context), the first query, then the first evaluation (every facts query translated and compiled once) and
    /// a second one (compiled queries cached). Run it in a new process each time.
    /// </summary>
    private static async Task ColdAsync(string target, string keyFile)
    {
        var sw = Stopwatch.StartNew();
        await using var db = Open(target, keyFile);
        _ = db.Model;
        var model = sw.Elapsed.TotalMilliseconds;
        var root = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.ParentId == null);
        var first = sw.Elapsed.TotalMilliseconds;
        var profile = ProfileLoader.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "policy", "default-2020.yaml")), "default").Profile!;
        var scope = new DataScope(root.Id, root.Path);
        var context = new EvaluationContext(2026, DemoDistrictGenerator.DataAsOf);
        var before = sw.Elapsed.TotalMilliseconds;
        await Evaluator.EvaluateAsync(db, scope, profile, context);
        var cold = sw.Elapsed.TotalMilliseconds - before;
        before = sw.Elapsed.TotalMilliseconds;
        await Evaluator.EvaluateAsync(db, scope, profile, context);
        var warm = sw.Elapsed.TotalMilliseconds - before;
        Console.WriteLine(Inv($"model build {model:0} ms; first query done at {first:0} ms; first evaluation {cold:0} ms; second evaluation {warm:0} ms"));
    }

    private static async Task MeasureAsync(string target, string keyFile, int runs, bool logSql)
    {
        await using var db = Open(target, keyFile, logSql);
        var provider = db.Database.IsNpgsql() ? "PostgreSQL" : "SQLite";
        var profile = ProfileLoader.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "policy", "default-2020.yaml")), "default").Profile!;
        var root = await db.OrgUnits.SingleAsync(u => u.ParentId == null);
        var scope = new DataScope(root.Id, root.Path);
        var context = new EvaluationContext(2026, DemoDistrictGenerator.DataAsOf);
        var cadres = await db.Cadres.CountAsync();
        Console.WriteLine(Inv($"{provider}: {cadres} cadres; runs {runs} (medians)"));

        var queries = typeof(Evaluator).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IFactsQuery).IsAssignableFrom(t))
            .Select(t => (IFactsQuery)Activator.CreateInstance(t)!)
            .OrderBy(q => q.GetType().Name, StringComparer.Ordinal)
            .ToList();
        var sum = 0.0;
        foreach (var query in queries)
        {
            var rows = 0;
            var ms = await MedianAsync(runs, async () => rows = await query.LoadAsync(db, scope, context, default) is System.Collections.ICollection c ? c.Count : -1);
            sum += ms;
            Console.WriteLine(Inv($"  facts {query.GetType().Name,-34} {ms,8:0} ms  {rows,8} rows"));
        }

        Console.WriteLine(Inv($"  facts queries, sum of medians       {sum,8:0} ms"));
        var aggregate = await MedianAsync(runs, () => AggregatePassAsync(db));
        Console.WriteLine(Inv($"  aggregate pass (GROUP BY per record table) {aggregate,8:0} ms"));

        var findings = 0;
        var evaluate = await MedianAsync(runs, async () => findings = (await Evaluator.EvaluateAsync(db, scope, profile, context)).Findings.Count);
        Console.WriteLine(Inv($"  evaluate all rules                  {evaluate,8:0} ms  {findings,8} findings; ratio to aggregate {evaluate / aggregate:0.00}"));

        var result = await Evaluator.EvaluateAsync(db, scope, profile, context);
        var save = await MedianAsync(Math.Min(runs, 3), async () =>
        {
            await Evaluator.SaveAsync(db, result with { Run = new EvaluationRun
            {
                StartedAt = DateTime.UtcNow, Year = context.Year, AsOf = context.AsOf, ProfileName = profile.Name,
                ProfileEffectiveFrom = profile.EffectiveFrom, ScopeOrgUnitId = scope.OrgUnitId, ScopePath = scope.Path,
            } }, "bench");
            db.ChangeTracker.Clear();
        });
        Console.WriteLine(Inv($"  save to the ledger (unchanged run)  {save,8:0} ms"));
        Console.WriteLine(Inv($"  peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB"));
    }

    /// <summary>
    /// The yardstick of the bars: one aggregate pass, per-cadre counts and sums by kind, one GROUP BY over each record
    /// table the rules read, every row read back.
    /// </summary>
    private static async Task<int> AggregatePassAsync(JicengDbContext db)
    {
        string[] sql =
        [
            "SELECT \"CadreId\", \"Kind\", COUNT(*), SUM(\"IsLeadershipTeamMember\"::int) FROM post_assignments GROUP BY \"CadreId\", \"Kind\"",
            "SELECT \"CadreId\", \"Kind\", COUNT(*), SUM(\"Days\") FROM training_records GROUP BY \"CadreId\", \"Kind\"",
            "SELECT \"CadreId\", \"RankCode\", COUNT(*), SUM(\"Ordinal\") FROM rank_assignments GROUP BY \"CadreId\", \"RankCode\"",
            "SELECT \"CadreId\", \"OrgUnitId\", COUNT(*), SUM(\"Version\") FROM reserve_pool_memberships GROUP BY \"CadreId\", \"OrgUnitId\"",
            "SELECT \"CadreId\", \"Kind\", COUNT(*), SUM(\"Level\") FROM commendations GROUP BY \"CadreId\", \"Kind\"",
            "SELECT \"CadreId\", \"Source\", COUNT(*), SUM(\"Version\") FROM candidate_pool_entries GROUP BY \"CadreId\", \"Source\"",
            "SELECT \"CadreId\", \"Level\", COUNT(*), SUM(\"Destination\") FROM secondments GROUP BY \"CadreId\", \"Level\"",
            "SELECT \"CadreId\", \"Kind\", COUNT(*), SUM(\"Status\") FROM cadre_moves GROUP BY \"CadreId\", \"Kind\"",
            "SELECT \"OrgUnitId\", \"Category\", COUNT(*), SUM(\"Sex\") FROM cadres GROUP BY \"OrgUnitId\", \"Category\"",
        ];
        var postgres = db.Database.IsNpgsql();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var rows = 0;
        foreach (var s in sql)
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = postgres ? s : s.Replace("::int", "", StringComparison.Ordinal);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows++;
            }
        }

        await db.Database.CloseConnectionAsync();
        return rows;
    }

    private static async Task<double> MedianAsync(int runs, Func<Task> action)
    {
        await action(); // warm-up: query compilation, caches
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            await action();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }

    private static string Q(string name) => $"\"{name}\"";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
