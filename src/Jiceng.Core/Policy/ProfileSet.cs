using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Jiceng.Core.Policy;

/// <summary>
/// The versions of a jurisdiction's profile, by effective date (docs/policy-reference.md: a judgment about 2021
/// uses the profile in force in 2021). The profile in force on a day is the latest whose <see cref="PolicyProfile.EffectiveFrom"/>
/// is on or before that day; it governs up to the day before the next version's effective date.
/// </summary>
public sealed class ProfileSet
{
    private ProfileSet(IReadOnlyList<PolicyProfile> versions) => Versions = versions;

    /// <summary>Every version, sorted by effective date (oldest first).</summary>
    public IReadOnlyList<PolicyProfile> Versions { get; }

    /// <summary>
    /// Builds a set from loaded profiles. Fails (with every problem) when there is no profile or when two share an
    /// effective date, since then the profile in force on that day would be ambiguous.
    /// </summary>
    public static ProfileSetResult Create(IEnumerable<PolicyProfile> profiles)
    {
        var list = profiles.OrderBy(p => p.EffectiveFrom).ToList();
        var problems = new List<ProfileProblem>();
        if (list.Count == 0)
        {
            problems.Add(new ProfileProblem("<profiles>", 0, 0, null, ProfileProblemKind.NoProfiles, "没有任何政策配置"));
        }

        foreach (var group in list.GroupBy(p => p.EffectiveFrom).Where(g => g.Count() > 1))
        {
            var names = string.Join("、", group.Select(p => $"“{p.Name}”（{p.Source ?? "未知来源"}）"));
            var day = group.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var profile in group.Skip(1))
            {
                problems.Add(new ProfileProblem(profile.Source ?? profile.Name, 0, 0, ParameterIds.P0.EffectiveFrom,
                    ProfileProblemKind.DuplicateEffectiveDate, $"{names} 的生效日期都是 {day}：同一天只能有一个配置生效"));
            }
        }

        return problems.Count == 0 ? ProfileSetResult.Success(new ProfileSet(list)) : ProfileSetResult.Failure(problems);
    }

    /// <summary>The profile in force on <paramref name="day"/>, if any version had taken effect by then.</summary>
    public bool TryInForceOn(DateOnly day, [NotNullWhen(true)] out PolicyProfile? profile)
    {
        profile = null;
        foreach (var version in Versions)
        {
            if (version.EffectiveFrom > day)
            {
                break;
            }

            profile = version;
        }

        return profile is not null;
    }

    /// <summary>The profile in force on <paramref name="day"/>.</summary>
    /// <exception cref="InvalidOperationException">No version had taken effect by <paramref name="day"/>.</exception>
    public PolicyProfile InForceOn(DateOnly day) =>
        TryInForceOn(day, out var profile)
            ? profile
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{day:yyyy-MM-dd} 没有生效的政策配置：最早的配置自 {Versions[0].EffectiveFrom:yyyy-MM-dd} 起生效。"));
}
