using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Data.Scope;
using Jiceng.Data.Storage;
using Jiceng.Testing;

namespace Jiceng.Data.Tests.Measures;

/// <summary>
/// An empty migrated database for facts-query tests: each test builds its own township (with one village) under one
/// district and asks the query for that township's scope only, so tests never see each other's rows.
/// </summary>
public abstract class FactsWorld : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TestDatabase? _db;
    private int _district;
    private string _districtPath = "";
    private int _next;

    protected abstract DatabaseProvider Provider { get; }

    public async Task<JicengDbContext> NewContextAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_db is null)
            {
                _db = await TestDatabase.CreateAsync(Provider);
                await using var db = _db.NewContext();
                var district = new OrgUnit { Code = "140603000000", Name = "平鲁区", Kind = OrgUnitKind.District };
                db.OrgUnits.Add(district);
                await db.SaveChangesAsync();
                district.Path = $"/{district.Id}/";
                await db.SaveChangesAsync();
                (_district, _districtPath) = (district.Id, district.Path);
            }

            return _db.NewContext();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A new township and one village of it, with paths set; the scope is the township's.</summary>
    public async Task<(OrgUnit Township, OrgUnit Village, DataScope Scope)> NewTownshipAsync(JicengDbContext db)
    {
        var n = Interlocked.Increment(ref _next);
        var code = string.Create(CultureInfo.InvariantCulture, $"140603{100 + n:000}");
        var township = new OrgUnit { Code = code + "000", Name = $"测试{n}镇", Kind = OrgUnitKind.Township, ParentId = _district, SortOrder = n };
        db.OrgUnits.Add(township);
        await db.SaveChangesAsync();
        township.Path = $"{_districtPath}{township.Id}/";
        var village = new OrgUnit { Code = code + "201", Name = $"测试{n}村", Kind = OrgUnitKind.Village, ParentId = township.Id, SortOrder = 1 };
        db.OrgUnits.Add(village);
        await db.SaveChangesAsync();
        village.Path = $"{township.Path}{village.Id}/";
        await db.SaveChangesAsync();
        return (township, village, new DataScope(township.Id, township.Path));
    }

    public Cadre NewCadre(OrgUnit unit, CadreCategory category = CadreCategory.TownshipCivilServant)
    {
        var n = Interlocked.Increment(ref _next);
        var birth = new DateOnly(1980, 1, 1).AddDays(n);
        var first17 = string.Create(CultureInfo.InvariantCulture, $"140603{birth:yyyyMMdd}{n % 1000:000}");
        return new Cadre
        {
            Name = $"测试{n}", Sex = Sex.Male, BirthDate = birth, IdNumber = IdCardNumber.Parse(first17 + IdCardNumber.CheckCharacter(first17)),
            Category = category, OrgUnitId = unit.Id, JoinedWorkOn = birth.AddYears(22),
        };
    }

    public static PostAssignment Post(OrgUnit unit, PostKind kind, DateOnly start, DateOnly? end = null) =>
        new() { OrgUnitId = unit.Id, Kind = kind, Title = "测试职务", IsLeadershipTeamMember = true, Start = start, End = end };

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }

        _gate.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteFactsWorld : FactsWorld
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresFactsWorld : FactsWorld
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
