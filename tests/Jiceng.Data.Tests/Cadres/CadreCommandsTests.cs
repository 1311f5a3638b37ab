using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Data.Cadres;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Cadres;

public abstract class CadreCommandsTests(DatabaseFixture fixture)
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string IdFor(DateOnly birth, int sequence, string region = "140603")
    {
        var first17 = $"{region}{birth:yyyyMMdd}{sequence:000}";
        return first17 + IdCardNumber.CheckCharacter(first17);
    }

    private static async Task<(OrgUnit A, OrgUnit B)> TwoTownshipsAsync(JicengDbContext db) =>
        await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Take(2).ToListAsync(Ct) is [var a, var b]
            ? (a, b) : throw new InvalidOperationException("the small demo has two townships");

    private static CadreInput Input(int orgUnitId, string id, DateOnly birth, string sex) => new()
    {
        Name = "测试干部", IdNumber = id, BirthDate = birth, SexCode = sex, EthnicityCode = "01", PoliticalStatusCode = "01",
        Category = CadreCategory.TownshipCivilServant, OrgUnitId = orgUnitId, EducationCode = "21", DegreeCode = "4",
    };

    [Fact]
    public async Task Create_InScope_SavesAndCanBeRead()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (a, _) = await TwoTownshipsAsync(db);
        var scope = new DataScope(a.Id, a.Path);
        var birth = new DateOnly(1990, 3, 15);
        var result = await CadreCommands.CreateAsync(db, scope, Input(a.Id, IdFor(birth, 901), birth, "1"), Today, Ct);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var read = await CadreCommands.GetAsync(db, scope, result.Value!.Id, Ct);
        Assert.Equal("测试干部", read!.Cadre.Name);
        Assert.Equal(birth, read.Cadre.BirthDate);
    }

    [Fact]
    public async Task Create_InAnotherTownship_IsRefusedAndNothingIsSaved()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (a, b) = await TwoTownshipsAsync(db);
        var before = await db.Cadres.CountAsync(Ct);
        var birth = new DateOnly(1991, 4, 2);
        var result = await CadreCommands.CreateAsync(db, new DataScope(a.Id, a.Path), Input(b.Id, IdFor(birth, 903), birth, "1"), Today, Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal("orgUnitId", error.Field);
        Assert.Contains("管理范围", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await db.Cadres.CountAsync(Ct));
    }

    [Fact]
    public async Task Create_WithAnIdNumberRegisteredInScope_NamesTheField()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (a, _) = await TwoTownshipsAsync(db);
        var existing = await db.Cadres.AsNoTracking().Where(c => c.OrgUnit!.Path.StartsWith(a.Path)).OrderBy(c => c.Id).FirstAsync(Ct);
        var input = Input(a.Id, existing.IdNumber.Value, existing.BirthDate, ((int)existing.Sex).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var result = await CadreCommands.CreateAsync(db, new DataScope(a.Id, a.Path), input, Today, Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal("idNumber", error.Field);
        Assert.Contains("已登记", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OutOfScope_IsNotFound()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (a, b) = await TwoTownshipsAsync(db);
        var inB = await db.Cadres.AsNoTracking().Where(c => c.OrgUnitId == b.Id).OrderBy(c => c.Id).FirstAsync(Ct);
        Assert.Null(await CadreCommands.GetAsync(db, new DataScope(a.Id, a.Path), inB.Id, Ct));
        Assert.False(await CadreCommands.DeleteAsync(db, new DataScope(a.Id, a.Path), inB.Id, Ct));
        Assert.True(await db.Cadres.AnyAsync(c => c.Id == inB.Id, Ct));
    }

    [Fact]
    public async Task Update_WithAStaleVersion_IsAConflictAndChangesNothing()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (a, _) = await TwoTownshipsAsync(db);
        var scope = new DataScope(a.Id, a.Path);
        var cadre = await db.Cadres.AsNoTracking().Where(c => c.OrgUnitId == a.Id).OrderBy(c => c.Id).Skip(1).FirstAsync(Ct);
        var input = CadreInput.From(cadre) with { Major = "第一次修改" };

        var first = await CadreCommands.UpdateAsync(db, scope, cadre.Id, input, cadre.Version, Today, Ct);
        Assert.True(first.Succeeded);
        Assert.Equal(cadre.Version + 1, first.Value!.Version);

        await using var other = (await fixture.GetAsync()).NewContext();
        var second = await CadreCommands.UpdateAsync(other, scope, cadre.Id, input with { Major = "过期的修改" }, cadre.Version, Today, Ct);
        Assert.NotNull(second.Conflict);
        Assert.Equal("第一次修改", second.Conflict!.Major);
        Assert.Equal("第一次修改", (await other.Cadres.AsNoTracking().SingleAsync(c => c.Id == cadre.Id, Ct)).Major);
    }

    [Fact]
    public async Task Delete_RemovesTheCadreAndTheirPosts()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (a, _) = await TwoTownshipsAsync(db);
        var scope = new DataScope(a.Id, a.Path);
        var cadre = await db.Cadres.AsNoTracking().Where(c => c.OrgUnitId == a.Id && c.Posts.Any()).OrderByDescending(c => c.Id).FirstAsync(Ct);
        Assert.True(await CadreCommands.DeleteAsync(db, scope, cadre.Id, Ct));
        Assert.False(await db.Cadres.AnyAsync(c => c.Id == cadre.Id, Ct));
        Assert.False(await db.PostAssignments.AnyAsync(p => p.CadreId == cadre.Id, Ct));
    }
}

public sealed class SqliteCadreCommandsTests(SqliteFixture f) : CadreCommandsTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresCadreCommandsTests(PostgresFixture f) : CadreCommandsTests(f), IClassFixture<PostgresFixture>;
