using Jiceng.Core.Findings;
using Jiceng.Data.Engine;

namespace Jiceng.Web.Compliance;

/// <summary>Where a user fixes what a finding is about: the cadre's page, the township's team page, or the unit's cadres.</summary>
public static class FindingLinks
{
    public static string FixHref(FindingRecord f) => f.SubjectKind switch
    {
        SubjectKind.Cadre => $"cadres/{f.SubjectId}",
        SubjectKind.OrgUnit when f.Clause == 1 => $"townships/{f.SubjectId}",
        SubjectKind.OrgUnit => $"cadres?orgUnitId={f.SubjectId}",
        SubjectKind.District => "compliance",
    };
}
