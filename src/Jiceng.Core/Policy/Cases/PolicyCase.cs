using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;

namespace Jiceng.Core.Policy.Cases;

/// <summary>A 1-based line and column in a case file, so a runner can point at the record or expectation concerned.</summary>
public readonly record struct CaseAt(int Line, int Column);

/// <summary>
/// One policy case (政策用例) of docs/policy-cases.md: records to create, the day to judge them on, parameter overrides
/// of the profile under test, and what the named rules must find.
/// </summary>
/// <param name="Source">The file (or other source name) the case was read from.</param>
/// <param name="Overrides">Parameter id → value, typed as in a profile; null makes an optional parameter "not set".</param>
public sealed record PolicyCase(
    string Source,
    string Name,
    CaseAt At,
    string? Note,
    IReadOnlyDictionary<string, object?> Overrides,
    int Year,
    DateOnly? AsOf,
    CaseRecords Records,
    CaseExpectations Expect)
{
    /// <summary>The day judged: <see cref="AsOf"/>, or the year's last day.</summary>
    public DateOnly JudgedOn => AsOf ?? new DateOnly(Year, 12, 31);
}

/// <summary>The records of a case by kind, in file order (references point backwards or forwards, never outside the case).</summary>
public sealed record CaseRecords(
    IReadOnlyList<CaseUnit> Units,
    IReadOnlyList<CaseCadre> Cadres,
    IReadOnlyList<CaseTerm> Terms,
    IReadOnlyList<CasePost> Posts,
    IReadOnlyList<CaseReserve> Reserves,
    IReadOnlyList<CaseExemption> Exemptions,
    IReadOnlyList<CasePoolEntry> PoolEntries,
    IReadOnlyList<CaseCommendation> Commendations);

/// <summary>An org unit under the case district (or under another case unit).</summary>
public sealed record CaseUnit(string Id, OrgUnitKind Kind, string? Parent, string? Name, string? Code, bool Remote, CaseAt At);

/// <summary>A cadre; unwritten fields take the plain defaults of docs/policy-cases.md.</summary>
public sealed record CaseCadre(
    string Id, string Unit, Sex Sex, DateOnly? Birth, string? Name, string? IdNumber, string? Ethnicity,
    string? PoliticalStatus, string? Education, CadreCategory? Category, DateOnly? JoinedWork, DateOnly? JoinedParty,
    DateOnly? GrassrootsSince, CaseAt At);

/// <summary>A term (届次) of a township or village; <see cref="Seats"/> are the village seats (职数) by post kind.</summary>
public sealed record CaseTerm(
    string Id, string Unit, int? Number, DateOnly? Start, DateOnly? End, IReadOnlyList<CaseSeat> Seats, CaseAt At);

public sealed record CaseSeat(PostKind Kind, int Count);

/// <summary>A post a cadre holds in a unit; <see cref="Id"/> is optional and names the post in a finding's topic.</summary>
public sealed record CasePost(
    string? Id, string Cadre, string Unit, PostKind Kind, string? Title, bool Team, DateOnly? Start, DateOnly? End,
    string? Term, CaseAt At);

/// <summary>A village reserve-pool membership (村级后备干部) from <see cref="From"/> to <see cref="To"/> (the last day in the pool).</summary>
public sealed record CaseReserve(string Cadre, string Village, DateOnly? From, DateOnly? To, string? LeaveReason, CaseAt At);

/// <summary>A candidate-pool entry (乡镇领导班子推荐人选) for a township, from <see cref="From"/> to <see cref="To"/> (the last day in the pool).</summary>
public sealed record CasePoolEntry(
    string Cadre, string Township, Measures.M01TeamBuilding.CandidateSource? Source, DateOnly? From, DateOnly? To,
    Measures.M01TeamBuilding.CandidateLeaveReason? LeaveReason, CaseAt At);

/// <summary>A commendation (表彰奖励) of a cadre; unwritten title, body and level take the defaults of docs/policy-cases.md.</summary>
public sealed record CaseCommendation(
    string Cadre, Measures.M01TeamBuilding.CommendationKind Kind, string? Title, string? Body, Measures.M01TeamBuilding.AwardLevel? Level, DateOnly? Date, CaseAt At);

/// <summary>A village's exemption from "one shoulder" (一肩挑).</summary>
public sealed record CaseExemption(string Village, string? Reason, DateOnly? From, DateOnly? To, CaseAt At);

/// <summary>What the rules named must find: exactly <see cref="Findings"/> for each rule listed there, nothing for <see cref="None"/>.</summary>
public sealed record CaseExpectations(IReadOnlyList<ExpectedFinding> Findings, IReadOnlyList<string> None)
{
    /// <summary>Every rule judged by the case, in order of first mention.</summary>
    public IReadOnlyList<string> Rules => [.. Findings.Select(f => f.Rule).Concat(None).Distinct(StringComparer.Ordinal)];
}

/// <summary>One expected finding; null fields are not compared.</summary>
/// <param name="Subject">A local id of a unit or cadre, or <see cref="CaseFileKeys.District"/>.</param>
public sealed record ExpectedFinding(
    string Rule, string Subject, Severity Severity, string? Topic, DateOnly? Due, string? Measured, string? Required, CaseAt At);
