using Jiceng.Core.Common;
using Jiceng.Core.Measures.M06Burden;
using Jiceng.Data.Measures.M06Burden;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Inspections held in townships (督查检查考核，实际开展) of clause 六, read by R6.1–R6.3: one per row, by department code +
/// township code + day held + title (the natural key). Checked by <see cref="BurdenCommands.InspectionErrors"/> as
/// <c>POST /api/v1/burden/inspections</c> and the plan page check it (the department in the user's scope, the township of
/// its district). The plan item is named by its natural key (the inspection's department, 计划年度 — the year held when
/// empty — and 检查事项) and resolved set-based among the stored items: import the plan first. A stored inspection with
/// the row's key gets the row's plan item (the only field outside the key).
/// </summary>
public sealed class InspectionImport : ImportKind<InspectionImport.Row>
{
    public sealed record Row(UnitRef Department, UnitRef Township, InspectionInput Input, int? PlanYear, string? PlanTitle)
    {
        public string Title => Input.Title!.Trim();
    }

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal)
    {
        ["departmentId"] = "departmentCode", ["townshipId"] = "townshipCode",
    };

    private IReadOnlyDictionary<string, UnitRef> _units = new Dictionary<string, UnitRef>();
    private readonly Dictionary<int, int> _planOf = [];

    public override string Name => "inspections";

    public override string Label => "督查检查考核（实际开展）";

    public override string NaturalKey => "部门代码、乡镇代码、检查日期和检查事项";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("departmentCode", "部门代码", true, "开展检查的区直部门的单位代码") { Text = true, Aliases = ["区直部门代码"] },
        new("departmentName", "部门名称", false, "仅供阅读，导入时不读取"),
        new("townshipCode", "乡镇代码", true, "被检查乡镇（街道）的12位区划代码") { Text = true, Aliases = ["乡镇（街道）代码"] },
        new("townshipName", "乡镇名称", false, "仅供阅读，导入时不读取"),
        new("heldOn", "检查日期", true, "yyyy-MM-dd") { Aliases = ["开展日期"] },
        new("title", "检查事项", true, $"不超过{Inspection.TitleMaxLength}字"),
        new("planYear", "计划年度", false, "所依据计划事项的年度；留空为检查日期所在年度"),
        new("planTitle", "计划事项", false, "本部门已导入或登记的计划事项的检查事项名称；计划外检查留空") { Aliases = ["计划检查事项"] },
    ];

    /// <summary>The inspections held by the departments in scope (what the user may import), in template form.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.Inspections.AsNoTracking().Where(i => i.Department!.Path.StartsWith(scope.Path))
            .Select(i => new
            {
                DepartmentCode = i.Department!.Code, DepartmentName = i.Department.Name, TownshipCode = i.Township!.Code, TownshipName = i.Township.Name,
                i.HeldOn, i.Title, PlanYear = (int?)i.PlanItem!.Year, PlanTitle = i.PlanItem.Title,
            }).ToListAsync(ct);
        return rows.OrderBy(r => r.DepartmentCode, StringComparer.Ordinal).ThenBy(r => r.HeldOn).ThenBy(r => r.TownshipCode, StringComparer.Ordinal).ThenBy(r => r.Title, StringComparer.Ordinal)
            .Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["departmentCode"] = r.DepartmentCode, ["departmentName"] = r.DepartmentName, ["townshipCode"] = r.TownshipCode, ["townshipName"] = r.TownshipName,
                ["heldOn"] = r.HeldOn, ["title"] = r.Title, ["planYear"] = r.PlanYear, ["planTitle"] = r.PlanTitle,
            }).ToList();
    }

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => _units = await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var department = BurdenImportUnits.Find(_units, row.Text("departmentCode", required: true));
        var township = BurdenImportUnits.Find(_units, row.Text("townshipCode", required: true));
        var input = new InspectionInput(township?.Id, department?.Id, row.Date("heldOn", required: true), row.Text("title"), null);
        var planYear = row.Int("planYear", 2000, session.Today.Year + 1);
        var planTitle = row.Text("planTitle")?.Trim();
        if (planYear is not null && planTitle is null)
        {
            row.Error("planTitle", null, "填写了计划年度时必填");
        }

        row.Add(BurdenCommands.InspectionErrors(BurdenImportUnits.Of(department), BurdenImportUnits.Of(township), session.Scope, input, session.Today), ColumnOfField);
        return row.Ok ? new Row(department!, township!, input, planTitle is null ? null : planYear ?? input.HeldOn!.Value.Year, planTitle) : null;
    }

    protected override string Key(Row item) => $"{item.Department.Code}|{item.Township.Code}|{Dates.Format(item.Input.HeldOn!.Value)}|{item.Title}";

    /// <summary>Resolves the plan items named by the rows, in one query per chunk of departments.</summary>
    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var named = rows.Where(r => r.Item.PlanTitle is not null).ToList();
        var years = named.Select(r => r.Item.PlanYear!.Value).Distinct().ToList();
        var plan = new Dictionary<(int, int, string), int>();
        foreach (var chunk in named.Select(r => r.Item.Department.Id).Distinct().Chunk(500))
        {
            foreach (var i in await session.Db.InspectionPlanItems.AsNoTracking().Where(i => chunk.Contains(i.DepartmentId) && years.Contains(i.Year))
                .OrderBy(i => i.Id).Select(i => new { i.Id, i.DepartmentId, i.Year, i.Title }).ToListAsync(ct))
            {
                plan.TryAdd((i.DepartmentId, i.Year, i.Title), i.Id);
            }
        }

        foreach (var (number, row) in named)
        {
            if (plan.TryGetValue((row.Department.Id, row.PlanYear!.Value, row.PlanTitle!), out var id))
            {
                _planOf[number] = id;
            }
            else
            {
                session.Errors.Add(new ImportError(number, "计划事项", row.PlanTitle,
                    $"{BurdenImportUnits.Reason(BurdenCommands.InspectionPlanRefusal)}；未找到该部门{row.PlanYear}年度的此计划事项（请先导入督查检查考核计划）"));
            }
        }
    }

    protected override async Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var db = session.Db;
        var days = rows.Select(r => r.Item.Input.HeldOn!.Value).Distinct().ToList();
        var stored = new Dictionary<string, Inspection>(StringComparer.Ordinal);
        foreach (var chunk in rows.Select(r => r.Item.Township.Id).Distinct().Chunk(500))
        {
            foreach (var i in await db.Inspections.Include(i => i.Department).Include(i => i.Township)
                .Where(i => chunk.Contains(i.TownshipId) && days.Contains(i.HeldOn)).OrderBy(i => i.Id).ToListAsync(ct))
            {
                stored.TryAdd($"{i.Department!.Code}|{i.Township!.Code}|{Dates.Format(i.HeldOn)}|{i.Title}", i);
            }
        }

        var updates = new List<Inspection>();
        var done = 0;
        foreach (var (number, row) in rows)
        {
            if (stored.TryGetValue(Key(row), out var inspection))
            {
                updates.Add(inspection);
            }
            else
            {
                inspection = new Inspection { DepartmentId = row.Department.Id, TownshipId = row.Township.Id, HeldOn = row.Input.HeldOn!.Value, Title = row.Title };
                db.Inspections.Add(inspection);
                session.Counts.Created++;
            }

            inspection.PlanItemId = _planOf.TryGetValue(number, out var planId) ? planId : null;
            session.Report(ImportStage.Writing, ++done, rows.Count);
        }

        session.CountChanges(updates);
        await db.SaveChangesAsync(ct);
    }
}
