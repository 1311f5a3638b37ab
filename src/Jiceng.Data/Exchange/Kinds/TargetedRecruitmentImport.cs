using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Data.Measures.M10VillageCadres;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Civil-service recruitment plans with their targeted positions (定向招录, read by R10.5) by unit code + year (the
/// natural key, one plan per unit and year as the API keeps it): a stored plan gets the file's positions, otherwise one
/// is added. Checked by <see cref="TargetedRecruitmentCommands.Validate"/> as the API checks it (a district or city in
/// scope, targeted positions part of the plan).
/// </summary>
public sealed class TargetedRecruitmentImport : ImportKind<TargetedRecruitmentImport.Row>
{
    public sealed record Row(UnitRef Unit, TargetedRecruitmentInput Input);

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal) { ["orgUnitId"] = "orgUnitCode" };

    private readonly Dictionary<int, int> _target = [];

    public override string Name => "recruitment-plans";

    public override string Label => "公务员定向招录计划";

    public override string NaturalKey => "单位代码和年度";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("orgUnitCode", "单位代码", true, "招录单位（区（县）或市）的12位区划代码") { Text = true },
        new("orgUnitName", "单位名称", false, "仅供阅读，导入时不读取"),
        new("year", "年度", true, $"招录年度，{TargetedRecruitmentCommands.EarliestYear}至{TargetedRecruitmentCommands.LatestYear}"),
        new("planPositions", "招录计划职位数", true, $"0至{TargetedRecruitmentPlan.MaxPositions}的整数"),
        new("targetedPositions", "定向招录职位数", true, "面向优秀村（社区）干部、大学生村官等定向招录的职位数，不超过招录计划职位数"),
    ];

    /// <summary>The plans of the units in scope, in template form, by unit code and year.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.TargetedRecruitmentPlans.AsNoTracking().Where(p => db.OrgUnits.InScope(scope).Any(u => u.Id == p.OrgUnitId))
            .Select(p => new { p.Year, p.PlanPositions, p.TargetedPositions, p.OrgUnit!.Code, p.OrgUnit.Name }).ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Year)
            .Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["orgUnitCode"] = r.Code, ["orgUnitName"] = r.Name, ["year"] = r.Year, ["planPositions"] = r.PlanPositions, ["targetedPositions"] = r.TargetedPositions,
            }).ToList();
    }

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var code = row.Text("orgUnitCode", required: true);
        var unit = session.UnitInScope(code);
        if (code is not null && unit is null)
        {
            row.Error("orgUnitCode", code, "单位不存在或不在您的管理范围内");
        }

        var input = new TargetedRecruitmentInput(
            row.Int("year"), row.Int("planPositions"), row.Int("targetedPositions"));
        row.Add(TargetedRecruitmentCommands.Validate(unit?.Kind ?? Core.Org.OrgUnitKind.District, input), ColumnOfField);
        return row.Ok ? new Row(unit!, input) : null;
    }

    protected override string Key(Row item) => $"{item.Unit.Code}|{item.Input.Year}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var unitIds = rows.Select(r => r.Item.Unit.Id).Distinct().ToList();
        var stored = (await session.Db.TargetedRecruitmentPlans.AsNoTracking().Where(p => unitIds.Contains(p.OrgUnitId))
            .Select(p => new { p.Id, p.OrgUnitId, p.Year }).ToListAsync(ct)).ToDictionary(p => (p.OrgUnitId, p.Year), p => p.Id);
        foreach (var (number, row) in rows)
        {
            if (stored.TryGetValue((row.Unit.Id, row.Input.Year!.Value), out var id))
            {
                _target[number] = id;
            }
        }
    }

    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct) =>
        ImportUpsert.RunAsync(session, rows, _target,
            (_, row) => Write(new TargetedRecruitmentPlan { OrgUnitId = row.Unit.Id, Year = row.Input.Year!.Value }, row), (p, row) => Write(p, row), ct);

    private static TargetedRecruitmentPlan Write(TargetedRecruitmentPlan p, Row row)
    {
        (p.PlanPositions, p.TargetedPositions) = (row.Input.PlanPositions!.Value, row.Input.TargetedPositions!.Value);
        return p;
    }
}
