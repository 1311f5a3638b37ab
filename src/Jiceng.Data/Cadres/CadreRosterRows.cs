using Jiceng.Core.Cadres;
using Jiceng.Core.CodeTables;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Cadres;

/// <summary>
/// One line of the cadre roster (干部花名册) in the organisation departments' common layout. The product records one
/// education (the highest); it is written as full-time education, in-service education is left empty.
/// </summary>
public sealed record CadreRosterRow(
    int Id, string Name, Sex Sex, string Ethnicity, DateOnly BirthDate, string NativePlace, DateOnly? JoinedPartyOn, DateOnly? JoinedWorkOn,
    string FullTimeEducation, string InServiceEducation, string OrgUnitName, string CurrentPosts, DateOnly? CurrentPostSince, string Rank, DateOnly? RankSince,
    string Remark);

/// <summary>The roster's rows: the cadre list's filter and order (through the scope), then each cadre's posts and rank on the day.</summary>
public static class CadreRosterRows
{
    public static async Task<IReadOnlyList<CadreRosterRow>> LoadAsync(
        JicengDbContext db, DataScope scope, CadreFilter filter, DateOnly today, int limit, CancellationToken ct = default)
    {
        var ids = await CadreSearch.IdsAsync(db, scope, filter, today, limit, ct);
        var cadres = await db.Cadres.AsNoTracking().InScope(scope).Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.Id, c.Name, c.Sex, c.EthnicityCode, c.BirthDate, c.HomeRegionCode, c.JoinedPartyOn, c.JoinedWorkOn,
                c.EducationCode, c.DegreeCode, c.Major, c.PoliticalStatusCode, Unit = c.OrgUnit!.Name,
            })
            .ToDictionaryAsync(c => c.Id, ct);
        var posts = (await db.PostAssignments.AsNoTracking()
                .Where(p => ids.Contains(p.CadreId) && p.Start <= today && (p.End == null || p.End >= today))
                .OrderBy(p => p.Start).Select(p => new { p.CadreId, p.Start, p.Title, Unit = p.OrgUnit!.Name }).ToListAsync(ct))
            .ToLookup(p => p.CadreId);
        var ranks = (await db.RankAssignments.AsNoTracking()
                .Where(r => ids.Contains(r.CadreId) && r.Start <= today && (r.End == null || r.End >= today))
                .Select(r => new { r.CadreId, r.RankCode, r.Start }).ToListAsync(ct))
            .GroupBy(r => r.CadreId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Start)!);

        var rows = new List<CadreRosterRow>(ids.Count);
        foreach (var id in ids)
        {
            if (!cadres.TryGetValue(id, out var c))
            {
                continue;
            }

            var held = posts[id].ToList();
            var rank = ranks.GetValueOrDefault(id);
            var education = string.Join(" ", new[] { CodeTables.Education.LabelOf(c.EducationCode), CodeTables.Degree.LabelOf(c.DegreeCode), c.Major ?? "" }
                .Where(t => t.Length > 0));
            rows.Add(new CadreRosterRow(c.Id, c.Name, c.Sex, CodeTables.Ethnicity.LabelOf(c.EthnicityCode), c.BirthDate,
                c.HomeRegionCode is null ? "" : CodeTables.RegionName(c.HomeRegionCode) ?? c.HomeRegionCode, c.JoinedPartyOn, c.JoinedWorkOn,
                education, "", c.Unit, string.Join("、", held.Select(p => p.Unit + (p.Title ?? "")).Distinct(StringComparer.Ordinal)),
                held.Count == 0 ? null : held.Min(p => p.Start), rank is null ? "" : CodeTables.Rank.LabelOf(rank.RankCode), rank?.Start,
                c.PoliticalStatusCode == "01" || c.PoliticalStatusCode == "02" ? "" : CodeTables.PoliticalStatus.LabelOf(c.PoliticalStatusCode)));
        }

        return rows;
    }
}
