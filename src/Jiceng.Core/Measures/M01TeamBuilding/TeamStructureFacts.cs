using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;

namespace Jiceng.Core.Measures.M01TeamBuilding;

/// <summary>A township leadership team as of the evaluation day: its current term and its serving members (each cadre once).</summary>
public sealed record TeamStructureFacts(Subject Township, int? TermNumber, DateOnly? TermEnd, IReadOnlyList<TeamMemberFact> Members);

/// <summary>What R1.1 needs of one team member.</summary>
public sealed record TeamMemberFact(int CadreId, Sex Sex, DateOnly BirthDate, string EthnicityCode, string PoliticalStatusCode, string? EducationCode)
{
    /// <summary>Members of the CPC, full or probationary (GB/T 4762 01, 02).</summary>
    public bool IsPartyMember => MemberCodes.IsPartyMember(PoliticalStatusCode);

    /// <summary>An ethnic minority: any GB/T 3304 group but 汉族 (01); 98 (foreign origin) is not counted.</summary>
    public bool IsMinority => MemberCodes.IsMinority(EthnicityCode);

    /// <summary>University bachelor's level or above (ZB64 codes 1x and 2x, party-school degrees included).</summary>
    public bool HasBachelorOrAbove => EducationCode is { Length: > 0 } e && (e[0] == '1' || e[0] == '2');
}
