using Jiceng.Core.Findings;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M07ErrorTolerance;

/// <summary>
/// A sanction as the rules see it: <see cref="RevokedOn"/> (撤销) stops it counting from that day; <see cref="ExemptedOn"/>
/// is the decision day of a 容错免责 case linked to it, from which it does not block promotion at all.
/// </summary>
public sealed record SanctionSpan(int Id, SanctionKind Kind, DateOnly EffectiveOn, DateOnly? RevokedOn = null, DateOnly? ExemptedOn = null)
{
    /// <summary>True when the sanction blocks a promotion dated <paramref name="day"/>, judged on <paramref name="asOf"/>.</summary>
    public bool Blocks(InfluencePeriods periods, DateOnly day, DateOnly asOf) =>
        periods.IsWithin(Kind, EffectiveOn, day)
        && !(RevokedOn is { } r && r <= day)
        && !(ExemptedOn is { } e && e <= asOf);

    /// <summary>True when the sanction counts on <paramref name="asOf"/>: in effect, not revoked and not exempted.</summary>
    public bool Stands(DateOnly asOf) =>
        EffectiveOn <= asOf && !(RevokedOn is { } r && r <= asOf) && !(ExemptedOn is { } e && e <= asOf);
}

/// <summary>A rank raise (职级晋升): a rank whose ordinal exceeds that of the rank the cadre held before it.</summary>
public sealed record RankRaise(int RankId, string RankName, DateOnly On);

/// <summary>An annual grade (ZB18 code) of a cadre.</summary>
public sealed record YearGrade(int Year, string GradeCode)
{
    /// <summary>基本称职 (3) and 不称职 (4) are the results that are not good.</summary>
    public bool IsPoor => GradeCode is "3" or "4";
}

/// <summary>One sanctioned cadre: the sanctions, the rank raises and the annual grades R7.2 judges.</summary>
public sealed record SanctionFacts(Subject Cadre, IReadOnlyList<SanctionSpan> Sanctions, IReadOnlyList<RankRaise> Raises, IReadOnlyList<YearGrade> Grades);

/// <summary>An error-tolerance case, for R7.1.</summary>
public sealed record ToleranceCaseFacts(Subject Cadre, int CaseId, DateOnly ReceivedOn, DateOnly? DecidedOn);

/// <summary>An accusation concluded 不实 or 诬告, for R7.3.</summary>
public sealed record ClarificationFacts(Subject Cadre, int AccusationId, AccusationConclusion Conclusion, DateOnly ConcludedOn, DateOnly? ClarifiedOn);

/// <summary>Rank raises out of a cadre's rank history: each rank whose ordinal exceeds the one started just before it.</summary>
public static class RankRaises
{
    public static IReadOnlyList<RankRaise> From(IEnumerable<(int Id, string Name, int Ordinal, DateOnly Start)> ranks)
    {
        var raises = new List<RankRaise>();
        (int Ordinal, DateOnly Start)? previous = null;
        foreach (var r in ranks.OrderBy(r => r.Start).ThenBy(r => r.Id))
        {
            if (previous is { } p && r.Ordinal > p.Ordinal)
            {
                raises.Add(new RankRaise(r.Id, r.Name, r.Start));
            }

            previous = (r.Ordinal, r.Start);
        }

        return raises;
    }
}
