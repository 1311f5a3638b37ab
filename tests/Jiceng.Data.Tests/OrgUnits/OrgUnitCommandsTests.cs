using Jiceng.Core.Org;
using Jiceng.Data.OrgUnits;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.OrgUnits;

public abstract class OrgUnitCommandsTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<OrgUnit> TownshipAsync(JicengDbContext db, int skip = 0) =>
        await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Skip(skip).FirstAsync(Ct);

    [Fact]
    public async Task List_InTownshipScope_HoldsTheTownshipAndItsVillagesOnly()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var t = await TownshipAsync(db);
        var rows = await OrgUnitCommands.ListAsync(db, new DataScope(t.Id, t.Path), Ct);
        Assert.Contains(rows, r => r.Id == t.Id);
        Assert.All(rows.Where(r => r.Id != t.Id), r => Assert.Equal(t.Id, r.ParentId));
        Assert.Equal(await db.Cadres.CountAsync(c => c.OrgUnit!.Path.StartsWith(t.Path), Ct), rows.Sum(r => r.CadreCount));
    }

    [Fact]
    public async Task Create_Village_UnderTownship_GetsPathAndCode()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var t = await TownshipAsync(db);
        var input = new OrgUnitInput { Code = t.Code[..9] + "999", Name = "测试新村", Kind = OrgUnitKind.Village, ParentId = t.Id };
        var result = await OrgUnitCommands.CreateAsync(db, new DataScope(t.Id, t.Path), input, maySetRemoteHardship: true, Ct);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal($"{t.Path}{result.Value!.Id}/", result.Value.Path);
    }

    [Theory]
    [InlineData("12345", "code")]
    [InlineData("110101001001", "code")]
    public async Task Create_WithABadCode_NamesTheField(string code, string field)
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var t = await TownshipAsync(db);
        var input = new OrgUnitInput { Code = code, Name = "错码村", Kind = OrgUnitKind.Village, ParentId = t.Id };
        var result = await OrgUnitCommands.CreateAsync(db, new DataScope(t.Id, t.Path), input, maySetRemoteHardship: true, Ct);
        Assert.Contains(result.Errors, e => e.Field == field);
        Assert.False(await db.OrgUnits.AnyAsync(u => u.Name == "错码村", Ct));
    }

    [Fact]
    public async Task Create_UnderAnotherTownship_IsRefused()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var a = await TownshipAsync(db);
        var b = await TownshipAsync(db, 1);
        var input = new OrgUnitInput { Code = b.Code[..9] + "998", Name = "越权村", Kind = OrgUnitKind.Village, ParentId = b.Id };
        var result = await OrgUnitCommands.CreateAsync(db, new DataScope(a.Id, a.Path), input, maySetRemoteHardship: true, Ct);
        Assert.Contains(result.Errors, e => e.Field == "parentId");
    }

    [Fact]
    public async Task Delete_ATownshipWithVillages_IsRefusedWithTheReason()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var root = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.ParentId == null, Ct);
        var t = await TownshipAsync(db, 1);
        var result = await OrgUnitCommands.DeleteAsync(db, new DataScope(root.Id, root.Path), t.Id, Ct);
        Assert.Contains(result.Errors, e => e.Message.Contains("下级单位", StringComparison.Ordinal));
        Assert.True(await db.OrgUnits.AnyAsync(u => u.Id == t.Id, Ct));
    }
}

public sealed class SqliteOrgUnitCommandsTests(SqliteFixture f) : OrgUnitCommandsTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresOrgUnitCommandsTests(PostgresFixture f) : OrgUnitCommandsTests(f), IClassFixture<PostgresFixture>;
