using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Data.Measures.M05Assessment;
using Jiceng.Data.Scope;
using Jiceng.Data.Tests.Measures;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Measures.M05Assessment;

/// <summary>
/// Assessment schemes and township assessments through their commands: the weights' sum refused, the scheme score
/// computed from entered indicator scores and the feedback as feedback changes, a scored scheme's indicators fixed,
/// overlapping schemes refused, and another township's scope seeing nothing of the assessment.
/// </summary>
public abstract class SchemeCommandsTests(FactsWorld world)
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private const int Year = 2025;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SchemeInput Scheme(int districtId, string category, int from, params IndicatorInput[] indicators) =>
        new(districtId, category, $"{category}乡镇考核方案", from, null, indicators);

    private static readonly IndicatorInput[] Indicators =
    [
        new("党的建设", 40, 100, 1),
        new("经济发展", 30, 50, 2),
        new("多元评价", 30, 100, 3, IndicatorFeed.AllFeedback),
    ];

    [Fact]
    public async Task Scheme_ScoresAndFeedback_ComputeTheSchemeScore_WithinTheScope()
    {
        await using var db = await world.NewContextAsync();
        var (township, _, townScope) = await world.NewTownshipAsync(db);
        var (other, _, otherScope) = await world.NewTownshipAsync(db);
        var district = await db.OrgUnits.AsNoTracking().FirstAsync(u => u.Id == township.ParentId, Ct);
        var districtScope = new DataScope(district.Id, district.Path);
        var category = $"农业型{township.Id}";

        // Weights of 99.99 are refused naming the field; a township cannot set a district's scheme.
        var bad = await SchemeCommands.CreateAsync(db, districtScope, Scheme(district.Id, category, Year, new("党的建设", 69.99m, 100, 1), new("经济发展", 30, 50, 2)), Today, Ct);
        Assert.Equal("考核指标权重合计：应为100%，现为99.99%", Assert.Single(bad.Errors).Message);
        var fromTownship = await SchemeCommands.CreateAsync(db, townScope, Scheme(district.Id, category, Year, Indicators), Today, Ct);
        Assert.Contains(fromTownship.Errors, e => e.Field == "districtId");

        var created = await SchemeCommands.CreateAsync(db, districtScope, Scheme(district.Id, category, Year, Indicators), Today, Ct);
        Assert.True(created.Succeeded, string.Join("；", created.Errors.Select(e => e.Message)));
        var scheme = created.Value!;
        Assert.Contains(await SchemeCommands.ListAsync(db, townScope, category, Year, Ct), s => s.Id == scheme.Id && s.WeightSum == 100m);
        var overlap = await SchemeCommands.CreateAsync(db, districtScope, Scheme(district.Id, category, Year + 1, Indicators), Today, Ct);
        Assert.Contains(overlap.Errors, e => e.Field == "fromYear" && e.Message.Contains("重叠", StringComparison.Ordinal));

        // An assessment entered with a score and no feedback: R5.5's row, the entered score kept.
        var added = await AssessmentCommands.AddTownshipAssessmentAsync(db, townScope, new TownshipAssessmentInput(township.Id, Year, category, 77m, []), Today, Ct);
        Assert.True(added.Succeeded);
        var id = added.Value!.Id;
        var row = Assert.Single(await TownshipAssessmentCommands.ListAsync(db, townScope, Year, Ct));
        Assert.Equal((id, true, 77m, scheme.Name), (row.Id, row.MissingFeedback, row.SchemeScore, row.SchemeName));

        // Another township's scope sees nothing of it.
        Assert.Null(await TownshipAssessmentCommands.GetAsync(db, otherScope, id, Ct));
        Assert.True((await TownshipAssessmentCommands.SaveScoresAsync(db, otherScope, id, [], 0, Ct)).NotFound);
        Assert.DoesNotContain(await TownshipAssessmentCommands.ListAsync(db, otherScope, Year, Ct), r => r.Id == id);
        db.ChangeTracker.Clear();

        var detail = (await TownshipAssessmentCommands.GetAsync(db, townScope, id, Ct))!;
        var (i1, i2, i3) = (detail.Scheme!.Indicators[0].Id, detail.Scheme.Indicators[1].Id, detail.Scheme.Indicators[2].Id);
        var version = detail.Assessment.Version;

        // A fed indicator takes no entry; a score above the full score is refused naming the indicator.
        var refused = await TownshipAssessmentCommands.SaveScoresAsync(db, townScope, id, [new(i2, 50.5m), new(i3, 80)], version, Ct);
        Assert.Contains(refused.Errors, e => e.Field == "scores[0].score" && e.Message.Contains("经济发展", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.Field == "scores[1].score");
        db.ChangeTracker.Clear();

        var scored = await TownshipAssessmentCommands.SaveScoresAsync(db, townScope, id, [new(i1, 90), new(i2, 40)], version, Ct);
        Assert.True(scored.Succeeded, string.Join("；", scored.Errors.Select(e => e.Message)));
        Assert.Null(scored.Value!.SchemeScore); // the feedback indicator has nothing yet
        Assert.True(scored.Value.Version > version);
        db.ChangeTracker.Clear();
        Assert.NotNull((await TownshipAssessmentCommands.SaveScoresAsync(db, townScope, id, [new(i1, 91)], version, Ct)).Conflict);
        db.ChangeTracker.Clear();

        // Feedback: (30 × 90 + 10 × 70) / 40 = 85 → 40 × 0.9 + 30 × 0.8 + 30 × 0.85 = 85.5.
        var f1 = await TownshipAssessmentCommands.AddFeedbackAsync(db, townScope, id, new FeedbackInput(FeedbackSource.ServiceRecipients, 30, 90, new DateOnly(2026, 1, 10)), Today, Ct);
        var f2 = await TownshipAssessmentCommands.AddFeedbackAsync(db, townScope, id, new FeedbackInput(FeedbackSource.VillageCadres, 10, 70, new DateOnly(2026, 1, 10)), Today, Ct);
        Assert.True(f1.Succeeded && f2.Succeeded);
        Assert.Equal(85.5m, await ScoreAsync(db, id));
        var dup = await TownshipAssessmentCommands.AddFeedbackAsync(db, townScope, id, new FeedbackInput(FeedbackSource.VillageCadres, 5, 60, new DateOnly(2026, 1, 10)), Today, Ct);
        Assert.Equal("source", Assert.Single(dup.Errors).Field);
        var badFeedback = await TownshipAssessmentCommands.AddFeedbackAsync(db, townScope, id, new FeedbackInput(FeedbackSource.PartyMembersAndMasses, -1, 100.01m, Today.AddDays(1)), Today, Ct);
        Assert.Equal(["respondents", "score", "collectedOn"], badFeedback.Errors.Select(e => e.Field));
        db.ChangeTracker.Clear();

        // (30 × 90 + 10 × 80) / 40 = 87.5 → 26.25; then only 服务对象 90 → 27.
        Assert.True((await TownshipAssessmentCommands.UpdateFeedbackAsync(db, townScope, f2.Value!.Id, new FeedbackInput(FeedbackSource.VillageCadres, 10, 80, new DateOnly(2026, 1, 11)), Today, Ct)).Succeeded);
        Assert.Equal(86.25m, await ScoreAsync(db, id));
        Assert.True((await TownshipAssessmentCommands.DeleteFeedbackAsync(db, otherScope, f2.Value.Id, Ct)).NotFound);
        Assert.True((await TownshipAssessmentCommands.DeleteFeedbackAsync(db, townScope, f2.Value.Id, Ct)).Succeeded);
        Assert.Equal(87m, await ScoreAsync(db, id));
        db.ChangeTracker.Clear();

        // Scored: the score is not entered by hand, the category stays, the scheme's indicators stay.
        var a = await db.TownshipAssessments.AsNoTracking().FirstAsync(x => x.Id == id, Ct);
        var edit = await TownshipAssessmentCommands.UpdateAsync(db, townScope, id, new AssessmentEdit("城郊型", 60), a.Version, Ct);
        Assert.Equal(["category", "schemeScore"], edit.Errors.Select(e => e.Field));
        db.ChangeTracker.Clear();
        var s = await db.AssessmentSchemes.AsNoTracking().FirstAsync(x => x.Id == scheme.Id, Ct);
        var changed = await SchemeCommands.UpdateAsync(db, districtScope, scheme.Id, new SchemeInput(null, category, "新名称", Year, null, [new("党的建设", 50, 100, 1), new("经济发展", 20, 50, 2), Indicators[2]]), s.Version, Today, Ct);
        Assert.Equal("indicators", Assert.Single(changed.Errors).Field);
        db.ChangeTracker.Clear();
        var renamed = await SchemeCommands.UpdateAsync(db, districtScope, scheme.Id, new SchemeInput(null, category, "新名称", Year, null, Indicators), s.Version, Today, Ct);
        Assert.True(renamed.Succeeded, string.Join("；", renamed.Errors.Select(e => e.Message)));
        db.ChangeTracker.Clear();
        Assert.Equal(3, await db.Set<AssessmentIndicator>().CountAsync(i => i.SchemeId == scheme.Id, Ct)); // same indicators kept, scores still attached
        Assert.NotNull((await SchemeCommands.EndAsync(db, districtScope, scheme.Id, Year, s.Version, Ct)).Conflict);
        db.ChangeTracker.Clear();
        var early = await SchemeCommands.EndAsync(db, districtScope, scheme.Id, Year - 1, renamed.Value!.Version, Ct);
        Assert.NotEmpty(early.Errors);
        db.ChangeTracker.Clear();
        var ended = await SchemeCommands.EndAsync(db, districtScope, scheme.Id, Year, renamed.Value.Version, Ct);
        Assert.True(ended.Succeeded);
        db.ChangeTracker.Clear();
        var next = await SchemeCommands.CreateAsync(db, districtScope, Scheme(district.Id, category, Year + 1, Indicators), Today, Ct);
        Assert.True(next.Succeeded, string.Join("；", next.Errors.Select(e => e.Message)));
        Assert.NotEmpty((await SchemeCommands.DeleteAsync(db, districtScope, scheme.Id, ended.Value!.Version, Ct)).Errors);
        db.ChangeTracker.Clear();

        // The assessment deleted, the scheme may go too.
        a = await db.TownshipAssessments.AsNoTracking().FirstAsync(x => x.Id == id, Ct);
        Assert.True((await TownshipAssessmentCommands.DeleteAsync(db, townScope, id, a.Version, Ct)).Succeeded);
        Assert.False(await db.AssessmentIndicatorScores.AnyAsync(x => x.TownshipAssessmentId == id, Ct));
        db.ChangeTracker.Clear();
        Assert.True((await SchemeCommands.DeleteAsync(db, districtScope, scheme.Id, ended.Value.Version, Ct)).Succeeded);
        Assert.Empty(await TownshipAssessmentCommands.ListAsync(db, otherScope, Year, Ct).ContinueWith(t => t.Result.Where(r => r.Id is not null), Ct));
    }

    [Fact]
    public async Task UnscoredScheme_IndicatorsMayChange_AndEveryScoreCleared_LeavesNoScore()
    {
        await using var db = await world.NewContextAsync();
        var (township, _, townScope) = await world.NewTownshipAsync(db);
        var district = await db.OrgUnits.AsNoTracking().FirstAsync(u => u.Id == township.ParentId, Ct);
        var districtScope = new DataScope(district.Id, district.Path);
        var category = $"城郊型{township.Id}";
        var scheme = (await SchemeCommands.CreateAsync(db, districtScope, Scheme(district.Id, category, Year, new IndicatorInput("综合", 100, 10, 1)), Today, Ct)).Value!;
        db.ChangeTracker.Clear();
        var changed = await SchemeCommands.UpdateAsync(db, districtScope, scheme.Id, new SchemeInput(null, category, "改", Year, null, [new("甲", 60, 10, 2), new("乙", 40, 10, 1)]), scheme.Version, Today, Ct);
        Assert.True(changed.Succeeded, string.Join("；", changed.Errors.Select(e => e.Message)));
        db.ChangeTracker.Clear();
        var got = (await SchemeCommands.GetAsync(db, townScope, scheme.Id, Ct))!;
        Assert.Equal(["乙", "甲"], got.Indicators.Select(i => i.Name));

        var id = (await AssessmentCommands.AddTownshipAssessmentAsync(db, townScope, new TownshipAssessmentInput(township.Id, Year, category, null, []), Today, Ct)).Value!.Id;
        db.ChangeTracker.Clear();
        var v = (await db.TownshipAssessments.AsNoTracking().FirstAsync(x => x.Id == id, Ct)).Version;
        var r = await TownshipAssessmentCommands.SaveScoresAsync(db, townScope, id, [new(got.Indicators[0].Id, 5), new(got.Indicators[1].Id, 10)], v, Ct);
        Assert.Equal(80m, r.Value!.SchemeScore); // 40 × 5/10 + 60 × 10/10
        db.ChangeTracker.Clear();
        r = await TownshipAssessmentCommands.SaveScoresAsync(db, townScope, id, [new(got.Indicators[0].Id, null), new(got.Indicators[1].Id, null)], r.Value.Version, Ct);
        Assert.Null(r.Value!.SchemeScore);
        db.ChangeTracker.Clear();
        var edit = await TownshipAssessmentCommands.UpdateAsync(db, townScope, id, new AssessmentEdit(category, 66.5m), r.Value.Version, Ct);
        Assert.Equal(66.5m, edit.Value!.SchemeScore);
    }

    private static async Task<decimal?> ScoreAsync(JicengDbContext db, int id) =>
        await db.TownshipAssessments.AsNoTracking().Where(a => a.Id == id).Select(a => a.SchemeScore).FirstAsync(Ct);
}

public sealed class SqliteSchemeCommandsTests(SqliteFactsWorld w) : SchemeCommandsTests(w), IClassFixture<SqliteFactsWorld>;

public sealed class PostgresSchemeCommandsTests(PostgresFactsWorld w) : SchemeCommandsTests(w), IClassFixture<PostgresFactsWorld>;
