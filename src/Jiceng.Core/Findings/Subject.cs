namespace Jiceng.Core.Findings;

/// <summary>What a finding is about.</summary>
public enum SubjectKind
{
    Cadre = 1,
    OrgUnit = 2,
    District = 3,
}

/// <summary>
/// The subject of a finding: a cadre or an org unit, with the unit it belongs to (<see cref="OrgUnitId"/>,
/// its own id for a unit) so findings are filtered by data scope and grouped by township like any record.
/// </summary>
public sealed record Subject(SubjectKind Kind, int Id, string Code, string Name, int OrgUnitId, string OrgUnitPath);
