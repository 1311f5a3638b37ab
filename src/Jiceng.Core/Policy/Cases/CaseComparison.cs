using System.Globalization;
using Jiceng.Core.Findings;

namespace Jiceng.Core.Policy.Cases;

/// <summary>What kind of difference a case run found.</summary>
public enum CaseDifferenceKind
{
    /// <summary>A record of the case was refused by the API's own validation.</summary>
    RecordRefused = 1,
    /// <summary>An expected finding was not found.</summary>
    Missing = 2,
    /// <summary>A finding of a judged rule was not expected.</summary>
    Unexpected = 3,
    /// <summary>A finding was found for the expected subject, but a compared field differs.</summary>
    Mismatch = 4,
    /// <summary>The case could not be run (an unexpected failure, reported rather than thrown).</summary>
    Error = 5,
}

/// <summary>One readable difference (zh-CN), with the position in the case file it concerns when there is one.</summary>
public sealed record CaseDifference(CaseDifferenceKind Kind, string Message, CaseAt? At);

/// <summary>A finding as a case sees it: subject and topic translated back to the case's local ids.</summary>
public sealed record CaseFinding(string Rule, string Subject, Severity Severity, string Topic, DateOnly? Due, string Measured, string Required, string Message);

/// <summary>
/// Compares what the rules found with what a case expects (docs/policy-cases.md): for each judged rule its findings
/// must be exactly the expected ones, matched by rule, subject and (when written) topic; severity always, due,
/// measured and required when written. Rules the case does not name are ignored.
/// </summary>
public static class CaseComparison
{
    public static IReadOnlyList<CaseDifference> Compare(CaseExpectations expect, IReadOnlyList<CaseFinding> found)
    {
        var differences = new List<CaseDifference>();
        foreach (var rule in expect.Rules)
        {
            var expected = expect.Findings.Where(f => f.Rule == rule).ToList();
            var actual = found.Where(f => f.Rule == rule).ToList();

            // Exact matches first, so a near match never takes the finding another expectation matches exactly.
            Pair(expected, actual, (e, a) => SameKey(e, a) && Differences(e, a).Count == 0);
            var near = Pair(expected, actual, SameKey);
            foreach (var (e, a) in near)
            {
                differences.Add(new CaseDifference(CaseDifferenceKind.Mismatch,
                    $"{rule} {Who(e.Subject, e.Topic ?? a.Topic)}：{string.Join("；", Differences(e, a))}", e.At));
            }

            differences.AddRange(expected.Select(e => new CaseDifference(CaseDifferenceKind.Missing, $"缺少结果：{Describe(e)}", e.At)));
            differences.AddRange(actual.Select(a => new CaseDifference(CaseDifferenceKind.Unexpected, $"多出结果：{Describe(a)} — {a.Message}", null)));
        }

        return differences;
    }

    /// <summary>Removes and returns the pairs <paramref name="match"/> accepts, each finding used once, in file order.</summary>
    private static List<(ExpectedFinding, CaseFinding)> Pair(List<ExpectedFinding> expected, List<CaseFinding> actual, Func<ExpectedFinding, CaseFinding, bool> match)
    {
        var pairs = new List<(ExpectedFinding, CaseFinding)>();
        foreach (var e in expected.ToList())
        {
            if (actual.FirstOrDefault(a => match(e, a)) is { } a)
            {
                pairs.Add((e, a));
                expected.Remove(e);
                actual.Remove(a);
            }
        }

        return pairs;
    }

    private static bool SameKey(ExpectedFinding e, CaseFinding a) =>
        e.Subject == a.Subject && (e.Topic is null || e.Topic == a.Topic);

    private static List<string> Differences(ExpectedFinding e, CaseFinding a)
    {
        var list = new List<string>();
        void Check(string field, string? expected, string actual)
        {
            if (expected is not null && expected != actual)
            {
                list.Add($"期望 {field} {expected}，实际 {actual}");
            }
        }

        Check("severity", Name(e.Severity), Name(a.Severity));
        Check("due", e.Due is { } d ? Day(d) : null, a.Due is { } ad ? Day(ad) : "（无）");
        Check("measured", e.Measured, a.Measured);
        Check("required", e.Required, a.Required);
        return list;
    }

    private static string Describe(ExpectedFinding e) =>
        Join($"{e.Rule} {Who(e.Subject, e.Topic)}", Name(e.Severity), e.Due, e.Measured, e.Required);

    private static string Describe(CaseFinding a) =>
        Join($"{a.Rule} {Who(a.Subject, a.Topic)}", Name(a.Severity), a.Due, a.Measured, a.Required);

    private static string Join(string who, string severity, DateOnly? due, string? measured, string? required)
    {
        var parts = new List<string> { who, severity };
        if (due is { } d)
        {
            parts.Add($"due {Day(d)}");
        }

        if (!string.IsNullOrEmpty(measured))
        {
            parts.Add($"measured “{measured}”");
        }

        if (!string.IsNullOrEmpty(required))
        {
            parts.Add($"required “{required}”");
        }

        return string.Join(" ", parts);
    }

    private static string Who(string subject, string? topic) => string.IsNullOrEmpty(topic) ? subject : $"{subject}（{topic}）";

    /// <summary>A severity as a case file writes it.</summary>
    public static string Name(Severity severity) => CaseFileKeys.Severities.First(s => s.Value == severity).Key;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
