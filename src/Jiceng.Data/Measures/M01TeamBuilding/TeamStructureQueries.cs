using Jiceng.Core.Common;
using Jiceng.Core.Measures.M01TeamBuilding;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M01TeamBuilding;

/// <summary>A township's leadership team on a day with its structure (班子结构情况), for the charts and the printable table.</summary>
public sealed record TownshipStructure(int OrgUnitId, string Name, int? TermNumber, DateOnly? TermStart, DateOnly? TermEnd, TeamStructureSummary Structure);

/// <summary>A township's terms (届次), for choosing whose structure to show.</summary>
public sealed record TermChoice(int Number, DateOnly Start, DateOnly End);

/// <summary>
/// The leadership-team structure of every township in scope (or one) on a day: one query for the townships and their
/// term in force, one for the team members serving that day; each member counts once. A past term's structure is
/// its team on the term's last day.
/// </summary>
public static class TeamStructureQueries
{
    public static async Task<IReadOnlyList<TownshipStructure>> OnDayAsync(
        JicengDbContext db, DataScope scope, DateOnly day, int youngAge, int? townshipId = null, CancellationToken ct = default)
    {
        var units = db.OrgUnits.AsNoTracking().InScope(scope).Where(u => u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict);
        if (townshipId is { } only)
        {
            units = units.Where(u => u.Id == only);
        }

        var townships = await units.OrderBy(u => u.SortOrder).ThenBy(u => u.Code)
            .Select(u => new
            {
                u.Id, u.Name,
                Term = db.Terms.Where(t => t.OrgUnitId == u.Id && t.Body == TermBody.TownshipLeadershipTeam && t.Start <= day && t.End >= day)
                    .OrderByDescending(t => t.Start).Select(t => new { t.Number, t.Start, t.End }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var ids = townships.Select(t => t.Id).ToList();
        var members = await db.PostAssignments.AsNoTracking()
            .Where(p => ids.Contains(p.OrgUnitId) && p.IsLeadershipTeamMember && p.Start <= day && (p.End == null || p.End >= day))
            .Select(p => new
            {
                p.OrgUnitId, p.CadreId, p.Cadre!.Sex, p.Cadre.BirthDate, p.Cadre.EducationCode, p.Cadre.Major, p.Cadre.PoliticalStatusCode, p.Cadre.EthnicityCode,
            })
            .ToListAsync(ct);
        var byUnit = members.ToLookup(m => m.OrgUnitId,
            m => new StructureMember(m.CadreId, m.Sex, Ages.FullYears(m.BirthDate, day), m.EducationCode, m.Major, m.PoliticalStatusCode, m.EthnicityCode));

        return townships.Select(t => new TownshipStructure(t.Id, t.Name, t.Term?.Number, t.Term?.Start, t.Term?.End,
            TeamStructure.Analyze(byUnit[t.Id], youngAge))).ToList();
    }

    /// <summary>A township's terms, latest first (empty when outside the scope).</summary>
    public static async Task<IReadOnlyList<TermChoice>> TermsAsync(JicengDbContext db, DataScope scope, int townshipId, CancellationToken ct = default) =>
        await db.Terms.AsNoTracking().InScope(scope).Where(t => t.OrgUnitId == townshipId && t.Body == TermBody.TownshipLeadershipTeam)
            .OrderByDescending(t => t.Start).Select(t => new TermChoice(t.Number, t.Start, t.End)).ToListAsync(ct);

    /// <summary>The day a term's structure is read on: today while it runs, its last day once over, its first day before it begins.</summary>
    public static DateOnly DayFor(TermChoice term, DateOnly today) =>
        today > term.End ? term.End : today < term.Start ? term.Start : today;
}
