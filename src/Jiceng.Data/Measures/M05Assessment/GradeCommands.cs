using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Core.Org;
using Jiceng.Core.Policy;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M05Assessment;

/// <summary>What a grade is saved with: the year, the ZB18 code and the unit assessed in (default: the cadre's unit).</summary>
public sealed record GradeInput(int? Year, string? GradeCode, int? OrgUnitId = null);

/// <summary>
/// Annual grades (年度考核结果) of cadres in the caller's scope: one per cadre and year, entered (or replaced), deleted
/// and listed. Saving a 优秀 grade applies R5.1's cap for the township and year (<see cref="ExcellentCap.Refusal"/>)
/// with the profile in force on 31 December of the year.
/// </summary>
public static class GradeCommands
{
    public static async Task<IReadOnlyList<CadreYearlyGrade>?> ListAsync(JicengDbContext db, DataScope scope, int cadreId, CancellationToken ct = default) =>
        await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct)
            ? await db.CadreYearlyGrades.AsNoTracking().Include(g => g.OrgUnit).Where(g => g.CadreId == cadreId).OrderByDescending(g => g.Year).ToListAsync(ct)
            : null;

    /// <summary>Enters the cadre's grade of the year, replacing the one recorded for that year if any.</summary>
    public static Task<CommandResult<CadreYearlyGrade>> SaveAsync(
        JicengDbContext db, DataScope scope, int cadreId, GradeInput input, PolicyProfile profile, DateOnly today, CancellationToken ct = default) =>
        WriteAsync(db, scope, cadreId, input, profile, today, ct);

    /// <summary>
    /// Records a grade as a batch import does (source 导入): checked field by field but never refused for R5.1's cap —
    /// imported grades are the past's decisions, and the rule reports an excess afterwards.
    /// </summary>
    public static Task<CommandResult<CadreYearlyGrade>> ImportAsync(
        JicengDbContext db, DataScope scope, int cadreId, GradeInput input, DateOnly today, CancellationToken ct = default) =>
        WriteAsync(db, scope, cadreId, input, null, today, ct);

    private static async Task<CommandResult<CadreYearlyGrade>> WriteAsync(
        JicengDbContext db, DataScope scope, int cadreId, GradeInput input, PolicyProfile? profile, DateOnly today, CancellationToken ct)
    {
        var cadre = await db.Cadres.InScope(scope).AsNoTracking().Select(c => new { c.Id, c.OrgUnitId }).FirstOrDefaultAsync(c => c.Id == cadreId, ct);
        if (cadre is null)
        {
            return CommandResult<CadreYearlyGrade>.Missing();
        }

        var errors = new List<FieldError>();
        if (input.Year is not { } year)
        {
            errors.Add(new FieldError("year", "考核年度：必填"));
            year = 0;
        }
        else if (year < 1950 || year > today.Year)
        {
            errors.Add(new FieldError("year", $"考核年度：应在1950至{today.Year}之间"));
        }

        if (!AssessmentGrades.IsValid(input.GradeCode))
        {
            errors.Add(new FieldError("gradeCode", "考核等次：应为优秀、称职、基本称职、不称职、不定等次或不进行考核（代码1至6）"));
        }

        var unitId = input.OrgUnitId ?? cadre.OrgUnitId;
        var unit = await db.OrgUnits.InScope(scope).AsNoTracking().Select(u => new { u.Id, u.Name, u.Kind }).FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            errors.Add(new FieldError("orgUnitId", "考核单位：单位不存在或不在您的管理范围内"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<CadreYearlyGrade>.Invalid(errors);
        }

        var grade = await db.CadreYearlyGrades.FirstOrDefaultAsync(g => g.CadreId == cadreId && g.Year == year, ct);
        if (profile is not null && unit!.Kind is OrgUnitKind.Township or OrgUnitKind.SubDistrict && input.GradeCode == AssessmentGrades.Excellent)
        {
            var others = await db.CadreYearlyGrades.AsNoTracking()
                .Where(g => g.OrgUnitId == unit.Id && g.Year == year && g.CadreId != cadreId && g.GradeCode != AssessmentGrades.NotAssessed)
                .GroupBy(g => 1)
                .Select(g => new { Assessed = g.Count(), Excellent = g.Count(x => x.GradeCode == AssessmentGrades.Excellent) })
                .FirstOrDefaultAsync(ct);
            var refusal = ExcellentCap.Refusal(input.GradeCode!, unit.Name, year, (others?.Assessed ?? 0) + 1, (others?.Excellent ?? 0) + 1,
                profile.At(new DateOnly(year, 12, 31)));
            if (refusal is not null)
            {
                return CommandResult<CadreYearlyGrade>.Invalid([new FieldError("gradeCode", refusal)]);
            }
        }

        if (grade is null)
        {
            grade = new CadreYearlyGrade { CadreId = cadreId, Year = year };
            db.CadreYearlyGrades.Add(grade);
        }

        grade.GradeCode = input.GradeCode!;
        grade.OrgUnitId = unit!.Id;
        grade.Source = profile is null ? GradeSource.Imported : GradeSource.Entered;
        await db.SaveChangesAsync(ct);
        return CommandResult<CadreYearlyGrade>.Ok(grade);
    }

    /// <summary>Deletes a grade entered by mistake; false when its cadre is not in scope.</summary>
    public static async Task<bool> DeleteAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default)
    {
        var grade = await db.CadreYearlyGrades.FirstOrDefaultAsync(g => g.Id == id && db.Cadres.InScope(scope).Any(c => c.Id == g.CadreId), ct);
        if (grade is null)
        {
            return false;
        }

        db.CadreYearlyGrades.Remove(grade);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>A row of the grade list: the cadre, the year, the grade and the unit assessed in.</summary>
    public sealed record GradeRow(int Id, int CadreId, string CadreName, int Year, string GradeCode, string GradeLabel, string UnitName, GradeSource Source);

    /// <summary>The grades of cadres in scope, filtered by year, grade and unit (the unit assessed in, with its subtree).</summary>
    public static async Task<IReadOnlyList<GradeRow>> SearchAsync(
        JicengDbContext db, DataScope scope, int? year, string? gradeCode, int? unitId, int take, CancellationToken ct = default)
    {
        var q = db.CadreYearlyGrades.AsNoTracking().Where(g => db.Cadres.InScope(scope).Any(c => c.Id == g.CadreId));
        if (year is { } y)
        {
            q = q.Where(g => g.Year == y);
        }

        if (!string.IsNullOrEmpty(gradeCode))
        {
            q = q.Where(g => g.GradeCode == gradeCode);
        }

        if (unitId is { } u)
        {
            var path = await db.OrgUnits.InScope(scope).Where(o => o.Id == u).Select(o => o.Path).FirstOrDefaultAsync(ct) ?? "\0";
            q = q.Where(g => g.OrgUnit != null && g.OrgUnit.Path.StartsWith(path));
        }

        var rows = await q.OrderByDescending(g => g.Year).ThenBy(g => g.OrgUnitId).ThenBy(g => g.CadreId).Take(take)
            .Select(g => new { g.Id, g.CadreId, g.Cadre!.Name, g.Year, g.GradeCode, Unit = g.OrgUnit != null ? g.OrgUnit.Name : "", g.Source })
            .ToListAsync(ct);
        return [.. rows.Select(r => new GradeRow(r.Id, r.CadreId, r.Name, r.Year, r.GradeCode, AssessmentGrades.Label(r.GradeCode), r.Unit, r.Source))];
    }

}
