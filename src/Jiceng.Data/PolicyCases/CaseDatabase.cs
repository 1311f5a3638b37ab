using Jiceng.Core.Org;
using Jiceng.Core.Policy.Cases;
using Jiceng.Data.Audit;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Jiceng.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.PolicyCases;

/// <summary>
/// Throw-away SQLite databases for policy cases, never a file and never the real database: the schema is built once
/// per process from the real migrations into an in-memory template holding only the case district (案例区), and each
/// case gets a copy of it (an in-memory backup, a few milliseconds). Runs may overlap (a web page and a test): the
/// template is only read, one copy at a time.
/// </summary>
internal sealed class CaseDatabase
{
    /// <summary>The district's 12-digit division code; case units get codes beneath it.</summary>
    public const string DistrictCode = "140603000000";

    /// <summary>Keys for the throw-away databases only: one per process, so EF keeps one model for them.</summary>
    private static readonly Lazy<KeyRing> Keys = new(() => KeyRing.Generate(DateTimeOffset.UtcNow));

    private static readonly AuditActor Actor = new("policy-test", "", null, "");

    /// <summary>Guards the template connection (SQLite connections are not thread-safe) and its creation.</summary>
    private static readonly SemaphoreSlim Gate = new(1, 1);

    private static CaseDatabase? _shared;

    private readonly SqliteConnection _template;

    private CaseDatabase(SqliteConnection template, DataScope district)
    {
        _template = template;
        District = district;
    }

    /// <summary>The scope of the whole case district: records are written and judged as the district would.</summary>
    public DataScope District { get; }

    /// <summary>The process's template, built on first use.</summary>
    public static async Task<CaseDatabase> SharedAsync(CancellationToken ct)
    {
        await Gate.WaitAsync(ct);
        try
        {
            return _shared ??= await CreateAsync(ct);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<CaseDatabase> CreateAsync(CancellationToken ct)
    {
        var template = await OpenAsync(ct);
        try
        {
            await using var db = Context(template);
            await db.Database.MigrateAsync(ct);
            var district = new OrgUnit { Code = DistrictCode, Name = CaseFileKeys.District, Kind = OrgUnitKind.District, Path = "/" };
            db.OrgUnits.Add(district);
            await db.SaveChangesAsync(ct);
            district.Path = $"/{district.Id}/";
            await db.SaveChangesAsync(ct);
            return new CaseDatabase(template, new DataScope(district.Id, district.Path));
        }
        catch
        {
            await template.DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh copy of the template, open, with its own context; disposing the context closes the copy.</summary>
    public async Task<JicengDbContext> CopyAsync(CancellationToken ct)
    {
        var copy = await OpenAsync(ct);
        try
        {
            await Gate.WaitAsync(ct);
            try
            {
                _template.BackupDatabase(copy);
            }
            finally
            {
                Gate.Release();
            }

            return Context(copy, owns: true);
        }
        catch
        {
            await copy.DisposeAsync();
            throw;
        }
    }

    private static async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(ct);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys=ON;";
        await pragma.ExecuteNonQueryAsync(ct);
        return connection;
    }

    /// <param name="owns">True for a case's copy: disposing the context drops the in-memory database with it.</param>
    private static JicengDbContext Context(SqliteConnection connection, bool owns = false)
    {
        var builder = new DbContextOptionsBuilder<JicengDbContext>();
        builder.UseKeyRing(Keys.Value);
        builder.UseSqlite(connection, contextOwnsConnection: owns, o => o.MigrationsAssembly(DbContextOptionsFactory.SqliteMigrationsAssembly));
        return new JicengDbContext(builder.Options) { AuditContext = new FixedAuditContext(Actor) };
    }

    private sealed class FixedAuditContext(AuditActor actor) : IAuditContext
    {
        public AuditActor Actor => actor;
    }
}
