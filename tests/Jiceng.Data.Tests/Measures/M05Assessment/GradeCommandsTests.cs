using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Core.Org;
using Jiceng.Core.Ranks;
using Jiceng.Data.Measures.M05Assessment;
using Jiceng.Data.Ranks;
using Jiceng.Data.Scope;
using Jiceng.Data.Tests.Measures;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Measures.M05Assessment;

/// <summary>
/// Annual grades through their command service: R5.1's cap refuses the 优秀 that would exceed it at save (nothing
/// saved), an import is not refused, and a 不称职 of the last year blocks a rank promotion.
/// </summary>
public abstract class GradeCommandsTests(FactsWorld world)
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(JicengDbContext Db, OrgUnit Township, DataScope Scope, List<int> Cadres)> TownshipWithCadresAsync(int count)
    {
        var db = await world.NewContextAsync();
        var (township, _, scope) = await world.NewTownshipAsync(db);
        var cadres = Enumerable.Range(0, count).Select(_ => world.NewCadre(township)).ToList();
        db.Cadres.AddRange(cadres);
        await db.SaveChangesAsync(Ct);
        return (db, township, scope, cadres.Select(c => c.Id).ToList());
    }

    [Fact]
    public async Task TheExcellentGrade_OverTheCap_IsRefusedAtSave_NamingTheCap()
    {
        var (db, township, scope, cadres) = await TownshipWithCadresAsync(6);
        await using var _ = db;
        var profile = ExampleProfile.Create(); // 0.20, floor
        // The others first: the cap counts the grades recorded so far (a lone 优秀 would have floor(1 × 0.2) = 0 places).
        foreach (var i in new[] { 1, 2, 3, 4, 0 })
        {
            Assert.True((await GradeCommands.SaveAsync(db, scope, cadres[i], new GradeInput(2025, i == 0 ? "1" : "2"), profile, Today, Ct)).Succeeded);
        }

        // Six assessed: floor(6 × 0.2) = 1, and one 优秀 is already recorded.
        var refused = await GradeCommands.SaveAsync(db, scope, cadres[5], new GradeInput(2025, AssessmentGrades.Excellent), profile, Today, Ct);
        var error = Assert.Single(refused.Errors);
        Assert.Equal("gradeCode", error.Field);
        Assert.Contains("第五条（R5.1）", error.Message, StringComparison.Ordinal);
        Assert.Contains("上限为1人", error.Message, StringComparison.Ordinal);
        Assert.False(await db.CadreYearlyGrades.AnyAsync(g => g.CadreId == cadres[5], Ct));

        // 称职 is saved; the same 优秀 as an import is recorded and found afterwards by R5.1.
        Assert.True((await GradeCommands.SaveAsync(db, scope, cadres[5], new GradeInput(2025, AssessmentGrades.Competent), profile, Today, Ct)).Succeeded);
        var imported = await GradeCommands.ImportAsync(db, scope, cadres[5], new GradeInput(2025, AssessmentGrades.Excellent), Today, Ct);
        Assert.True(imported.Succeeded);
        Assert.Equal((township.Id, GradeSource.Imported), (imported.Value!.OrgUnitId!.Value, imported.Value.Source));
        Assert.Equal(6, await db.CadreYearlyGrades.CountAsync(g => g.OrgUnitId == township.Id && g.Year == 2025, Ct));
    }

    [Fact]
    public async Task ABadGrade_IsRefusedWithTheFieldNamed()
    {
        var (db, _, scope, cadres) = await TownshipWithCadresAsync(1);
        await using var _ = db;
        var result = await GradeCommands.SaveAsync(db, scope, cadres[0], new GradeInput(2027, "9"), ExampleProfile.Create(), Today, Ct);
        Assert.Equal(["year", "gradeCode"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task AnIncompetentLastYear_BlocksARankPromotion()
    {
        var (db, _, scope, cadres) = await TownshipWithCadresAsync(1);
        await using var _ = db;
        var cadre = cadres[0];
        Assert.True((await RankCommands.PromoteAsync(db, scope, cadre, new RankInput { RankCode = "304", Start = new(2020, 1, 1), DocumentNumber = "x" }, Today, Ct)).Succeeded);
        await GradeCommands.SaveAsync(db, scope, cadre, new GradeInput(2025, AssessmentGrades.Incompetent), ExampleProfile.Create(), Today, Ct);
        var refused = await RankCommands.PromoteAsync(db, scope, cadre, new RankInput { RankCode = "303", Start = new(2026, 3, 1), DocumentNumber = "x" }, Today, Ct);
        Assert.Contains(refused.Errors, e => e.Field == "rankCode" && e.Message.Contains("不称职", StringComparison.Ordinal));
        // The grade of 2024 does not block a promotion of 2026.
        Assert.True((await RankCommands.PromoteAsync(db, scope, cadre, new RankInput { RankCode = "303", Start = new(2025, 3, 1), DocumentNumber = "x" }, Today, Ct)).Succeeded);
    }
}

public sealed class SqliteGradeCommandsTests(SqliteFactsWorld w) : GradeCommandsTests(w), IClassFixture<SqliteFactsWorld>;

public sealed class PostgresGradeCommandsTests(PostgresFactsWorld w) : GradeCommandsTests(w), IClassFixture<PostgresFactsWorld>;
