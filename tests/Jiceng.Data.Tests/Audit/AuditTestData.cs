using Jiceng.Core.Org;
using Jiceng.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Jiceng.Data.Tests.Audit;

/// <summary>Helpers of the audit tests: a fresh database each (tampering must not leak into other tests).</summary>
internal static class AuditTestData
{
    public static readonly AuditActor Tester = new("tester", "OrgDepartment", 1, "10.0.0.7");

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static JicengDbContext Context(Testing.TestDatabase db, TimeProvider? clock = null)
    {
        var context = db.NewContext();
        context.AuditContext = new FixedActor(Tester);
        if (clock is not null)
        {
            context.AuditClock = clock;
        }

        return context;
    }

    public static OrgUnit Unit(int n) => new()
    {
        Code = $"1406{n:00000000}", Name = $"测试单位{n}", Kind = OrgUnitKind.District, Path = "/",
    };

    /// <summary>Writes <paramref name="count"/> entries through the write hook (one org unit each).</summary>
    public static async Task<List<int>> WriteUnitsAsync(Testing.TestDatabase db, int count, int first = 1, TimeProvider? clock = null)
    {
        var ids = new List<int>();
        for (var i = 0; i < count; i++)
        {
            await using var context = Context(db, clock);
            var unit = Unit(first + i);
            context.OrgUnits.Add(unit);
            await context.SaveChangesAsync(Ct);
            ids.Add(unit.Id);
        }

        return ids;
    }

    public static async Task<List<AuditEntry>> EntriesAsync(Testing.TestDatabase db)
    {
        await using var context = db.NewContext();
        return await context.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync(Ct);
    }

    public static async Task<AuditVerification> VerifyAsync(Testing.TestDatabase db)
    {
        await using var context = db.NewContext();
        return await AuditVerifier.VerifyAsync(context, Ct);
    }

    /// <summary>Tampering from outside the app: plain SQL against the table.</summary>
    public static async Task SqlAsync(Testing.TestDatabase db, string sql)
    {
        await using var context = db.NewContext();
        await context.Database.ExecuteSqlRawAsync(sql, Ct);
    }

    public static FakeTimeProvider ClockAt(DateTimeOffset at) => new(at);

    private sealed class FixedActor(AuditActor actor) : IAuditContext
    {
        public AuditActor Actor => actor;
    }
}
