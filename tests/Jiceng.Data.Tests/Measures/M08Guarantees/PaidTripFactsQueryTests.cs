using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data.Measures.M08Guarantees;
using Jiceng.Data.Scope;
using Jiceng.Testing;

namespace Jiceng.Data.Tests.Measures.M08Guarantees;

/// <summary>
/// R8.1's facts query on a real database: the paid claims of the year up to the day, in scope, each with its posting as
/// recorded now — so a posting shortened after its claims were paid (through <see cref="PostingCommands"/>) makes R8.1
/// find the claim now outside it, while a rejected claim, last year's and one after the day are not loaded.
/// </summary>
public abstract class PaidTripFactsQueryTests(FactsWorld world)
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly EvaluationContext MidYear = new(2026, new DateOnly(2026, 6, 30));
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static async Task<int> PostedAsync(JicengDbContext db, DataScope scope, Core.Cadres.Cadre cadre, DateOnly start, params DateOnly[] trips)
    {
        db.Cadres.Add(cadre);
        await db.SaveChangesAsync(Ct);
        var posting = await PostingCommands.AddAsync(db, scope, cadre.Id, new PostingInput { Start = start, HomePlace = "大同市平城区" }, Today, Ct);
        Assert.True(posting.Succeeded, string.Join("；", posting.Errors.Select(e => e.Message)));
        var profile = ExampleProfile.Create();
        foreach (var trip in trips)
        {
            var claim = await PostingCommands.AddClaimAsync(db, scope, posting.Value!.Id, new TripClaimInput { TripDate = trip, AmountYuan = 120m }, _ => profile, Today, Ct);
            Assert.True(claim.Succeeded, string.Join("；", claim.Errors.Select(e => e.Message)));
        }

        return posting.Value!.Id;
    }

    [Fact]
    public async Task PaidClaimsOfTheYearInScope_WithTheirPostingAsRecordedNow()
    {
        await using var db = await world.NewContextAsync();
        var (township, _, scope) = await world.NewTownshipAsync(db);
        var (other, _, _) = await world.NewTownshipAsync(db);
        var cadre = world.NewCadre(township);
        // 1 trip a month: 20 January is the 2nd in January (rejected at entry); 7 July is after the day judged.
        var postingId = await PostedAsync(db, scope, cadre, D(2025, 9, 1),
            D(2025, 12, 20), D(2026, 1, 5), D(2026, 1, 20), D(2026, 4, 30), D(2026, 5, 1), D(2026, 7, 7));
        var outsider = world.NewCadre(other);
        await PostedAsync(db, new DataScope(other.Id, other.Path), outsider, D(2026, 1, 1), D(2026, 2, 2));

        var facts = await new PaidTripFactsQuery().LoadAsync(db, scope, MidYear, Ct);
        Assert.Equal([D(2026, 1, 5), D(2026, 4, 30), D(2026, 5, 1)], facts.Select(f => f.TripDate));
        Assert.All(facts, f => Assert.Equal((cadre.Id, postingId, D(2025, 9, 1), (DateOnly?)null, 120m, township.Path),
            (f.Cadre.Id, f.PostingId, f.PostingStart, f.PostingEnd, f.AmountYuan, f.Cadre.OrgUnitPath)));
        Assert.Empty(new HomeTripRule().Evaluate(facts, ExampleProfile.Create().At(MidYear.AsOf), MidYear));

        // The posting ends on 30 April after the claims were paid: 1 May is now outside it, the last day is not.
        db.ChangeTracker.Clear();
        var version = (await PostingCommands.ListAsync(db, scope, cadre.Id, Ct)).Single().Version;
        var shortened = await PostingCommands.UpdateAsync(db, scope, postingId,
            new PostingInput { Start = D(2025, 9, 1), End = D(2026, 4, 30), HomePlace = "大同市平城区" }, version, Today, Ct);
        Assert.True(shortened.Succeeded, string.Join("；", shortened.Errors.Select(e => e.Message)));
        db.ChangeTracker.Clear();

        facts = await new PaidTripFactsQuery().LoadAsync(db, scope, MidYear, Ct);
        Assert.All(facts, f => Assert.Equal(D(2026, 4, 30), f.PostingEnd));
        var finding = Assert.Single(new HomeTripRule().Evaluate(facts, ExampleProfile.Create().At(MidYear.AsOf), MidYear));
        Assert.Equal(("R8.1", cadre.Id, "2026-05-01", "往返日期 2026-05-01", "在异地交流任职期间（2025-09-01 至 2026-04-30）"),
            (finding.Rule, finding.Subject.Id, finding.Topic, finding.Measured, finding.Required));
    }
}

public sealed class SqlitePaidTripFactsQueryTests(SqliteFactsWorld w) : PaidTripFactsQueryTests(w), IClassFixture<SqliteFactsWorld>;

public sealed class PostgresPaidTripFactsQueryTests(PostgresFactsWorld w) : PaidTripFactsQueryTests(w), IClassFixture<PostgresFactsWorld>;
