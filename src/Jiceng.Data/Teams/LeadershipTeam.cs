using Jiceng.Core.Cadres;
using Jiceng.Core.Posts;

namespace Jiceng.Data.Teams;

/// <summary>A township's leadership team (乡镇领导班子) in its current term: seats, members and structure.</summary>
public sealed record LeadershipTeam(
    int OrgUnitId, string OrgUnitName, bool IsRemoteHardship, TermSummary? Term,
    IReadOnlyList<SeatRow> Seats, IReadOnlyList<TeamMember> Members)
{
    public int SeatCount => Seats.Sum(s => s.Seats);

    public int FilledCount => Members.Select(m => m.CadreId).Distinct().Count();
}

public sealed record TermSummary(int Id, int Number, DateOnly Start, DateOnly End);

public sealed record SeatRow(PostKind Kind, int Seats, int Filled);

public sealed record TeamMember(
    int CadreId, string Name, Sex Sex, DateOnly BirthDate, int Age, string EthnicityCode, string? EducationCode,
    string? Major, string PoliticalStatusCode, PostKind Kind, string? Title, DateOnly Start);

/// <summary>One township's row in the list of teams.</summary>
public sealed record TeamSummaryRow(
    int OrgUnitId, string Name, bool IsRemoteHardship, int? TermNumber, DateOnly? TermEnd, int Seats, int Members,
    int Women, double? AverageAge);
