using System.Collections;
using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Org;
using Jiceng.Data.Demo;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Jiceng.Data.Storage;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Jiceng.Data.Tests.Demo;

/// <summary>
/// The bulk writer writes what EF writes: the same small dataset seeded by <see cref="DemoSeeder"/> into one database and
/// by <see cref="DemoBulkWriter"/> into another reads back through EF as equal rows (ids mapped object by object), and
/// the province path over a few districts finds exactly the planted findings of all of them.
/// </summary>
public abstract class DemoBulkWriterTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BulkWrittenRows_ReadBackEqualToWhatDemoSeederWrites()
    {
        await using var efDb = await TestDatabase.CreateAsync(provider);
        await using var bulkDb = await TestDatabase.CreateAsync(provider);
        bulkDb.Keys = efDb.Keys; // one key ring, so blind indexes compare
        var efData = DemoDistrictGenerator.Generate(DemoScale.Small);
        var bulkData = DemoDistrictGenerator.Generate(DemoScale.Small);
        await using (var db = efDb.NewContext())
        {
            await DemoSeeder.SeedAsync(db, efData, ct: Ct);
        }

        await using (var db = bulkDb.NewContext())
        {
            await using var writer = await DemoBulkWriter.OpenAsync(db, Ct);
            await writer.WriteAsync(bulkData, Ct);
            await writer.FinishAsync(Ct);
        }

        await using var ef = efDb.NewContext();
        await using var bulk = bulkDb.NewContext();
        var ids = IdMap(ef.Model, efData, bulkData);
        var compared = 0;
        foreach (var type in ids.Keys)
        {
            var expected = (await RowsAsync(ef, type, ids)).Order(StringComparer.Ordinal).ToList();
            var actual = (await RowsAsync(bulk, type, null)).Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.Count > 0, type.DisplayName());
            Assert.Equal(expected, actual);
            compared += expected.Count;
        }

        Assert.True(ids.Count >= 15, $"only {ids.Count} tables compared");
        Assert.Contains(ids.Keys, t => t.ClrType == typeof(Core.Cadres.Cadre));

        // Later EF inserts get fresh keys (PostgreSQL's identity sequences were moved on).
        bulk.OrgUnits.Add(new OrgUnit { Code = "140603999999", Name = "新单位", Kind = OrgUnitKind.Village, Path = "/", SortOrder = 1 });
        await bulk.SaveChangesAsync(Ct);
        Assert.True(compared > 1000);
    }

    [Fact]
    public async Task Region_FindsExactlyThePlantedFindingsOfEveryDistrict()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var seeded = await DemoProvinceSeeder.SeedAsync(db, ProvinceScale.Region, ct: Ct);
        Assert.Equal(3, seeded.Districts);
        Assert.Equal(3, await db.OrgUnits.CountAsync(u => u.Kind == OrgUnitKind.District, Ct));
        Assert.Equal(seeded.Cadres, await db.Cadres.CountAsync(Ct));

        var root = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.ParentId == null, Ct);
        Assert.Equal("山西省", root.Name);
        var result = await Evaluator.EvaluateAsync(db, new DataScope(root.Id, root.Path), ExampleProfile.Create(),
            new EvaluationContext(2026, DemoDistrictGenerator.DataAsOf), ct: Ct);
        var planted = seeded.Planted.Select(p => (p.Rule, p.Severity, p.Kind, p.Id)).OrderBy(x => x.ToString(), StringComparer.Ordinal).ToList();
        var found = result.Findings.Select(f => (f.Rule, f.Severity, f.Subject.Kind, f.Subject.Id)).OrderBy(x => x.ToString(), StringComparer.Ordinal).ToList();
        Assert.Equal(planted, found);
        // R8.1 is planted by each district's generator (two paid claims per district whose postings were corrected since).
        Assert.Equal(2 * seeded.Districts, found.Count(f => f.Rule == "R8.1"));
        // Every district has findings of its own.
        var districts = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.District).ToListAsync(Ct);
        Assert.All(districts, d => Assert.Contains(result.Findings, f => f.Subject.OrgUnitPath.StartsWith(d.Path, StringComparison.Ordinal)));
    }

    /// <summary>For each entity type, the EF-seeded id of each generated object → the bulk-written id of its twin.</summary>
    private static Dictionary<IEntityType, Dictionary<object, object>> IdMap(IModel model, DemoDataset a, DemoDataset b)
    {
        var map = new Dictionary<IEntityType, Dictionary<object, object>>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(object A, object B)>();
        foreach (var (x, y) in Roots(a).Zip(Roots(b)))
        {
            stack.Push((x, y));
        }

        while (stack.TryPop(out var pair))
        {
            if (!seen.Add(pair.A))
            {
                continue;
            }

            var type = model.FindRuntimeEntityType(pair.A.GetType())!;
            var key = type.FindPrimaryKey()!.Properties[0].PropertyInfo!;
            if (!map.TryGetValue(type, out var ids))
            {
                map[type] = ids = [];
            }

            ids[key.GetValue(pair.A)!] = key.GetValue(pair.B)!;
            foreach (var navigation in type.GetNavigations())
            {
                var x = navigation.PropertyInfo!.GetValue(pair.A);
                var y = navigation.PropertyInfo!.GetValue(pair.B);
                if (x is IEnumerable xs && navigation.IsCollection)
                {
                    foreach (var item in xs.Cast<object>().Zip(((IEnumerable)y!).Cast<object>()))
                    {
                        stack.Push(item);
                    }
                }
                else if (x is not null)
                {
                    stack.Push((x, y!));
                }
            }
        }

        return map;
    }

    private static IEnumerable<object> Roots(DemoDataset d) =>
    [
        .. d.OrgUnits, .. d.Terms, .. d.Cadres, .. d.Posts, .. d.Exemptions, .. d.ReserveMemberships, .. d.Establishments, .. d.Positions,
        .. d.Agencies, .. d.Ranks, .. d.RankQuotas, .. d.Moves, .. d.Wishes, .. d.Trainings, .. d.Secondments, .. d.CandidatePoolEntries, .. d.Commendations,
    ];

    /// <summary>Every row of the type's table as EF reads it, one string each; with <paramref name="ids"/>, keys are translated.</summary>
    private static async Task<List<string>> RowsAsync(JicengDbContext db, IEntityType type, Dictionary<IEntityType, Dictionary<object, object>>? ids)
    {
        var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type.ClrType).Invoke(db, null)!;
        var entities = await set.ToListAsync(Ct);
        var orgUnits = ids?.FirstOrDefault(kv => kv.Key.ClrType == typeof(OrgUnit)).Value;
        return [.. entities.Select(e =>
        {
            var entry = db.Entry(e);
            return string.Join("; ", type.GetProperties().Select(p =>
            {
                var value = entry.Property(p.Name).CurrentValue;
                if (ids is not null && value is not null)
                {
                    if (p.IsPrimaryKey())
                    {
                        value = ids[type][value];
                    }
                    else if (p.GetContainingForeignKeys().FirstOrDefault() is { } fk)
                    {
                        value = ids[fk.PrincipalEntityType][value];
                    }
                    else if (e is OrgUnit && p.Name == nameof(OrgUnit.Path))
                    {
                        value = string.Concat(((string)value).Split('/').Select(s => s.Length == 0 ? "" : $"{orgUnits![int.Parse(s, CultureInfo.InvariantCulture)]}/").Prepend("/"));
                    }
                }

                return $"{p.Name}={Convert.ToString(value, CultureInfo.InvariantCulture)}";
            }));
        })];
    }
}

public sealed class SqliteDemoBulkWriterTests() : DemoBulkWriterTests(DatabaseProvider.Sqlite);

public sealed class PostgresDemoBulkWriterTests() : DemoBulkWriterTests(DatabaseProvider.Postgres);
