using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Data.Posts;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Posts;

public abstract class PostCommandsTests(DatabaseFixture fixture)
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(OrgUnit A, OrgUnit B, int CadreInA)> SetupAsync(JicengDbContext db)
    {
        var townships = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Take(2).ToListAsync(Ct);
        var cadre = await db.Cadres.Where(c => c.OrgUnitId == townships[0].Id).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Ct);
        return (townships[0], townships[1], cadre);
    }

    private static PostInput Deputy(int unit, string start, string? end = null) => new()
    {
        OrgUnitId = unit, Kind = PostKind.TownshipDeputyHead, Title = "测试副镇长",
        Start = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
        End = end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Add_Change_Delete_APost()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (a, _, cadre) = await SetupAsync(db);
        var scope = new DataScope(a.Id, a.Path);
        var added = await PostCommands.AddAsync(db, scope, cadre, Deputy(a.Id, "2010-01-01", "2010-12-31"), Today, Ct);
        Assert.True(added.Succeeded, string.Join("; ", added.Errors.Select(e => e.Message)));

        var changed = await PostCommands.UpdateAsync(db, scope, added.Value!.Id, Deputy(a.Id, "2010-01-01", "2011-06-30"), Today, Ct);
        Assert.True(changed.Succeeded);
        Assert.Equal(new DateOnly(2011, 6, 30), (await db.PostAssignments.AsNoTracking().SingleAsync(p => p.Id == added.Value.Id, Ct)).End);

        Assert.True(await PostCommands.DeleteAsync(db, scope, added.Value.Id, Ct));
        Assert.False(await db.PostAssignments.AnyAsync(p => p.Id == added.Value.Id, Ct));
    }

    [Fact]
    public async Task AnOverlappingSamePost_IsRefused()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (a, _, cadre) = await SetupAsync(db);
        var scope = new DataScope(a.Id, a.Path);
        Assert.True((await PostCommands.AddAsync(db, scope, cadre, Deputy(a.Id, "2005-01-01", "2005-12-31"), Today, Ct)).Succeeded);
        var overlap = await PostCommands.AddAsync(db, scope, cadre, Deputy(a.Id, "2005-12-31", "2006-06-30"), Today, Ct);
        Assert.Contains(overlap.Errors, e => e.Field == "start" && e.Message.Contains("重叠", StringComparison.Ordinal));
        var after = await PostCommands.AddAsync(db, scope, cadre, Deputy(a.Id, "2006-01-01", "2006-06-30"), Today, Ct);
        Assert.True(after.Succeeded);
    }

    [Fact]
    public async Task APostInAnotherTownship_IsRefused_AndAVillagePostInATownshipToo()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (a, b, cadre) = await SetupAsync(db);
        var scope = new DataScope(a.Id, a.Path);
        var foreign = await PostCommands.AddAsync(db, scope, cadre, Deputy(b.Id, "2001-01-01"), Today, Ct);
        Assert.Contains(foreign.Errors, e => e.Field == "orgUnitId");
        var wrongLevel = await PostCommands.AddAsync(db, scope, cadre, Deputy(a.Id, "2001-01-01") with { Kind = PostKind.VillagePartySecretary }, Today, Ct);
        Assert.Contains(wrongLevel.Errors, e => e.Field == "kind");
    }

    [Fact]
    public async Task ACadreOutsideTheScope_IsNotFound()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (a, b, _) = await SetupAsync(db);
        var other = await db.Cadres.Where(c => c.OrgUnitId == b.Id).Select(c => c.Id).FirstAsync(Ct);
        var result = await PostCommands.AddAsync(db, new DataScope(a.Id, a.Path), other, Deputy(a.Id, "2001-01-01"), Today, Ct);
        Assert.True(result.NotFound);
    }
}

public sealed class SqlitePostCommandsTests(SqliteFixture f) : PostCommandsTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresPostCommandsTests(PostgresFixture f) : PostCommandsTests(f), IClassFixture<PostgresFixture>;
