using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Core.Org;
using Jiceng.Core.Policy;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M05Assessment;

/// <summary>
/// R5.1's figures for a township and year as the grade page shows them: n (its grades of the year except 不进行考核),
/// the cap rounding(n × ratio) with the profile in force on 31 December of the year, and the 优秀 grades recorded.
/// </summary>
public sealed record GradeTally(int TownshipId, string TownshipName, int Year, int Assessed, int Excellent, int Cap, decimal Ratio, RoundingMode Rounding)
{
    public bool OverCap => Excellent > Cap;

    /// <summary>The tally of a township (or sub-district) in scope; null when it is not one, or not in scope.</summary>
    public static async Task<GradeTally?> OfAsync(JicengDbContext db, DataScope scope, int townshipId, int year, PolicyProfile profile, CancellationToken ct = default)
    {
        var township = await db.OrgUnits.InScope(scope).AsNoTracking()
            .Where(u => u.Id == townshipId && (u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict))
            .Select(u => new { u.Id, u.Name }).FirstOrDefaultAsync(ct);
        if (township is null)
        {
            return null;
        }

        var codes = await db.CadreYearlyGrades.AsNoTracking()
            .Where(g => g.OrgUnitId == township.Id && g.Year == year && g.GradeCode != AssessmentGrades.NotAssessed)
            .Select(g => g.GradeCode).ToListAsync(ct);
        var inForce = profile.At(new DateOnly(year, 12, 31));
        return new GradeTally(township.Id, township.Name, year, codes.Count, codes.Count(c => c == AssessmentGrades.Excellent), ExcellentCap.Of(codes.Count, inForce),
            inForce.Decimal(ParameterIds.P5.TownshipExcellentRatio), inForce.Rounding(ParameterIds.P5.ExcellentRounding));
    }
}

/// <summary>A line of a township's grade sheet: a cadre and the grade recorded for the year (null: not yet entered).</summary>
public sealed record GradeSheetRow(int CadreId, string CadreName, int? GradeId, string? GradeCode, GradeSource? Source);

public static class GradeSheet
{
    /// <summary>
    /// The township's cadres (its own staff, by name) with their grade of the year, and the cadres graded on the
    /// township that year who now work elsewhere; empty when the township is not in scope.
    /// </summary>
    public static async Task<IReadOnlyList<GradeSheetRow>> OfAsync(JicengDbContext db, DataScope scope, int townshipId, int year, CancellationToken ct = default)
    {
        if (!await db.OrgUnits.InScope(scope).AnyAsync(u => u.Id == townshipId, ct))
        {
            return [];
        }

        var rows = await db.Cadres.InScope(scope).AsNoTracking()
            .Where(c => c.OrgUnitId == townshipId || db.CadreYearlyGrades.Any(g => g.CadreId == c.Id && g.Year == year && g.OrgUnitId == townshipId))
            .Select(c => new
            {
                c.Id, c.Name,
                Grade = db.CadreYearlyGrades.Where(g => g.CadreId == c.Id && g.Year == year).OrderBy(g => g.Id).Select(g => new { g.Id, g.GradeCode, g.Source }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Id)
            .Select(r => new GradeSheetRow(r.Id, r.Name, r.Grade?.Id, r.Grade?.GradeCode, r.Grade?.Source))];
    }
}
