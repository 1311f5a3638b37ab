using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Org;
using Jiceng.Core.Policy;
using Jiceng.Data;
using Jiceng.Data.Demo;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Jiceng.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Jiceng.Bench;

/// <summary>Where and how big: the options of the <c>evaluate</c> scenario.</summary>
public sealed record BenchOptions(DatabaseProvider Provider, ProvinceScale Scale, string? Postgres, int Runs, int? Rows = null)
{
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var provider = DatabaseProvider.Sqlite;
        var scale = ProvinceScale.District;
        var postgres = Environment.GetEnvironmentVariable("JICENG_BENCH_POSTGRES") is { Length: > 0 } b ? b : Environment.GetEnvironmentVariable("JICENG_TEST_POSTGRES");
        int? runs = null;
        int? rows = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--provider":
                    provider = value switch
                    {
                        "sqlite" => DatabaseProvider.Sqlite,
                        "postgres" => DatabaseProvider.Postgres,
                        _ => throw new ArgumentException($"--provider sqlite|postgres, not {value}"),
                    };
                    break;
                case "--scale":
                    scale = Enum.Parse<ProvinceScale>(value, ignoreCase: true);
                    break;
                case "--postgres":
                    postgres = value;
                    break;
                case "--runs":
                    runs = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--rows":
                    rows = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new ArgumentException($"unknown option {args[i]}");
            }

            i++;
        }

        if (provider == DatabaseProvider.Postgres && string.IsNullOrEmpty(postgres))
        {
            throw new ArgumentException("--provider postgres needs --postgres CONNECTION_STRING (or JICENG_BENCH_POSTGRES): a server where the benchmark may create a database");
        }

        return new BenchOptions(provider, scale, postgres, runs ?? (scale == ProvinceScale.Province ? 3 : 5), rows);
    }
}

/// <summary>
/// Scenario <c>evaluate</c> (docs/performance.md): seeds the scale's province data through the bulk path into a fresh
/// database, then times the evaluation of every rule at the root (the whole dataset) against its limit measured in the
/// same run — one aggregate pass (per-owner counts and sums by kind, one GROUP BY) over the same record tables.
/// </summary>
public static class EvaluateBench
{
    /// <summary>The record tables the evaluation reads; each row is counted for its cadre (or unit, or term).</summary>

    public static async Task RunAsync(BenchOptions options, TextWriter output, CancellationToken ct = default)
    {
        await using var database = await BenchDatabase.CreateAsync(options);
        var statements = new StatementLog();
        await using var db = database.NewContext(statements);
        await DatabaseInitializer.MigrateAsync(db, ct);

        var seedClock = Stopwatch.StartNew();
        var lastReport = 0L;
        var progress = new Progress<(int Done, int Total, long Rows)>(p =>
        {
            // A progress line on stderr at most every 5 s (the figures on stdout stay clean).
            if (seedClock.ElapsedMilliseconds - lastReport >= 5000 || p.Done == p.Total)
            {
                lastReport = seedClock.ElapsedMilliseconds;
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"seed [{new string('#', p.Done * 30 / Math.Max(1, p.Total)),-30}] {p.Done}/{p.Total} districts, {p.Rows:N0} rows, {seedClock.Elapsed.TotalSeconds:0} s"));
            }
        });
        var seeded = await DemoProvinceSeeder.SeedAsync(db, options.Scale, progress: progress, ct: ct);
        var seedSeconds = seedClock.Elapsed.TotalSeconds;
        Info(output, $"seed {options.Scale} ({options.Provider}): {seeded.Districts} districts, {seeded.OrgUnits} units, {seeded.Cadres} cadres, {seeded.Rows} rows in {seedSeconds:0.0} s = {seeded.Rows / seedSeconds:0} rows/s");
        if (options.Provider == DatabaseProvider.Postgres)
        {
            await using var analyze = db.Database.GetDbConnection().CreateCommand();
            await db.Database.OpenConnectionAsync(ct);
            analyze.CommandText = "ANALYZE";
            await analyze.ExecuteNonQueryAsync(ct);
            await db.Database.CloseConnectionAsync();
        }

        var profile = ProfileLoader.Load(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "policy", "default-2020.yaml"), ct), "default").Profile!;
        var root = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.ParentId == null, ct);
        var scope = new DataScope(root.Id, root.Path);
        var context = new EvaluationContext(2026, DemoDistrictGenerator.DataAsOf);

        // One warm-up of each (JIT, query compilation, the database's cache), then alternating timed runs. The warm-up
        // evaluation's statements name the tables it reads: the aggregate pass reads the same tables.
        statements.Start();
        var findings = (await Evaluator.EvaluateAsync(db, scope, profile, context, ct: ct)).Findings.Count;
        var tables = TablesRead(db.Model, statements.Stop());
        if (tables.Count < 2)
        {
            throw new InvalidOperationException($"The evaluation's statements name {tables.Count} tables of the model: the table finder no longer matches the SQL.");
        }

        var aggregateSql = AggregateSql(db.Model, tables);
        var groups = await AggregateAsync(db, aggregateSql, ct);
        var evaluate = new List<double>();
        var aggregate = new List<double>();
        for (var i = 0; i < options.Runs; i++)
        {
            var sw = Stopwatch.StartNew();
            await Evaluator.EvaluateAsync(db, scope, profile, context, ct: ct);
            evaluate.Add(sw.Elapsed.TotalSeconds);
            db.ChangeTracker.Clear();
            sw.Restart();
            await AggregateAsync(db, aggregateSql, ct);
            aggregate.Add(sw.Elapsed.TotalSeconds);
        }

        var evaluateMedian = Median(evaluate);
        var aggregateMedian = Median(aggregate);
        Info(output, $"evaluate at {root.Name} ({options.Provider}): {findings} findings ({seeded.Planted.Count} planted); median {evaluateMedian:0.000} s of {options.Runs} (min {evaluate.Min():0.000}, max {evaluate.Max():0.000})");
        Info(output, $"aggregate pass ({options.Provider}): {groups} groups over the {tables.Count} tables the evaluation read; median {aggregateMedian:0.000} s of {options.Runs} (min {aggregate.Min():0.000}, max {aggregate.Max():0.000})");

        var bar = options.Provider == DatabaseProvider.Postgres ? 2.0 : 3.0;
        Figures.Ratio(output, "evaluate", evaluateMedian, aggregateMedian, bar);
        Figures.Ratio(output, "evaluate-seconds", evaluateMedian, 60, 1);
        PeakRss(output);
    }

    /// <summary>The figure line of the peak resident set of this process (every scenario ends with it).</summary>
    public static void PeakRss(TextWriter output)
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Figures.Ratio(output, "peak-rss-mb", self.PeakWorkingSet64 / 1024.0 / 1024.0, 1536, 1);
    }


    private static void Info(TextWriter output, FormattableString line) => output.WriteLine("info: " + line.ToString(CultureInfo.InvariantCulture));

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>
    /// The tables of the model that the statements name, in model order: what an evaluation read, found from its own SQL
    /// so that the limit keeps covering the tables of every rule added later. A name counts as a whole word, quoted
    /// (SQLite) or not (Npgsql quotes only names that need it); the tables are snake case, columns and aliases are not.
    /// </summary>
    public static IReadOnlyList<string> TablesRead(IModel model, IReadOnlyCollection<string> statements) =>
        [.. model.GetEntityTypes().Where(t => t.GetTableName() is not null && !t.IsOwned() && t.BaseType is null)
            .Select(t => t.GetTableName()!).Distinct(StringComparer.Ordinal)
            .Where(table => statements.Any(sql => System.Text.RegularExpressions.Regex.IsMatch(sql, $@"(?<![\w.]){System.Text.RegularExpressions.Regex.Escape(table)}(?!\w)")))];

    /// <summary>
    /// One GROUP BY over the given tables: per owner (the row's cadre, else its unit, else its first reference, else its
    /// key) and kind (the table), the count of rows and the sum of their <c>Kind</c> column where they have one.
    /// </summary>
    public static string AggregateSql(IModel model, IEnumerable<string> tables)
    {
        var parts = new List<string>();
        foreach (var table in tables)
        {
            var type = model.GetEntityTypes().First(t => t.GetTableName() == table && t.BaseType is null);
            var clr = type.ClrType;
            var store = StoreObjectIdentifier.Table(table, type.GetSchema());
            var owner = clr == typeof(Cadre) || clr == typeof(OrgUnit) ? type.FindPrimaryKey()!.Properties[0]
                : (type.GetForeignKeys().FirstOrDefault(f => f.PrincipalEntityType.ClrType == typeof(Cadre))
                    ?? type.GetForeignKeys().FirstOrDefault(f => f.PrincipalEntityType.ClrType == typeof(OrgUnit))
                    ?? type.GetForeignKeys().FirstOrDefault())?.Properties[0] ?? type.FindPrimaryKey()!.Properties[0];
            var kind = type.FindProperty("Kind") is { } k && k.GetColumnName(store) is { } kc ? $"\"{kc}\"" : "1";
            parts.Add($"SELECT \"{owner.GetColumnName(store)}\" AS owner, '{table}' AS kind, {kind} AS v FROM \"{table}\"");
        }

        return $"SELECT owner, kind, COUNT(*) AS n, SUM(v) AS s FROM ({string.Join(" UNION ALL ", parts)}) AS r GROUP BY owner, kind";
    }

    /// <summary>Runs the aggregate pass and reads every group to the client; returns the number of groups.</summary>
    private static async Task<long> AggregateAsync(JicengDbContext db, string sql, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = db.Database.GetDbConnection().CreateCommand();
            cmd.CommandText = sql;
            cmd.CommandTimeout = 600;
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            long groups = 0;
            long sum = 0;
            while (await reader.ReadAsync(ct))
            {
                groups++;
                sum += reader.GetInt64(2);
            }

            return sum >= 0 ? groups : -1;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>A throw-away database for one benchmark run: a temporary SQLite file or a new PostgreSQL database, removed afterwards.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly DatabaseOptions _options;
    private readonly string? _file;
    private readonly string? _admin;
    private readonly string? _name;
    private readonly Jiceng.Data.Security.KeyRing _keys = Jiceng.Data.Security.KeyRing.Generate(DateTimeOffset.UtcNow);

    private BenchDatabase(DatabaseOptions options, string? file, string? admin, string? name)
    {
        _options = options;
        _file = file;
        _admin = admin;
        _name = name;
    }

    public static async Task<BenchDatabase> CreateAsync(BenchOptions options)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"jiceng-bench-{Guid.NewGuid():N}.db");
            return new BenchDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" }, file, null, null);
        }

        var name = $"jiceng_bench_{Guid.NewGuid():N}";
        await using (var conn = new NpgsqlConnection(options.Postgres))
        {
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = $"CREATE DATABASE \"{name}\"";
            await cmd.ExecuteNonQueryAsync();
        }

        var cs = new NpgsqlConnectionStringBuilder(options.Postgres) { Database = name, CommandTimeout = 600 }.ConnectionString;
        return new BenchDatabase(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = cs }, null, options.Postgres, name);
    }

    public JicengDbContext NewContext(params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        var builder = new DbContextOptionsBuilder<JicengDbContext>();
        DbContextOptionsFactory.Configure(builder, _options, _keys);
        builder.AddInterceptors(interceptors);
        return new(builder.Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
            {
                File.Delete(f);
            }
        }
        else if (_admin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(_admin);
            await conn.OpenAsync();
            await using DbCommand cmd = conn.CreateCommand();
            cmd.CommandText = $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)";
            await cmd.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>Collects the text of every command sent while started (a command interceptor on the bench's context).</summary>
internal sealed class StatementLog : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
{
    private readonly System.Collections.Concurrent.ConcurrentBag<string> _seen = [];
    private volatile bool _on;

    public void Start() => _on = true;

    public IReadOnlyCollection<string> Stop()
    {
        _on = false;
        return [.. _seen];
    }

    public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
        System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
        Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (_on)
        {
            _seen.Add(command.CommandText);
        }

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
