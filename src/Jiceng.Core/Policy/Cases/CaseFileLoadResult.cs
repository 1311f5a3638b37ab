using System.Diagnostics.CodeAnalysis;

namespace Jiceng.Core.Policy.Cases;

/// <summary>Either the cases of a file or every problem found (sorted by position), never both.</summary>
public sealed class CaseFileLoadResult
{
    private CaseFileLoadResult(IReadOnlyList<PolicyCase>? cases, IReadOnlyList<ProfileProblem> problems)
    {
        Cases = cases;
        Problems = problems;
    }

    public IReadOnlyList<PolicyCase>? Cases { get; }

    /// <summary>Problems with file, line, column and a zh-CN message (the profile loader's problem type).</summary>
    public IReadOnlyList<ProfileProblem> Problems { get; }

    [MemberNotNullWhen(true, nameof(Cases))]
    public bool Succeeded => Cases is not null;

    internal static CaseFileLoadResult Success(IReadOnlyList<PolicyCase> cases) => new(cases, []);

    internal static CaseFileLoadResult Failure(IReadOnlyList<ProfileProblem> problems) => new(null, problems);
}
