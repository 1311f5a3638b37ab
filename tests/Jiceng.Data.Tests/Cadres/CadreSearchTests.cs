using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Data.Cadres;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Cadres;

public abstract class CadreSearchTests(DatabaseFixture fixture)
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(JicengDbContext Db, DataScope All)> OpenAsync()
    {
        var db = (await fixture.GetAsync()).NewContext();
        var root = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.ParentId == null, Ct);
        return (db, new DataScope(root.Id, root.Path));
    }

    [Fact]
    public async Task NoFilter_PagesThroughEveryCadre()
    {
        var (db, all) = await OpenAsync();
        await using var _ = db;
        var first = await CadreSearch.RunAsync(db, all, new CadreFilter { PageSize = 50 }, Today, Ct);
        Assert.Equal(fixture.Seeded.Cadres.Count, first.Total);
        Assert.Equal(50, first.Items.Count);
        var last = await CadreSearch.RunAsync(db, all, new CadreFilter { PageSize = 50, Page = (first.Total + 49) / 50 }, Today, Ct);
        Assert.Equal(first.Total - ((first.Total + 49) / 50 - 1) * 50, last.Items.Count);
    }

    [Fact]
    public async Task ByFullIdNumber_FindsExactlyThatCadre_AndMasksIt()
    {
        var (db, all) = await OpenAsync();
        await using var _ = db;
        var target = await db.Cadres.AsNoTracking().OrderBy(c => c.Id).Skip(7).FirstAsync(Ct);
        var page = await CadreSearch.RunAsync(db, all, new CadreFilter { Text = target.IdNumber.Value.ToLowerInvariant() }, Today, Ct);
        var row = Assert.Single(page.Items);
        Assert.Equal(target.Id, row.Id);
        Assert.Equal(target.IdNumber.Masked, row.IdNumberMasked);
        Assert.DoesNotContain(target.IdNumber.Value[6..14], row.IdNumberMasked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ByName_ReturnsOnlyNamesContainingTheText()
    {
        var (db, all) = await OpenAsync();
        await using var _ = db;
        var name = fixture.Seeded.Cadres[3].Name;
        var page = await CadreSearch.RunAsync(db, all, new CadreFilter { Text = name, PageSize = 200 }, Today, Ct);
        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, r => Assert.Contains(name, r.Name, StringComparison.Ordinal));
        Assert.Equal(fixture.Seeded.Cadres.Count(c => c.Name.Contains(name, StringComparison.Ordinal)), page.Total);
    }

    [Fact]
    public async Task TownshipScope_SeesOnlyItsTownshipAndVillages()
    {
        var (db, all) = await OpenAsync();
        await using var _ = db;
        var township = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).FirstAsync(Ct);
        var scope = new DataScope(township.Id, township.Path);
        var page = await CadreSearch.RunAsync(db, scope, new CadreFilter { PageSize = 200 }, Today, Ct);
        var expected = await db.Cadres.CountAsync(c => c.OrgUnit!.Path.StartsWith(township.Path), Ct);
        Assert.Equal(expected, page.Total);
        Assert.True(page.Total < (await CadreSearch.RunAsync(db, all, new CadreFilter(), Today, Ct)).Total);

        var inside = await db.OrgUnits.AsNoTracking().Where(u => u.Path.StartsWith(township.Path)).Select(u => u.Id).ToListAsync(Ct);
        Assert.All(page.Items, r => Assert.Contains(r.OrgUnitId, inside));
    }

    [Fact]
    public async Task OutsideScope_FilteringByAnotherTownship_FindsNothing()
    {
        var (db, _) = await OpenAsync();
        await using var __ = db;
        var townships = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Take(2).ToListAsync(Ct);
        var scope = new DataScope(townships[0].Id, townships[0].Path);
        var page = await CadreSearch.RunAsync(db, scope, new CadreFilter { OrgUnitId = townships[1].Id }, Today, Ct);
        Assert.Equal(0, page.Total);
    }

    [Theory]
    [InlineData(CadreCategory.VillageCadre)]
    [InlineData(CadreCategory.TownshipCivilServant)]
    [InlineData(CadreCategory.ReserveVillageCadre)]
    public async Task ByCategory_MatchesTheGeneratedCount(CadreCategory category)
    {
        var (db, all) = await OpenAsync();
        await using var _ = db;
        var page = await CadreSearch.RunAsync(db, all, new CadreFilter { Category = category }, Today, Ct);
        Assert.Equal(fixture.Seeded.Cadres.Count(c => c.Category == category), page.Total);
    }

    [Theory]
    [InlineData(AgeBand.UpTo35, 0, 35)]
    [InlineData(AgeBand.From36To45, 36, 45)]
    [InlineData(AgeBand.From46To55, 46, 55)]
    [InlineData(AgeBand.From56, 56, 200)]
    public async Task ByAgeBand_CountsFullYearsOnTheDay(AgeBand band, int min, int max)
    {
        var (db, all) = await OpenAsync();
        await using var _ = db;
        var page = await CadreSearch.RunAsync(db, all, new CadreFilter { AgeBand = band, PageSize = 200 }, Today, Ct);
        Assert.Equal(fixture.Seeded.Cadres.Count(c => c.AgeOn(Today) >= min && c.AgeOn(Today) <= max), page.Total);
        Assert.All(page.Items, r => Assert.InRange(r.Age, min, max));
    }

    [Fact]
    public async Task SortByBirthDate_IsOrdered()
    {
        var (db, all) = await OpenAsync();
        await using var _ = db;
        var page = await CadreSearch.RunAsync(db, all, new CadreFilter { Sort = CadreSort.BirthDate, Descending = true, PageSize = 100 }, Today, Ct);
        Assert.Equal(page.Items.OrderByDescending(r => r.BirthDate).Select(r => r.Id), page.Items.Select(r => r.Id));
    }
}

public sealed class SqliteCadreSearchTests(SqliteFixture f) : CadreSearchTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresCadreSearchTests(PostgresFixture f) : CadreSearchTests(f), IClassFixture<PostgresFixture>;
