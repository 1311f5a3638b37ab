using Jiceng.Core.Common;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Teams;

/// <summary>Township leadership teams as of a day: one query for terms and seats, one for the members.</summary>
public static class LeadershipTeamQueries
{
    public static async Task<LeadershipTeam?> GetAsync(JicengDbContext db, DataScope scope, int townshipId, DateOnly today, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.AsNoTracking().InScope(scope)
            .FirstOrDefaultAsync(u => u.Id == townshipId && (u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict), ct);
        if (unit is null)
        {
            return null;
        }

        var term = await db.Terms.AsNoTracking().Include(t => t.Seats)
            .Where(t => t.OrgUnitId == townshipId && t.Body == TermBody.TownshipLeadershipTeam && t.Start <= today)
            .OrderByDescending(t => t.Start).FirstOrDefaultAsync(ct);

        var members = await db.PostAssignments.AsNoTracking()
            .Where(p => p.OrgUnitId == townshipId && p.IsLeadershipTeamMember && p.Start <= today && (p.End == null || p.End >= today))
            .OrderBy(p => p.Kind).ThenBy(p => p.Start)
            .Select(p => new
            {
                p.CadreId, p.Cadre!.Name, p.Cadre.Sex, p.Cadre.BirthDate, p.Cadre.EthnicityCode, p.Cadre.EducationCode,
                p.Cadre.Major, p.Cadre.PoliticalStatusCode, p.Kind, p.Title, p.Start,
            })
            .ToListAsync(ct);

        var rows = members.Select(m => new TeamMember(m.CadreId, m.Name, m.Sex, m.BirthDate, Ages.FullYears(m.BirthDate, today),
            m.EthnicityCode, m.EducationCode, m.Major, m.PoliticalStatusCode, m.Kind, m.Title, m.Start)).ToList();
        var seats = (term?.Seats ?? []).OrderBy(s => s.Kind)
            .Select(s => new SeatRow(s.Kind, s.Count, rows.Count(m => m.Kind == s.Kind))).ToList();
        var summary = term is null ? null : new TermSummary(term.Id, term.Number, term.Start, term.End);
        return new LeadershipTeam(unit.Id, unit.Name, unit.IsRemoteHardship, summary, seats, rows);
    }

    /// <summary>Every township in scope with its current team's size and make-up (grouped in the database).</summary>
    public static async Task<IReadOnlyList<TeamSummaryRow>> ListAsync(JicengDbContext db, DataScope scope, DateOnly today, CancellationToken ct = default)
    {
        var townships = await db.OrgUnits.AsNoTracking().InScope(scope)
            .Where(u => u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Code)
            .Select(u => new
            {
                u.Id, u.Name, u.IsRemoteHardship,
                Term = db.Terms.Where(t => t.OrgUnitId == u.Id && t.Body == TermBody.TownshipLeadershipTeam && t.Start <= today)
                    .OrderByDescending(t => t.Start)
                    .Select(t => new { t.Number, t.End, Seats = t.Seats.Sum(s => s.Count) })
                    .FirstOrDefault(),
            })
            .ToListAsync(ct);

        var members = await db.PostAssignments.AsNoTracking().InScope(scope)
            .Where(p => p.IsLeadershipTeamMember && p.Start <= today && (p.End == null || p.End >= today)
                && (p.OrgUnit!.Kind == OrgUnitKind.Township || p.OrgUnit.Kind == OrgUnitKind.SubDistrict))
            .Select(p => new { p.OrgUnitId, p.CadreId, p.Cadre!.Sex, p.Cadre.BirthDate })
            .Distinct()
            .ToListAsync(ct);
        var byUnit = members.GroupBy(m => m.OrgUnitId).ToDictionary(g => g.Key, g => g.DistinctBy(m => m.CadreId).ToList());

        return townships.Select(t =>
        {
            var m = byUnit.GetValueOrDefault(t.Id) ?? [];
            return new TeamSummaryRow(t.Id, t.Name, t.IsRemoteHardship, t.Term?.Number, t.Term?.End, t.Term?.Seats ?? 0, m.Count,
                m.Count(x => x.Sex == Core.Cadres.Sex.Female),
                m.Count == 0 ? null : m.Average(x => Ages.FullYears(x.BirthDate, today)));
        }).ToList();
    }
}
