using Jiceng.Core.Cadres;
using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Core.Org;
using Jiceng.Core.Policy;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Annual grades (年度考核结果) by cadre ID number + year (the natural key): a stored grade of that cadre and year gets
/// the file's grade and unit, otherwise a grade is added (source 导入). As at save (<see cref="Measures.M05Assessment.GradeCommands"/>),
/// a 优秀 that would push its township's grades of the year over R5.1's cap is refused: the stored grades no row replaces
/// and the file's rows are counted together, and the cap and the words are <see cref="ExcellentCap.Refusal"/>'s.
/// </summary>
public sealed class GradeImport : ImportKind<GradeImport.Row>
{
    public sealed record Row(string IdNumber, string? Name, int Year, string GradeCode, UnitRef Unit);

    private Dictionary<string, CadreRef> _cadres = [];
    private readonly Dictionary<int, int> _target = [];

    public override string Name => "grades";

    public override string Label => "年度考核结果";

    public override string NaturalKey => "身份证号码和考核年度";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("idNumber", "身份证号码", true, "已登记干部的身份证号码") { Text = true, Aliases = ["身份证号"] },
        new("name", "姓名", false, "填写时须与该身份证号码登记的姓名一致"),
        new("year", "考核年度", true, "四位年份，如 2025"),
        new("grade", "考核等次", true, "从下拉列表中选择") { Choices = AssessmentGrades.All.Select(g => g.Label).ToList() },
        new("orgUnitCode", "考核单位代码", true, "参加考核所在单位的12位区划代码；乡镇（街道）的优秀等次受比例上限约束") { Text = true, Aliases = ["单位代码"] },
    ];

    /// <summary>A stored grade in this kind's template form (export → import reproduces it).</summary>
    internal static IReadOnlyDictionary<string, object?> RowOf(CadreYearlyGrade g, IdCardNumber id, string cadreName, string unitCode) =>
        new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["idNumber"] = id.Value,
            ["name"] = cadreName,
            ["year"] = g.Year,
            ["grade"] = AssessmentGrades.Label(g.GradeCode),
            ["orgUnitCode"] = unitCode,
        };

    /// <summary>
    /// The grades of cadres in scope assessed in units in scope, in template form, by unit code, year and cadre (grades
    /// without a unit have no row). Full ID numbers: the caller checks the user may see them and audits the export.
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.CadreYearlyGrades.AsNoTracking()
            .Where(g => db.OrgUnits.InScope(scope).Any(u => u.Id == g.OrgUnitId) && db.Cadres.InScope(scope).Any(c => c.Id == g.CadreId))
            .Select(g => new { Grade = g, Cadre = g.Cadre!, g.OrgUnit!.Code }).ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Grade.Year).ThenBy(r => r.Grade.CadreId)
            .Select(r => RowOf(r.Grade, r.Cadre.IdNumber, r.Cadre.Name, r.Code)).ToList();
    }

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var id = row.Text("idNumber", required: true)?.ToUpperInvariant();
        if (id is not null && !IdCardNumber.TryParse(id, out _, out var idError))
        {
            row.Error("idNumber", id, idError);
        }

        var year = row.Int("year", 1950, session.Today.Year);
        if (year is null && row.Ok)
        {
            row.Error("year", null, "必填");
        }

        var label = row.Text("grade", required: true);
        var code = AssessmentGrades.All.FirstOrDefault(g => g.Label == label || g.Code == label).Code;
        if (label is not null && code is null)
        {
            row.Error("grade", label, "应为优秀、称职、基本称职、不称职、不定等次或不进行考核");
        }

        var unitCode = row.Text("orgUnitCode", required: true);
        var unit = session.UnitInScope(unitCode);
        if (unitCode is not null && unit is null)
        {
            row.Error("orgUnitCode", unitCode, "单位不存在或不在您的管理范围内");
        }

        return row.Ok ? new Row(id!, row.Text("name"), year!.Value, code!, unit!) : null;
    }

    protected override string Key(Row item) => $"{item.IdNumber}|{item.Year}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        _cadres = await CadreLookup.FindAsync(session, rows.Select(r => IdCardNumber.Parse(r.Item.IdNumber)), ct);
        var known = new List<ParsedRow<Row>>();
        foreach (var r in rows)
        {
            if (!_cadres.TryGetValue(r.Item.IdNumber, out var cadre) || !cadre.InScope)
            {
                session.Errors.Add(new ImportError(r.Row, "身份证号码", IdCardNumber.Parse(r.Item.IdNumber).Masked, "未找到该干部，或不在您的管理范围内（请先导入干部）"));
                continue;
            }

            if (r.Item.Name is { } name && !string.Equals(name, cadre.Name, StringComparison.Ordinal))
            {
                session.Errors.Add(new ImportError(r.Row, "姓名", name, $"与该身份证号码登记的姓名“{cadre.Name}”不一致"));
            }

            known.Add(r);
        }

        // The stored grades of the file's cadres: a row replaces its cadre's grade of the year.
        var cadreIds = known.Select(r => _cadres[r.Item.IdNumber].Id).Distinct().ToList();
        var stored = new List<(int Id, int CadreId, int Year)>();
        foreach (var chunk in cadreIds.Chunk(500))
        {
            stored.AddRange((await session.Db.CadreYearlyGrades.AsNoTracking().Where(g => chunk.Contains(g.CadreId))
                .Select(g => new { g.Id, g.CadreId, g.Year }).ToListAsync(ct)).Select(g => (g.Id, g.CadreId, g.Year)));
        }

        var byKey = stored.ToDictionary(g => (g.CadreId, g.Year), g => g.Id);
        foreach (var r in known)
        {
            if (byKey.TryGetValue((_cadres[r.Item.IdNumber].Id, r.Item.Year), out var id))
            {
                _target[r.Row] = id;
            }
        }

        await CheckExcellentCapAsync(session, known, ct);
    }

    /// <summary>R5.1 per township and year with a 优秀 in the file: the stored grades no row replaces, then the file's rows in order.</summary>
    private async Task CheckExcellentCapAsync(ImportSession session, List<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var groups = rows.Where(r => r.Item.Unit.Kind is OrgUnitKind.Township or OrgUnitKind.SubDistrict)
            .GroupBy(r => (r.Item.Unit.Id, r.Item.Year))
            .Where(g => g.Any(r => r.Item.GradeCode == AssessmentGrades.Excellent)).ToList();
        if (groups.Count == 0)
        {
            return;
        }

        var unitIds = groups.Select(g => g.Key.Id).Distinct().ToList();
        var years = groups.Select(g => g.Key.Year).Distinct().ToList();
        var replaced = _target.Values.ToHashSet();
        var kept = (await session.Db.CadreYearlyGrades.AsNoTracking()
                .Where(g => g.OrgUnitId != null && unitIds.Contains(g.OrgUnitId.Value) && years.Contains(g.Year))
                .Select(g => new { g.Id, UnitId = g.OrgUnitId!.Value, g.Year, g.GradeCode }).ToListAsync(ct))
            .Where(g => !replaced.Contains(g.Id)).ToLookup(g => (g.UnitId, g.Year));
        foreach (var group in groups)
        {
            var (unitId, year) = group.Key;
            var stored = kept[(unitId, year)].Select(g => g.GradeCode).ToList();
            var file = group.ToList();
            var assessed = stored.Count(AssessmentGrades.CountsAsAssessed) + file.Count(r => AssessmentGrades.CountsAsAssessed(r.Item.GradeCode));
            var excellent = stored.Count(c => c == AssessmentGrades.Excellent);
            PolicyProfile? profile = null;
            foreach (var r in file.Where(r => r.Item.GradeCode == AssessmentGrades.Excellent))
            {
                excellent++;
                if (session.ProfileOn is null)
                {
                    session.Errors.Add(new ImportError(r.Row, "考核等次", "优秀", "未加载政策参数，无法核对优秀等次比例（第五条），请在系统中导入"));
                    continue;
                }

                profile ??= session.ProfileOn(new DateOnly(year, 12, 31)).At(new DateOnly(year, 12, 31));
                if (ExcellentCap.Refusal(r.Item.GradeCode, r.Item.Unit.Name, year, assessed, excellent, profile) is { } refusal)
                {
                    session.Errors.Add(new ImportError(r.Row, "考核等次", "优秀", refusal));
                }
            }
        }
    }

    protected override async Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var db = session.Db;
        var tracked = new Dictionary<int, CadreYearlyGrade>();
        foreach (var chunk in _target.Values.Chunk(500))
        {
            foreach (var g in await db.CadreYearlyGrades.Where(g => chunk.Contains(g.Id)).ToListAsync(ct))
            {
                tracked[g.Id] = g;
            }
        }

        var done = 0;
        foreach (var (number, row) in rows)
        {
            if (_target.TryGetValue(number, out var id))
            {
                var grade = tracked[id];
                if (grade.GradeCode == row.GradeCode && grade.OrgUnitId == row.Unit.Id)
                {
                    session.Counts.Unchanged++;
                }
                else
                {
                    (grade.GradeCode, grade.OrgUnitId, grade.Source) = (row.GradeCode, row.Unit.Id, GradeSource.Imported);
                    session.Counts.Updated++;
                }
            }
            else
            {
                db.CadreYearlyGrades.Add(new CadreYearlyGrade
                {
                    CadreId = _cadres[row.IdNumber].Id, Year = row.Year, GradeCode = row.GradeCode, OrgUnitId = row.Unit.Id, Source = GradeSource.Imported,
                });
                session.Counts.Created++;
            }

            session.Report(ImportStage.Writing, ++done, rows.Count);
        }

        await db.SaveChangesAsync(ct);
    }
}
