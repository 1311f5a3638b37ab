using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Data.Measures.M04Promotion;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Measures.M04Promotion;

/// <summary>Moves: a done move breaking the minimum service is refused and nothing is saved; completing a plan moves the cadre and ends the posts, so R4.2's tenure facts drop them.</summary>
public abstract class MoveCommandsTests(FactsWorld world)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateOnly Today = new(2026, 6, 30);

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static async Task<OrgUnit> DepartmentAsync(JicengDbContext db, OrgUnit township)
    {
        var parentPath = township.Path[..(township.Path.TrimEnd('/').LastIndexOf('/') + 1)];
        var department = new OrgUnit { Code = township.Code[..6] + "9" + township.Code[7..], Name = "测试局" + township.Id, Kind = OrgUnitKind.DistrictDepartment, ParentId = township.ParentId };
        db.OrgUnits.Add(department);
        await db.SaveChangesAsync(Ct);
        department.Path = $"{parentPath}{department.Id}/";
        await db.SaveChangesAsync(Ct);
        return department;
    }

    [Fact]
    public async Task ADoneMoveBeforeTheMinimum_IsRefusedNamingTheRule_AndNothingIsSaved()
    {
        await using var db = await world.NewContextAsync();
        var (township, _, scope) = await world.NewTownshipAsync(db);
        var department = await DepartmentAsync(db, township);
        var cadre = world.NewCadre(township);
        cadre.GrassrootsServiceSince = D("2021-07-01");
        db.Cadres.Add(cadre);
        await db.SaveChangesAsync(Ct);

        var input = new MoveInput { CadreId = cadre.Id, ToOrgUnitId = department.Id, EffectiveOn = D("2026-06-30"), Kind = MoveKind.Exchange, Status = MoveStatus.Done };
        var refused = await MoveCommands.CreateAsync(db, scope, input, ExampleProfile.Create(), Today, ct: Ct);
        var error = Assert.Single(refused.Errors);
        Assert.Equal("effectiveOn", error.Field);
        Assert.Contains("R3.2", error.Message, StringComparison.Ordinal);
        Assert.Contains("第三条", error.Message, StringComparison.Ordinal);
        Assert.False(await db.CadreMoves.AnyAsync(m => m.CadreId == cadre.Id, Ct));

        // On the fifth anniversary it is accepted.
        var accepted = await MoveCommands.CreateAsync(db, scope, input with { EffectiveOn = D("2026-07-01") }, ExampleProfile.Create(), D("2026-07-01"), ct: Ct);
        Assert.True(accepted.Succeeded);
        Assert.Equal(MoveDirection.TownshipToDepartment, accepted.Value!.Direction);
    }

    [Fact]
    public async Task CompletingAPlan_MovesTheCadre_EndsThePostsTheDayBefore_AndR42NoLongerSeesThem()
    {
        await using var db = await world.NewContextAsync();
        var (township, _, scope) = await world.NewTownshipAsync(db);
        var department = await DepartmentAsync(db, township);
        var cadre = world.NewCadre(township);
        cadre.GrassrootsServiceSince = D("2015-01-01");
        cadre.Posts.Add(FactsWorld.Post(township, PostKind.TownshipDeputyHead, D("2020-01-01")));
        db.Cadres.Add(cadre);
        await db.SaveChangesAsync(Ct);

        var plan = await MoveCommands.CreateAsync(db, scope, new MoveInput
        {
            CadreId = cadre.Id, ToOrgUnitId = department.Id, EffectiveOn = D("2024-03-01"), Kind = MoveKind.Exchange, Status = MoveStatus.Pending,
        }, ExampleProfile.Create(), Today, ct: Ct);
        Assert.True(plan.Succeeded);
        var done = await MoveCommands.CompleteAsync(db, scope, plan.Value!.Id, plan.Value.Version, null, endPosts: true, ExampleProfile.Create(), Today, Ct);
        Assert.True(done.Succeeded);

        await using var read = await world.NewContextAsync();
        var moved = await read.Cadres.Include(c => c.Posts).SingleAsync(c => c.Id == cadre.Id, Ct);
        Assert.Equal(department.Id, moved.OrgUnitId);
        Assert.Equal(D("2024-02-29"), Assert.Single(moved.Posts).End);
        var tenure = await new Data.Measures.M04Promotion.PostTenureFactsQuery().LoadAsync(read, scope, new EvaluationContext(2024, D("2024-03-01")), Ct);
        Assert.DoesNotContain(tenure, t => t.Cadre.Id == cadre.Id);
        var onTheDayBefore = await new Data.Measures.M04Promotion.PostTenureFactsQuery().LoadAsync(read, scope, new EvaluationContext(2024, D("2024-02-29")), Ct);
        Assert.Contains(onTheDayBefore, t => t.Cadre.Id == cadre.Id);
    }
}

public sealed class SqliteMoveCommandsTests(SqliteFactsWorld w) : MoveCommandsTests(w), IClassFixture<SqliteFactsWorld>;

public sealed class PostgresMoveCommandsTests(PostgresFactsWorld w) : MoveCommandsTests(w), IClassFixture<PostgresFactsWorld>;
