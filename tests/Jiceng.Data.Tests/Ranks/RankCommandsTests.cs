using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Core.Org;
using Jiceng.Core.Ranks;
using Jiceng.Data.Measures.M04Promotion;
using Jiceng.Data.Ranks;
using Jiceng.Data.Scope;
using Jiceng.Data.Tests.Measures;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Ranks;

/// <summary>
/// Ranks and quotas through their command services: a promotion ends the previous rank the day before; R4.1 refuses a
/// full quota and another unit's township quota at save, with nothing saved; the facts query counts what is held on the day.
/// </summary>
public abstract class RankCommandsTests(FactsWorld world)
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private async Task<(JicengDbContext Db, OrgUnit Township, OrgUnit Village, DataScope Scope)> TownshipAsync()
    {
        var db = await world.NewContextAsync();
        var (township, village, scope) = await world.NewTownshipAsync(db);
        return (db, township, village, scope);
    }

    private async Task<int> CadreAsync(JicengDbContext db, OrgUnit unit)
    {
        var cadre = world.NewCadre(unit);
        db.Cadres.Add(cadre);
        await db.SaveChangesAsync(Ct);
        return cadre.Id;
    }

    private static Task Quota(JicengDbContext db, DataScope scope, OrgUnit unit, string rank, int count, DateOnly from) =>
        RankQuotaCommands.AddAsync(db, scope, new RankQuotaInput { OrgUnitId = unit.Id, RankCode = rank, Count = count, From = from }, Ct);

    private static Task<Data.Common.CommandResult<RankAssignment>> Promote(JicengDbContext db, DataScope scope, int cadre, string rank, DateOnly start, DateOnly? end = null) =>
        RankCommands.PromoteAsync(db, scope, cadre, new RankInput { RankCode = rank, Start = start, End = end, DocumentNumber = "平组干字〔2024〕1号" }, Today, Ct);

    [Fact]
    public async Task APromotion_EndsThePreviousRankTheDayBefore_AndIsAHigherOrdinal()
    {
        var (db, township, _, scope) = await TownshipAsync();
        await using var _ = db;
        var cadre = await CadreAsync(db, township);
        Assert.True((await Promote(db, scope, cadre, "304", D(2019, 1, 1))).Succeeded);
        var promoted = await Promote(db, scope, cadre, "303", D(2023, 3, 1));
        Assert.True(promoted.Succeeded, string.Join("；", promoted.Errors.Select(e => e.Message)));

        var history = await RankCommands.ListAsync(db, scope, cadre, Ct);
        Assert.Equal([(D(2023, 3, 1), (DateOnly?)null), (D(2019, 1, 1), D(2023, 2, 28))], history!.Select(r => (r.Start, r.End)));
        Assert.Equal(township.Id, promoted.Value!.QuotaUnitId); // the cadre's own unit by default
        Assert.Equal(1, await db.RankAssignments.CountAsync(r => r.CadreId == cadre && r.Ordinal > RankLevels.Ordinal("304"), Ct));
    }

    [Fact]
    public async Task ASecondActiveRank_FromTheSameDay_AndEndBeforeStart_AreRefused()
    {
        var (db, township, _, scope) = await TownshipAsync();
        await using var _ = db;
        var cadre = await CadreAsync(db, township);
        await Promote(db, scope, cadre, "304", D(2020, 1, 1));
        var same = await Promote(db, scope, cadre, "303", D(2020, 1, 1));
        Assert.Contains(same.Errors, e => e.Field == "start" && e.Message.Contains("同一时间只能任一个职级", StringComparison.Ordinal));
        var backwards = await Promote(db, scope, cadre, "303", D(2022, 1, 1), D(2021, 12, 31));
        Assert.Contains(backwards.Errors, e => e.Field == "end");
        Assert.Equal(1, await db.RankAssignments.CountAsync(r => r.CadreId == cadre, Ct));
    }

    [Fact]
    public async Task ARankBeyondTheQuota_IsRefusedNamingR41_AndNothingIsSaved()
    {
        var (db, township, _, scope) = await TownshipAsync();
        await using var _ = db;
        await Quota(db, scope, township, "301", 2, D(2020, 1, 1));
        var a = await CadreAsync(db, township);
        var b = await CadreAsync(db, township);
        var c = await CadreAsync(db, township);
        Assert.True((await Promote(db, scope, a, "301", D(2021, 1, 1), D(2022, 12, 31))).Succeeded);
        Assert.True((await Promote(db, scope, b, "301", D(2021, 1, 1))).Succeeded); // equal to the quota: accepted

        var over = await Promote(db, scope, c, "301", D(2022, 12, 31));           // a's last day: 3 of 2
        var error = Assert.Single(over.Errors);
        Assert.Contains("第四条", error.Message, StringComparison.Ordinal);
        Assert.Contains("R4.1", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.RankAssignments.CountAsync(r => r.CadreId == c, Ct));

        Assert.True((await Promote(db, scope, c, "301", D(2023, 1, 1))).Succeeded); // the day after a's end: 2 of 2
    }

    [Fact]
    public async Task ATownshipsQuota_ForSomeoneElsesStaff_IsRefused()
    {
        var (db, township, village, scope) = await TownshipAsync();
        await using var _ = db;
        var villager = await CadreAsync(db, village);
        var result = await RankCommands.PromoteAsync(db, scope, villager, new RankInput { RankCode = "302", Start = D(2022, 1, 1), QuotaUnitId = township.Id }, Today, Ct);
        Assert.Contains(result.Errors, e => e.Field == "quotaUnitId" && e.Message.Contains("R4.1", StringComparison.Ordinal));
        Assert.False(await db.RankAssignments.AnyAsync(r => r.CadreId == villager, Ct));
    }

    [Fact]
    public async Task TheFacts_CountHoldersOnTheDay_AndSeeACadreWhoMovedAway()
    {
        var (db, township, village, scope) = await TownshipAsync();
        await using var _ = db;
        await Quota(db, scope, township, "302", 2, D(2020, 1, 1));
        await Quota(db, scope, township, "302", 1, D(2024, 1, 1)); // a cut below the holders is allowed
        var a = await CadreAsync(db, township);
        var b = await CadreAsync(db, township);
        await Promote(db, scope, a, "302", D(2021, 1, 1));
        await Promote(db, scope, b, "302", D(2021, 1, 1));
        await db.Cadres.Where(c => c.Id == b).ExecuteUpdateAsync(s => s.SetProperty(c => c.OrgUnitId, village.Id), Ct); // b moved to the village

        var before = await new RankQuotaFactsQuery().LoadAsync(db, scope, new EvaluationContext(2023, D(2023, 12, 31)), Ct);
        var facts = Assert.Single(before);
        Assert.Equal((2, 2, true), (facts.Quota!.Value, facts.HolderCount, facts.IsTownship));

        var after = await new RankQuotaFactsQuery().LoadAsync(db, scope, new EvaluationContext(2024, D(2024, 1, 1)), Ct);
        var found = new RankQuotaRule().Evaluate(after, Jiceng.Testing.ExampleProfile.Create(), new EvaluationContext(2024, D(2024, 1, 1))).ToList();
        Assert.Equal(["quota:302", $"foreign:{(await db.RankAssignments.SingleAsync(r => r.CadreId == b, Ct)).Id}"], found.Select(f => f.Topic));

        var usage = Assert.Single(await RankQuotaUsage.OnAsync(db, scope, D(2024, 1, 1), ct: Ct));
        Assert.Equal((1, 2, -1, 1), (usage.Quota!.Value, usage.Holders, usage.Free!.Value, usage.Foreign.Count));
    }

    [Fact]
    public async Task ACorrection_NeedsTheCurrentVersion()
    {
        var (db, township, _, scope) = await TownshipAsync();
        await using var _ = db;
        var cadre = await CadreAsync(db, township);
        var rank = (await Promote(db, scope, cadre, "304", D(2020, 1, 1))).Value!;
        var stale = rank.Version;
        Assert.True((await RankCommands.EndAsync(db, scope, rank.Id, D(2024, 1, 31), stale, Today, Ct)).Succeeded);
        var conflict = await RankCommands.UpdateAsync(db, scope, rank.Id, new RankInput { RankCode = "304", Start = D(2020, 1, 1), DocumentNumber = "x" }, stale, Today, Ct);
        Assert.NotNull(conflict.Conflict);
    }
}

public sealed class SqliteRankCommandsTests(SqliteFactsWorld w) : RankCommandsTests(w), IClassFixture<SqliteFactsWorld>;

public sealed class PostgresRankCommandsTests(PostgresFactsWorld w) : RankCommandsTests(w), IClassFixture<PostgresFactsWorld>;
