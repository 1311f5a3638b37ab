using System.Diagnostics.CodeAnalysis;

namespace Jiceng.Core.Policy;

/// <summary>Either a <see cref="ProfileSet"/> or the problems that prevent building one.</summary>
public sealed class ProfileSetResult
{
    private ProfileSetResult(ProfileSet? set, IReadOnlyList<ProfileProblem> problems)
    {
        Set = set;
        Problems = problems;
    }

    public ProfileSet? Set { get; }

    public IReadOnlyList<ProfileProblem> Problems { get; }

    [MemberNotNullWhen(true, nameof(Set))]
    public bool Succeeded => Set is not null;

    internal static ProfileSetResult Success(ProfileSet set) => new(set, []);

    internal static ProfileSetResult Failure(IReadOnlyList<ProfileProblem> problems) => new(null, problems);
}
