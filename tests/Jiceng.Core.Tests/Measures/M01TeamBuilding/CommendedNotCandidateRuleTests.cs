using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M01TeamBuilding;

namespace Jiceng.Core.Tests.Measures.M01TeamBuilding;

public sealed class CommendedNotCandidateRuleTests
{
    private static readonly Subject Cadre = new(SubjectKind.Cadre, 9, "1406***", "王芳", 5, "/1/2/3/5/");
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    private static IReadOnlyList<Finding> Judge(DateOnly[] commendations, params PoolStretch[] entries) =>
        new CommendedNotCandidateRule().Evaluate([new CommendedCandidateFacts(Cadre, commendations, entries)], TestProfile.With(),
            new EvaluationContext(2026, AsOf)).ToList();

    [Fact]
    public void CommendedAndNotOnTheList_IsAWarning()
    {
        var f = Assert.Single(Judge([new DateOnly(2025, 5, 1)]));
        Assert.Equal((Severity.Warning, "R1.3", 1), (f.Severity, f.Rule, f.Clause));
        Assert.Contains("2025-05-01", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2024, 1, 1, 1)]    // first day of the three-year window (2024–2026)
    [InlineData(2023, 12, 31, 0)]  // the day before: outside the window
    [InlineData(2026, 6, 30, 1)]   // on the evaluation day
    [InlineData(2026, 7, 1, 0)]    // after it: not yet awarded on the day judged
    public void TheWindow_IsTheThreeCalendarYearsEndingWithTheYear_UpToTheDay(int y, int m, int d, int findings) =>
        Assert.Equal(findings, Judge([new DateOnly(y, m, d)]).Count);

    [Theory]
    [InlineData(2026, 6, 30, null, 0)]       // entered on the evaluation day: on the list
    [InlineData(2026, 7, 1, null, 1)]        // enters the day after: not yet
    [InlineData(2025, 1, 1, "2026-06-30", 0)] // leaves on the evaluation day: still on the list that day
    [InlineData(2025, 1, 1, "2026-06-29", 1)] // left the day before (withdrawn): off the list
    public void OnTheList_MeansAnEntryInForceOnTheEvaluationDay(int y, int m, int d, string? to, int findings) =>
        Assert.Equal(findings, Judge([new DateOnly(2025, 5, 1)],
            new PoolStretch(new DateOnly(y, m, d), to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), to is null ? null : CandidateLeaveReason.Withdrawn)).Count);

    [Theory]
    [InlineData("2025-05-01", 0)]  // appointed on the commendation day: used
    [InlineData("2025-04-30", 1)]  // appointed the day before: the commendation came after, still unused
    public void AnAppointmentOnOrAfterTheCommendation_UsesIt(string appointedTo, int findings) =>
        Assert.Equal(findings, Judge([new DateOnly(2025, 5, 1)],
            new PoolStretch(new DateOnly(2024, 1, 1), DateOnly.Parse(appointedTo, System.Globalization.CultureInfo.InvariantCulture), CandidateLeaveReason.Appointed)).Count);

    [Fact]
    public void AWithdrawal_DoesNotUseTheCommendation() =>
        Assert.Single(Judge([new DateOnly(2025, 5, 1)], new PoolStretch(new DateOnly(2025, 6, 1), new DateOnly(2025, 12, 31), CandidateLeaveReason.Withdrawn)));

    [Fact]
    public void TwoUnusedCommendations_AreOneWarning_NamingTheLatest() =>
        Assert.Contains("2026-02-01", Assert.Single(Judge([new DateOnly(2024, 3, 1), new DateOnly(2026, 2, 1)])).Message, StringComparison.Ordinal);
}
