using Jiceng.Core.Cadres;

namespace Jiceng.Core.Measures.M01TeamBuilding;

/// <summary>The 老中青 mix of a team: young (青), middle-aged (中) and senior (老) members.</summary>
public enum Generation
{
    /// <summary>青: aged P1.young_age or less (35 in the example profile), the same line R1.1 counts young cadres by.</summary>
    Young = 1,
    /// <summary>中: between the two lines.</summary>
    Middle = 2,
    /// <summary>老: aged <see cref="TeamStructure.SeniorFrom"/> or more.</summary>
    Senior = 3,
}

/// <summary>Education grouped as structure tables show it (ZB64 first digit; party-school degrees count with their level).</summary>
public enum StructureEducation
{
    /// <summary>研究生.</summary>
    Postgraduate = 1,
    /// <summary>大学本科.</summary>
    Bachelor = 2,
    /// <summary>大学专科.</summary>
    College = 3,
    /// <summary>中专及以下.</summary>
    SecondaryOrBelow = 4,
    /// <summary>未填写.</summary>
    Unknown = 5,
}

/// <summary>What the structure analysis needs of one team member (each cadre once), ages in full years on the day.</summary>
public sealed record StructureMember(
    int CadreId, Sex Sex, int Age, string? EducationCode, string? Major, string PoliticalStatusCode, string EthnicityCode)
{
    public bool IsPartyMember => MemberCodes.IsPartyMember(PoliticalStatusCode);

    public bool IsMinority => MemberCodes.IsMinority(EthnicityCode);
}

/// <summary>One bar pair of the age pyramid: members in an age bracket by sex.</summary>
public sealed record AgeBracketCount(int Min, int? Max, int Men, int Women);

/// <summary>A team's structure (班子结构): size, ages, education, majors, women, non-CPC members, minorities and the 老中青 mix.</summary>
public sealed record TeamStructureSummary(
    int Members,
    double? AverageAge,
    IReadOnlyList<AgeBracketCount> Pyramid,
    IReadOnlyDictionary<StructureEducation, int> Education,
    IReadOnlyList<KeyValuePair<string, int>> Majors,
    int Women,
    int NonParty,
    int Minorities,
    IReadOnlyDictionary<Generation, int> Generations);

/// <summary>
/// The structure analysis of a leadership team, pure: the 老中青 lines and the age pyramid's brackets are defined here
/// once. 青 is the policy's own line (P1.young_age, as R1.1 counts); 老 starts at 51, the age from which township
/// leaders are by common practice no longer newly promoted, so a team's 老 are those whose next step is not a promotion.
/// </summary>
public static class TeamStructure
{
    /// <summary>The youngest age counted as 老.</summary>
    public const int SeniorFrom = 51;

    /// <summary>Lower ends of the age pyramid's brackets: ≤30, 31–35, 36–40, 41–45, 46–50, 51–55, 56 and over.</summary>
    private static readonly int[] BracketStarts = [0, 31, 36, 41, 46, 51, 56];

    public static Generation GenerationOf(int age, int youngAge) =>
        age <= youngAge ? Generation.Young : age >= SeniorFrom ? Generation.Senior : Generation.Middle;

    public static StructureEducation EducationOf(string? code) => code is { Length: > 0 } c
        ? c[0] switch
        {
            '1' => StructureEducation.Postgraduate,
            '2' => StructureEducation.Bachelor,
            '3' => StructureEducation.College,
            _ => StructureEducation.SecondaryOrBelow,
        }
        : StructureEducation.Unknown;

    /// <summary>The age pyramid's brackets, youngest first; the last is open-ended.</summary>
    public static IReadOnlyList<(int Min, int? Max)> Brackets { get; } =
        [.. BracketStarts.Select((start, i) => (start, i + 1 < BracketStarts.Length ? BracketStarts[i + 1] - 1 : (int?)null))];

    /// <summary>Analyses the members; a cadre listed twice (two team posts) counts once.</summary>
    public static TeamStructureSummary Analyze(IEnumerable<StructureMember> members, int youngAge)
    {
        var m = members.DistinctBy(x => x.CadreId).ToList();
        var pyramid = Brackets.Select(b =>
        {
            var inBracket = m.Where(x => x.Age >= b.Min && (b.Max is not { } max || x.Age <= max)).ToList();
            return new AgeBracketCount(b.Min, b.Max, inBracket.Count(x => x.Sex != Sex.Female), inBracket.Count(x => x.Sex == Sex.Female));
        }).ToList();
        var majors = m.Where(x => !string.IsNullOrWhiteSpace(x.Major)).GroupBy(x => x.Major!.Trim(), StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        return new TeamStructureSummary(
            m.Count,
            m.Count == 0 ? null : m.Average(x => x.Age),
            pyramid,
            Enum.GetValues<StructureEducation>().ToDictionary(e => e, e => m.Count(x => EducationOf(x.EducationCode) == e)),
            majors,
            m.Count(x => x.Sex == Sex.Female),
            m.Count(x => !x.IsPartyMember),
            m.Count(x => x.IsMinority),
            Enum.GetValues<Generation>().ToDictionary(g => g, g => m.Count(x => GenerationOf(x.Age, youngAge) == g)));
    }
}

/// <summary>The code-table readings the structure figures and R1.1 share.</summary>
public static class MemberCodes
{
    /// <summary>Members of the CPC, full or probationary (GB/T 4762 01, 02).</summary>
    public static bool IsPartyMember(string politicalStatusCode) => politicalStatusCode is "01" or "02";

    /// <summary>An ethnic minority: any GB/T 3304 group but 汉族 (01); 98 (foreign origin) is not counted.</summary>
    public static bool IsMinority(string ethnicityCode) => ethnicityCode is not ("01" or "98");
}
