using System.Diagnostics.CodeAnalysis;

namespace Jiceng.Core.Policy;

/// <summary>Either a loaded profile or every problem found (sorted by position), never both.</summary>
public sealed class ProfileLoadResult
{
    private ProfileLoadResult(PolicyProfile? profile, IReadOnlyList<ProfileProblem> problems)
    {
        Profile = profile;
        Problems = problems;
    }

    public PolicyProfile? Profile { get; }

    public IReadOnlyList<ProfileProblem> Problems { get; }

    [MemberNotNullWhen(true, nameof(Profile))]
    public bool Succeeded => Profile is not null;

    internal static ProfileLoadResult Success(PolicyProfile profile) => new(profile, []);

    internal static ProfileLoadResult Failure(IReadOnlyList<ProfileProblem> problems) => new(null, problems);
}
