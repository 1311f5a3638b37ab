using Jiceng.Core.Findings;
using Jiceng.Core.Org;
using Jiceng.Core.Policy;
using Jiceng.Data.Demo;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Engine;

public abstract class EvaluatorTests(DatabaseFixture fixture)
{
    private static readonly EvaluationContext DataDay = new(2026, DemoDistrictGenerator.DataAsOf);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<DataScope> RootAsync(JicengDbContext db)
    {
        var root = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.ParentId == null, Ct);
        return new DataScope(root.Id, root.Path);
    }

    [Fact]
    public async Task Found_EqualsPlanted_ExactlyNoMoreNoLess()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var result = await Evaluator.EvaluateAsync(db, await RootAsync(db), ExampleProfile.Create(), DataDay, ct: Ct);

        // The fixture's dataset objects carry the ids EF gave them when seeded.
        var planted = fixture.SeededData.Planted
            .Select(p => (p.Rule, p.Severity, Kind: p.Cadre is not null ? SubjectKind.Cadre : p.Unit!.Kind == OrgUnitKind.District ? SubjectKind.District : SubjectKind.OrgUnit,
                Id: p.Cadre?.Id ?? p.Unit!.Id))
            .OrderBy(x => x.ToString(), StringComparer.Ordinal).ToList();
        var found = result.Findings
            .Select(f => (f.Rule, f.Severity, f.Subject.Kind, f.Subject.Id))
            .OrderBy(x => x.ToString(), StringComparer.Ordinal).ToList();

        Assert.Equal(planted, found);
        foreach (var rule in new[] { "R1.1", "R1.2", "R1.3", "R1.4", "R2.1", "R2.2", "R2.3", "R2.4", "R3.1", "R3.2", "R3.3", "R3.4", "R4.1", "R4.2", "R4.3", "R4.4", "R5.1", "R5.2", "R5.3", "R5.4", "R5.5", "R6.1", "R6.2", "R6.3", "R6.4", "R7.1", "R7.2", "R7.3", "R8.1", "R8.2", "R8.3", "R8.4", "R8.6", "R8.7", "R9.2", "R9.3", "R9.4", "R9.5", "R10.1", "R10.2", "R10.3", "R10.4", "R10.5", "R10.6" })
        {
            Assert.Contains(found, f => f.Rule == rule);
        }
    }

    /// <summary>R8.5 is a yearly minimum: short only once the year is over, so its planted finding is for the previous year's end.</summary>
    [Fact]
    public async Task FamilyVisits_PreviousYearEnd_EqualsPlanted()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var previous = new EvaluationContext(2025, new DateOnly(2025, 12, 31));
        var result = await Evaluator.EvaluateAsync(db, await RootAsync(db), ExampleProfile.Create(), previous, ct: Ct);

        var planted = fixture.SeededData.PlantedPreviousYearEnd.Where(p => p.Rule == "R8.5").Select(p => (p.Severity, p.Cadre!.Id)).ToList();
        var found = result.Findings.Where(f => f.Rule == "R8.5").Select(f => (f.Severity, f.Subject.Id)).ToList();
        Assert.NotEmpty(planted);
        Assert.Equal(planted, found);
        Assert.DoesNotContain(result.Findings, f => f.Rule == "R8.5" && f.Subject.Kind != SubjectKind.Cadre);
    }

    [Fact]
    public async Task TwoRuns_FindTheSameThings()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var scope = await RootAsync(db);
        var first = await Evaluator.EvaluateAsync(db, scope, ExampleProfile.Create(), DataDay, ct: Ct);
        var second = await Evaluator.EvaluateAsync(db, scope, ExampleProfile.Create(), DataDay, ct: Ct);
        Assert.Equal(first.Findings, second.Findings);
    }

    [Fact]
    public async Task ATownshipScope_YieldsOnlyItsOwnFindings_AndTheScopesAddUp()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var all = await Evaluator.EvaluateAsync(db, await RootAsync(db), ExampleProfile.Create(), DataDay, ct: Ct);
        var townships = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).ToListAsync(Ct);
        var sum = 0;
        foreach (var t in townships)
        {
            var part = await Evaluator.EvaluateAsync(db, new DataScope(t.Id, t.Path), ExampleProfile.Create(), DataDay, ct: Ct);
            Assert.All(part.Findings, f => Assert.StartsWith(t.Path, f.Subject.OrgUnitPath, StringComparison.Ordinal));
            sum += part.Findings.Count;
        }

        // Findings about units above townships (departments' staff posted to townships count under their department).
        var outside = all.Findings.Count(f => !townships.Any(t => f.Subject.OrgUnitPath.StartsWith(t.Path, StringComparison.Ordinal)));
        Assert.Equal(all.Findings.Count, sum + outside);
    }

    [Fact]
    public async Task Save_StoresTheRunAndEveryFinding()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var result = await Evaluator.EvaluateAsync(db, await RootAsync(db), ExampleProfile.Create(), DataDay, ct: Ct);
        var run = await Evaluator.SaveAsync(db, result, "test", Ct);

        await using var read = (await fixture.GetAsync()).NewContext();
        var stored = await read.EvaluationRuns.AsNoTracking().SingleAsync(r => r.Id == run.Id, Ct);
        Assert.Equal(result.Findings.Count(f => f.Severity == Severity.Violation), stored.Violations);
        Assert.Equal(result.Findings.Count(f => f.Severity == Severity.Warning), stored.Warnings);
        var findings = await read.Findings.AsNoTracking().Where(f => f.LastSeenRunId == run.Id).ToListAsync(Ct);
        Assert.Equal(result.Findings.Order(LedgerTestData.ByIdentity), findings.Select(f => f.ToFinding()).Order(LedgerTestData.ByIdentity));
        // Other tests share this database and may have saved the same findings first: what this run opened is
        // exactly what it saw for the first time, and nothing it found is missing from the ledger.
        Assert.Equal(findings.Count(f => f.FirstSeenRunId == run.Id), run.Opened);
        Assert.Equal(result.Findings.Count, findings.Count);
        Assert.All(findings.Where(f => f.SubjectKind == SubjectKind.OrgUnit && f.Clause == 10), f => Assert.NotNull(f.TownshipId));
    }

    [Fact]
    public async Task Findings_RecordTheParameterValuesTheyUsed_AndKeepThemWhenStored()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var result = await Evaluator.EvaluateAsync(db, await RootAsync(db), ExampleProfile.Create(), DataDay, ct: Ct);
        var run = await Evaluator.SaveAsync(db, result, "test", Ct);

        await using var read = (await fixture.GetAsync()).NewContext();
        var stored = await read.Findings.AsNoTracking().Where(f => f.LastSeenRunId == run.Id).ToListAsync(Ct);
        var tenure = stored.First(f => f.Rule == "R4.2").ToFinding().UsedParameters;
        Assert.Equal([new UsedParameter(ParameterIds.P4.MaxYearsSamePost, "5 年"), new UsedParameter(ParameterIds.P4.TenureWarnMonths, "6 个月")], tenure);
        var team = stored.First(f => f.Rule == "R1.1").ToFinding().UsedParameters;
        Assert.Contains(new UsedParameter(ParameterIds.P1.BachelorShareMin, null), team);
        Assert.Equal(RuleCatalog.All.Single(r => r.Id == "R1.1").Parameters, team.Select(p => p.Id));
        Assert.All(stored, f => Assert.Equal(RuleCatalog.All.Single(r => r.Id == f.Rule).Parameters.Count, f.ToFinding().UsedParameters.Count));
    }

    [Fact]
    public async Task TheEvaluator_JudgesWithTheValuesInForceOnItsAsOfDay()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var scope = await RootAsync(db);
        var asOf = DataDay.AsOf;

        // P4.max_years_same_post becomes 40 years on the as-of day itself, or only the day after.
        var fromAsOf = await Evaluator.EvaluateAsync(db, scope, WithTenureRaisedOn(asOf), DataDay, ct: Ct);
        var fromNextDay = await Evaluator.EvaluateAsync(db, scope, WithTenureRaisedOn(asOf.AddDays(1)), DataDay, ct: Ct);
        var example = await Evaluator.EvaluateAsync(db, scope, ExampleProfile.Create(), DataDay, ct: Ct);

        Assert.Equal(example.Findings, fromNextDay.Findings);
        Assert.Contains(example.Findings, f => f.Rule == "R4.2" && f.Severity == Severity.Violation);
        Assert.DoesNotContain(fromAsOf.Findings, f => f.Rule == "R4.2" && f.Severity == Severity.Violation);
        Assert.All(fromAsOf.Findings.Where(f => f.Rule == "R4.2"), f => Assert.Equal("40 年", f.UsedParameters[0].Value));
    }

    private static PolicyProfile WithTenureRaisedOn(DateOnly day)
    {
        var text = File.ReadAllText(Path.Combine(ExampleProfile.RepoRoot(), "policy", "default-2020.yaml"));
        var at = text.IndexOf("    value: 5\n", text.IndexOf("\n  P4.max_years_same_post:", StringComparison.Ordinal), StringComparison.Ordinal);
        text = string.Concat(text.AsSpan(0, at), FormattableString.Invariant($"    values: [{{from: 2020-01-01, value: 5}}, {{from: {day:yyyy-MM-dd}, value: 40}}]\n"),
            text.AsSpan(at + "    value: 5\n".Length));
        var result = ProfileLoader.Load(text, "dated.yaml");
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        return result.Profile;
    }
}

public sealed class SqliteEvaluatorTests(SqliteFixture f) : EvaluatorTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresEvaluatorTests(PostgresFixture f) : EvaluatorTests(f), IClassFixture<PostgresFixture>;

public sealed class PlantingAssumptionsTests
{
    /// <summary>The demo plants its findings for the shipped example values; if those change, this fails first.</summary>
    [Fact]
    public void PlantedFindings_AssumeTheShippedExampleValues()
    {
        var p = ExampleProfile.Create();
        Assert.Equal(Planting.WomenMin, p.Int(Core.Policy.ParameterIds.P1.WomenMin));
        Assert.Equal(Planting.YoungAge, p.Int(Core.Policy.ParameterIds.P1.YoungAge));
        Assert.Equal(Planting.YoungMin, p.Int(Core.Policy.ParameterIds.P1.YoungMin));
        Assert.Equal(0, p.Int(Core.Policy.ParameterIds.P1.NonPartyMin));
        Assert.Equal(0, p.Int(Core.Policy.ParameterIds.P1.MinorityMin));
        Assert.False(p.IsSet(Core.Policy.ParameterIds.P1.BachelorShareMin));
        Assert.Equal(Planting.MaxYearsSamePost, p.Int(Core.Policy.ParameterIds.P4.MaxYearsSamePost));
        Assert.Equal(Planting.TenureWarnMonths, p.Int(Core.Policy.ParameterIds.P4.TenureWarnMonths));
        Assert.Equal(Planting.EcoChiefsPerVillage, p.Int(Core.Policy.ParameterIds.P10.EcoChiefsPerVillage));
        Assert.Equal(Planting.ReserveMultiplier, p.Decimal(Core.Policy.ParameterIds.P10.ReserveMultiplier));
        Assert.Equal(StaffingPlanting.ExamRatioRemote, p.Int(Core.Policy.ParameterIds.P3.ExamRatioRemote));
        Assert.Equal(StaffingPlanting.ExamRatio, p.Int(Core.Policy.ParameterIds.P3.ExamRatio));
        Assert.Equal(MovePlanting.MinServiceYearsCivilServant, p.Int(Core.Policy.ParameterIds.P3.MinServiceYearsCivilServant));
        Assert.Equal(MovePlanting.MinServiceYearsSelectedGraduate, p.Int(Core.Policy.ParameterIds.P3.MinServiceYearsSelectedGraduate));
        Assert.Equal(MovePlanting.LongServiceYearsRemote, p.Int(Core.Policy.ParameterIds.P4.LongServiceYearsRemote));
        Assert.Equal(MovePlanting.WishResponseDays, p.Int(Core.Policy.ParameterIds.P4.WishResponseDays));
        Assert.False(p.IsSet(Core.Policy.ParameterIds.P4.ExchangeMinTownshipToDepartment));
        Assert.False(p.IsSet(Core.Policy.ParameterIds.P4.ExchangeMinDepartmentToTownship));
        Assert.Equal(BurdenPlanting.MaxInspections, p.Int(Core.Policy.ParameterIds.P6.MaxInspectionsPerTownship));
        Assert.Equal(BurdenPlanting.InspectionReduction, p.Decimal(Core.Policy.ParameterIds.P6.InspectionReduction));
        Assert.Equal(BurdenPlanting.MeetingReduction, p.OptionalDecimal(Core.Policy.ParameterIds.P6.MeetingReduction));
        Assert.Equal(BurdenPlanting.DocumentReduction, p.OptionalDecimal(Core.Policy.ParameterIds.P6.DocumentReduction));
        Assert.Equal(BurdenPlanting.FormReduction, p.OptionalDecimal(Core.Policy.ParameterIds.P6.FormReduction));
        var subsidy = ((Core.Policy.SubsidyStandards)p.ValueOn(Core.Policy.ParameterIds.P8.Subsidies, new DateOnly(2026, 1, 1))!).Find(GuaranteePlanting.Subsidy)!;
        Assert.Equal(GuaranteePlanting.SubsidyStandard, subsidy.MonthlyAmountOn(new DateOnly(2026, 1, 1)));
        Assert.Equal(GuaranteePlanting.LeaveDaysFrom20Years, p.Get<Core.Policy.LeaveTiers>(Core.Policy.ParameterIds.P8.LeaveTiers).DaysFor(20));
        Assert.Equal((1, 12), (p.Int(Core.Policy.ParameterIds.P8.TripsPerMonthAvg), p.Int(Core.Policy.ParameterIds.P8.TripsPerYearMax)));
    }

    [Fact]
    public void CapabilityPlanting_AssumesTheShippedExampleValues()
    {
        var p = ExampleProfile.Create();
        Assert.Equal(CapabilityDemo.PartySchoolMax, p.Range(Core.Policy.ParameterIds.P2.PartySchoolHeadsPerYear).Max);
        Assert.Equal(CapabilityDemo.SecondmentsMin, p.Range(Core.Policy.ParameterIds.P2.SecondmentsPerYear).Min);
        Assert.Equal(CapabilityDemo.StudyDaysMin, p.Int(Core.Policy.ParameterIds.P2.VillageMainMinStudyDays));
        Assert.Equal(CapabilityDemo.TermWarnMonths, p.Int(Core.Policy.ParameterIds.P2.TermWarnMonths));
    }

    [Fact]
    public void AssessmentAndErrorTolerancePlanting_AssumeTheShippedExampleValues()
    {
        var p = ExampleProfile.Create();
        Assert.Equal(AssessmentPlanting.ExcellentRatio, p.Decimal(Core.Policy.ParameterIds.P5.TownshipExcellentRatio));
        Assert.Equal(Core.Policy.RoundingMode.Floor, p.Rounding(Core.Policy.ParameterIds.P5.ExcellentRounding));
        Assert.Equal(AssessmentPlanting.FundPerVillageYuan, p.Yuan(Core.Policy.ParameterIds.P5.VillageFundPerVillageWan));
        Assert.False(p.IsSet(Core.Policy.ParameterIds.P5.GrassrootsAwardShareMin));
        Assert.Equal(AssessmentPlanting.TimelyAwardDays, p.Int(Core.Policy.ParameterIds.P5.TimelyAwardDays));

        var periods = p.Get<Core.Policy.InfluencePeriods>(Core.Policy.ParameterIds.P7.InfluenceMonths);
        Assert.Equal(ErrorTolerancePlanting.WarningMonths, periods.MonthsFor(Core.Policy.SanctionKind.Warning));
        Assert.Equal(ErrorTolerancePlanting.DemeritMonths, periods.MonthsFor(Core.Policy.SanctionKind.Demerit));
        Assert.Equal(ErrorTolerancePlanting.DemotionMonths, periods.MonthsFor(Core.Policy.SanctionKind.Demotion));
        Assert.Equal(ErrorTolerancePlanting.CaseDays, p.Int(Core.Policy.ParameterIds.P7.CaseDays));
        Assert.Equal(ErrorTolerancePlanting.ClarifyDays, p.Int(Core.Policy.ParameterIds.P7.ClarifyDays));
    }
}
