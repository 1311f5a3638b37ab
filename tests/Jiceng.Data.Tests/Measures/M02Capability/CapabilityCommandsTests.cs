using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M02Capability;
using Jiceng.Data.Measures.M02Capability;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Measures.M02Capability;

/// <summary>Trainings and secondments: refused input saves nothing, the scope hides other townships' records, versions are checked; and the study-days facts count by the start year.</summary>
public abstract class CapabilityCommandsTests(FactsWorld world)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TrainingInput Training(int cadreId, DateOnly start, DateOnly end, int days) =>
        new(cadreId, TrainingKind.TopicalTraining, "专题培训班", "平鲁区委党校", AdministrativeLevel.County, start, end, days, null);

    [Fact]
    public async Task ABadTraining_IsRefused_AndNothingIsSaved_OutsideTheScopeItIsNotFound()
    {
        await using var db = await world.NewContextAsync();
        var (_, village, scope) = await world.NewTownshipAsync(db);
        var (_, _, otherScope) = await world.NewTownshipAsync(db);
        var cadre = world.NewCadre(village);
        db.Cadres.Add(cadre);
        await db.SaveChangesAsync(Ct);

        var refused = await TrainingCommands.AddAsync(db, scope, Training(cadre.Id, new(2021, 3, 10), new(2021, 3, 9), 1), Ct);
        Assert.Equal(["end"], refused.Errors.Select(e => e.Field));
        var tooMany = await TrainingCommands.AddAsync(db, scope, Training(cadre.Id, new(2021, 3, 1), new(2021, 3, 2), 3), Ct);
        Assert.Equal(["days"], tooMany.Errors.Select(e => e.Field));
        Assert.False(await db.TrainingRecords.AnyAsync(t => t.CadreId == cadre.Id, Ct));

        var added = await TrainingCommands.AddAsync(db, scope, Training(cadre.Id, new(2021, 3, 1), new(2021, 3, 2), 2), Ct);
        Assert.True(added.Succeeded);
        var twice = await TrainingCommands.AddAsync(db, scope, Training(cadre.Id, new(2021, 3, 1), new(2021, 3, 2), 2), Ct);
        Assert.Equal(["start"], twice.Errors.Select(e => e.Field));

        Assert.Null(await TrainingCommands.GetAsync(db, otherScope, added.Value!.Id, Ct));
        Assert.True((await TrainingCommands.UpdateAsync(db, otherScope, added.Value.Id, Training(cadre.Id, new(2021, 3, 1), new(2021, 3, 3), 3), 0, Ct)).NotFound);
        Assert.False(await TrainingCommands.DeleteAsync(db, otherScope, added.Value.Id, Ct));
        var stale = await TrainingCommands.UpdateAsync(db, scope, added.Value.Id, Training(cadre.Id, new(2021, 3, 1), new(2021, 3, 3), 3), added.Value.Version + 1, Ct);
        Assert.NotNull(stale.Conflict);
        Assert.True(await TrainingCommands.DeleteAsync(db, scope, added.Value.Id, Ct));
    }

    [Fact]
    public async Task OverlappingSecondments_AreRefused()
    {
        await using var db = await world.NewContextAsync();
        var (township, _, scope) = await world.NewTownshipAsync(db);
        var cadre = world.NewCadre(township);
        db.Cadres.Add(cadre);
        await db.SaveChangesAsync(Ct);
        SecondmentInput At(DateOnly start, DateOnly? end) => new(cadre.Id, "朔州市发展和改革委员会", SecondmentDestination.DistrictOrHigherOrgan, AdministrativeLevel.City, null, start, end);

        Assert.True((await SecondmentCommands.AddAsync(db, scope, At(new(2021, 3, 1), new(2021, 8, 31)), Ct)).Succeeded);
        Assert.Equal(["start"], (await SecondmentCommands.AddAsync(db, scope, At(new(2021, 8, 31), null), Ct)).Errors.Select(e => e.Field));
        Assert.True((await SecondmentCommands.AddAsync(db, scope, At(new(2021, 9, 1), null), Ct)).Succeeded);
    }

    [Fact]
    public async Task StudyDays_CountWholeInTheYearOfTheStartDay()
    {
        await using var db = await world.NewContextAsync();
        var (_, village, scope) = await world.NewTownshipAsync(db);
        var cadre = world.NewCadre(village, Core.Cadres.CadreCategory.VillageCadre);
        db.Cadres.Add(cadre);
        await db.SaveChangesAsync(Ct);
        var post = FactsWorld.Post(village, Core.Posts.PostKind.VillagePartySecretary, new DateOnly(2018, 1, 1));
        post.CadreId = cadre.Id;
        db.PostAssignments.Add(post);
        db.TrainingRecords.AddRange(
            new TrainingRecord { CadreId = cadre.Id, Kind = TrainingKind.Other, Title = "冬训", Provider = "区委组织部", ProviderLevel = AdministrativeLevel.County, Start = new(2020, 12, 28), End = new(2021, 1, 3), Days = 7 },
            new TrainingRecord { CadreId = cadre.Id, Kind = TrainingKind.TopicalTraining, Title = "专题", Provider = "区委党校", ProviderLevel = AdministrativeLevel.County, Start = new(2021, 6, 1), End = new(2021, 6, 3), Days = 3 });
        await db.SaveChangesAsync(Ct);

        async Task<int> DaysAsync(int year, DateOnly asOf) =>
            Assert.Single(await new StudyDaysFactsQuery().LoadAsync(db, scope, new EvaluationContext(year, asOf), Ct)).StudyDays;
        Assert.Equal(7, await DaysAsync(2020, new(2020, 12, 31)));
        Assert.Equal(0, await DaysAsync(2021, new(2021, 5, 31)));
        Assert.Equal(3, await DaysAsync(2021, new(2021, 6, 1)));
    }
}

public sealed class SqliteCapabilityCommandsTests(SqliteFactsWorld w) : CapabilityCommandsTests(w), IClassFixture<SqliteFactsWorld>;

public sealed class PostgresCapabilityCommandsTests(PostgresFactsWorld w) : CapabilityCommandsTests(w), IClassFixture<PostgresFactsWorld>;
