using Jiceng.Core.Policy;
using Jiceng.Core.Policy.Cases;

namespace Jiceng.Data.PolicyCases;

/// <summary>The outcome of running policy case files against one profile: per file, its load problems or its cases.</summary>
/// <param name="ProfileName">The profile under test (before each case's overrides).</param>
/// <param name="Elapsed">The whole run, schema template included.</param>
public sealed record PolicyCaseRun(string ProfileName, IReadOnlyList<CaseFileResult> Files, TimeSpan Elapsed)
{
    public IEnumerable<CaseResult> Cases => Files.SelectMany(f => f.Cases);

    public int Passed => Cases.Count(c => c.Passed);

    public int Failed => Cases.Count(c => !c.Passed);

    /// <summary>Files that could not be loaded (their problems say why; none of their cases ran).</summary>
    public int FilesWithProblems => Files.Count(f => f.Problems.Count > 0);

    /// <summary>True when every file loaded, at least one case ran and every case passed.</summary>
    public bool Succeeded => FilesWithProblems == 0 && Failed == 0 && Passed > 0;
}

/// <summary>One case file: either its load problems (file, line, column, message) or the results of its cases.</summary>
public sealed record CaseFileResult(string Source, IReadOnlyList<ProfileProblem> Problems, IReadOnlyList<CaseResult> Cases);

/// <summary>One case: passed or not, the readable differences, what the judged rules found, and how long it took.</summary>
public sealed record CaseResult(
    string Source,
    string Name,
    CaseAt At,
    bool Passed,
    IReadOnlyList<CaseDifference> Differences,
    IReadOnlyList<CaseFinding> Findings,
    TimeSpan Elapsed)
{
    /// <summary>The calculator results of the case's <c>expect.amounts</c>, in order.</summary>
    public IReadOnlyList<CaseAmount> Amounts { get; init; } = [];
}
