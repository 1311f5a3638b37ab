using System.Security.Claims;
using Jiceng.Core.Policy;
using Jiceng.Data.Identity;
using Jiceng.Web.Api;
using Jiceng.Web.Compliance;
using P = Jiceng.Core.Policy.ParameterIds.P7;

namespace Jiceng.Web.Components.Pages.Discipline;

/// <summary>
/// Clause 七's parameters of the profile in force on a day, as the pages and exports read them: the influence periods
/// (P7.influence_months), the case deadline (P7.case_days) and the name-clearing deadline (P7.clarify_days). A day
/// before the first profile reads the first profile (as <see cref="ErrorToleranceApi.Periods"/> does).
/// </summary>
public sealed record DisciplineParameters(InfluencePeriods Periods, int CaseDays, int ClarifyDays)
{
    public static DisciplineParameters On(PolicyProfiles profiles, DateOnly day)
    {
        var profile = profiles.Set.TryInForceOn(day, out var p) ? p : profiles.Set.Versions[0];
        return new(profile.Get<InfluencePeriods>(P.InfluenceMonths), profile.Int(P.CaseDays), profile.Int(P.ClarifyDays));
    }

    /// <summary>True for the roles that see clause 七's records at all (<see cref="Roles.DisciplineReaders"/>).</summary>
    public static bool MayRead(ClaimsPrincipal user) => Roles.DisciplineReaders.Any(user.IsInRole);
}
