using Jiceng.Core.Policy.Cases;
using Jiceng.Data.Audit;
using Jiceng.Data.Policy;
using Jiceng.Data.PolicyCases;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.PolicyCases;

/// <summary>
/// Case sets kept with profile versions, on both providers: the latest set of a profile comes back with its files in
/// order, sets of other profiles stay apart, a run's counts are kept, and saving is audited.
/// </summary>
public abstract class PolicyCaseSetStoreTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly CaseFileText[] Files = [new("b.yaml", "cases: []  # 乙"), new("a.yaml", "cases: []  # 甲")];

    [Fact]
    public async Task TheLatestSetOfAVersion_ComesBackInOrder_ApartFromOtherProfiles_WithItsRunKept()
    {
        var db = await fixture.GetAsync();
        await using var context = db.NewContext();
        var version = new PolicyProfileVersion { Name = "测试版本", EffectiveFrom = new DateOnly(2088, 1, 1), Yaml = "profile: {}", CreatedAt = DateTime.UtcNow, CreatedBy = "测试" };
        context.PolicyProfileVersions.Add(version);
        await context.SaveChangesAsync(Ct);
        var owner = new CaseSetOwner(version.EffectiveFrom, version.Id, version.Name);
        var shipped = new CaseSetOwner(version.EffectiveFrom, null, "随附配置");

        await PolicyCaseSetStore.SaveAsync(context, owner, [Files[0]], "甲", DateTime.UtcNow, ct: Ct);
        var latest = await PolicyCaseSetStore.SaveAsync(context, owner, Files, "乙", DateTime.UtcNow, ct: Ct);
        await PolicyCaseSetStore.SaveAsync(context, shipped, [Files[1]], "丙", DateTime.UtcNow, ct: Ct);
        var run = new PolicyCaseRun("测试版本", [], TimeSpan.FromSeconds(1));
        await PolicyCaseSetStore.RecordRunAsync(context, latest.Id, run, DateTime.UtcNow, Ct);

        await using var reader = db.NewContext();
        var read = await PolicyCaseSetStore.LatestAsync(reader, owner, Ct);
        Assert.NotNull(read);
        Assert.Equal(("乙", version.Id), (read.SavedBy, read.ProfileVersionId));
        Assert.Equal(Files, PolicyCaseSetStore.FilesOf(read));
        Assert.True(PolicyCaseSetStore.Holds(read, Files));
        Assert.False(PolicyCaseSetStore.Holds(read, [.. Files.Reverse()]));
        Assert.Equal((0, 0, 0), (read.LastRunPassed, read.LastRunFailed, read.LastRunFilesWithProblems));
        Assert.NotNull(read.LastRunAt);
        Assert.Equal("丙", (await PolicyCaseSetStore.LatestAsync(reader, shipped, Ct))?.SavedBy);

        var audited = await reader.AuditEntries.AsNoTracking().Where(e => e.RecordType == nameof(PolicyCaseSet) && e.RecordId == latest.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(e => e.Action).ToListAsync(Ct);
        Assert.Equal([AuditAction.Create, AuditAction.Update], audited.Order());
    }
}

public sealed class SqlitePolicyCaseSetStoreTests(SqliteFixture fixture) : PolicyCaseSetStoreTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresPolicyCaseSetStoreTests(PostgresFixture fixture) : PolicyCaseSetStoreTests(fixture), IClassFixture<PostgresFixture>;
