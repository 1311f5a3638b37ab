using Jiceng.Data.Audit;
using Jiceng.Data.Storage;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static Jiceng.Data.Tests.Audit.AuditTestData;

namespace Jiceng.Data.Tests.Audit;

/// <summary>
/// PostgreSQL, protected by the administrator (<c>jiceng audit protect</c>): the application role may read and append
/// audit entries, never change or delete them, and purges only through the guard function (past retention).
/// The administrator is the cluster's superuser <c>postgres</c> (trust on 127.0.0.1, as .ci/run sets it up).
/// </summary>
public sealed class AuditTableProtectionTests
{
    private static async Task<TestDatabase> ProtectedAsync()
    {
        var db = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var app = new NpgsqlConnectionStringBuilder(db.Options.ConnectionString);
        var admin = new NpgsqlConnectionStringBuilder(db.Options.ConnectionString) { Username = "postgres", Password = null };
        // Three entries from 200 days ago (purgeable), then two of today.
        await WriteUnitsAsync(db, 3, clock: ClockAt(DateTimeOffset.UtcNow.AddDays(-200)));
        await WriteUnitsAsync(db, 2, first: 10);
        await AuditTableProtection.ApplyAsync(admin.ConnectionString, app.Username!, Ct);
        return db;
    }

    [Theory]
    [InlineData("UPDATE audit_entries SET user_name = 'mallory' WHERE id = 4")]
    [InlineData("DELETE FROM audit_entries WHERE id = 5")]
    [InlineData("TRUNCATE audit_entries")]
    [InlineData("ALTER TABLE audit_entries DISABLE TRIGGER ALL")]
    [InlineData("SELECT jiceng_audit_purge(5, 180)")]
    [InlineData("SELECT jiceng_audit_purge(1, 1)")]
    public async Task TheApplicationRole_CannotChangeOrDelete(string sql)
    {
        await using var db = await ProtectedAsync();

        await Assert.ThrowsAsync<PostgresException>(() => SqlAsync(db, sql));

        Assert.Equal(5, (await EntriesAsync(db)).Count);
    }

    [Fact]
    public async Task TheApplicationRole_StillAppends_AndPurgesPastRetention_ThroughTheGuard()
    {
        await using var db = await ProtectedAsync();
        await WriteUnitsAsync(db, 1, first: 20);

        await using (var context = Context(db))
        {
            var result = await AuditPurge.PurgeAsync(context, DateTime.UtcNow.AddDays(-190), 180, Ct);
            Assert.False(result.Refused, result.Message);
            Assert.Equal(3, result.Removed);
        }

        var verification = await VerifyAsync(db);
        Assert.True(verification.Ok, verification.Problem);
        Assert.Equal(4, verification.Count);
    }
}
