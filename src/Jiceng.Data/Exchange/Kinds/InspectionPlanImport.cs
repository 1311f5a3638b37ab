using Jiceng.Core.Measures.M06Burden;
using Jiceng.Data.Measures.M06Burden;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// The yearly inspection plan (督查检查考核计划) of clause 六, read by R6.1: one item per row, by department code + plan
/// year + title (the natural key). A new row is proposed as <see cref="BurdenCommands.ProposePlanItemAsync"/> proposes it
/// (checked by <see cref="BurdenCommands.PlanItemErrors"/>: the department in the user's scope). The decision columns
/// (status, who, when), when they differ from the stored decision, are a decision and are checked by
/// <see cref="BurdenCommands.DecisionErrors"/> as the approve/file/reject endpoints check it: only the district's scope
/// (the organization department) decides; a department re-importing its plan with the decisions as stored changes nothing.
/// </summary>
public sealed class InspectionPlanImport : ImportKind<InspectionPlanImport.Row>
{
    /// <summary>A row: its item and, when the row changes the decision, the new one.</summary>
    public sealed record Row(UnitRef Department, PlanItemInput Input, PlanDecisionInput? Decision)
    {
        public string Title => Input.Title!.Trim();
    }

    private sealed record Stored(PlanItemStatus Status, string DecidedBy, DateOnly? DecidedOn);

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal) { ["departmentId"] = "departmentCode" };

    private IReadOnlyDictionary<string, UnitRef> _units = new Dictionary<string, UnitRef>();
    private Dictionary<string, Stored> _stored = [];
    private bool _district;

    public override string Name => "inspection-plan";

    public override string Label => "督查检查考核计划";

    public override string NaturalKey => "部门代码、计划年度和检查事项";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("departmentCode", "部门代码", true, "报送计划的区直部门的单位代码") { Text = true, Aliases = ["区直部门代码"] },
        new("departmentName", "部门名称", false, "仅供阅读，导入时不读取"),
        new("year", "计划年度", true, "四位年份，如 2025") { Aliases = ["年度"] },
        new("title", "检查事项", true, $"不超过{InspectionPlanItem.TitleMaxLength}字") { Aliases = ["计划事项"] },
        new("status", "审批状态", false, "从下拉列表中选择；新事项留空即待审批，已有事项留空则不变；审批、报备或不予批准只能由组织部门（区级）导入")
            { Choices = EnumLabels.Labels<PlanItemStatus>() },
        new("decidedBy", "审批人", false, $"审批、报备或不予批准时必填，不超过{InspectionPlanItem.DeciderMaxLength}字"),
        new("decidedOn", "审批日期", false, "yyyy-MM-dd，审批、报备或不予批准时必填"),
    ];

    /// <summary>The plan items of the departments in scope, in template form, by department code, year and title.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.InspectionPlanItems.AsNoTracking().Where(i => i.Department!.Path.StartsWith(scope.Path))
            .Select(i => new { i.Department!.Code, i.Department.Name, Item = i }).ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Item.Year).ThenBy(r => r.Item.Title, StringComparer.Ordinal)
            .Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["departmentCode"] = r.Code, ["departmentName"] = r.Name, ["year"] = r.Item.Year, ["title"] = r.Item.Title,
                ["status"] = EnumLabels.Label(r.Item.Status), ["decidedBy"] = r.Item.DecidedBy, ["decidedOn"] = r.Item.DecidedOn,
            }).ToList();
    }

    /// <summary>Units, the scope's kind, and the stored items of the departments in scope (a district's plan is small), so a
    /// row can tell whether it changes a decision.</summary>
    protected override async Task LoadAsync(ImportSession session, CancellationToken ct)
    {
        _units = await session.UnitsAsync(ct);
        _district = BurdenImportUnits.IsDistrict(session, _units);
        var path = session.Scope.Path;
        var stored = await session.Db.InspectionPlanItems.AsNoTracking().Where(i => i.Department!.Path.StartsWith(path)).OrderBy(i => i.Id)
            .Select(i => new { i.Department!.Code, i.Year, i.Title, i.Status, i.DecidedBy, i.DecidedOn }).ToListAsync(ct);
        _stored = [];
        foreach (var i in stored)
        {
            _stored.TryAdd(KeyOf(i.Code, i.Year, i.Title), new Stored(i.Status, i.DecidedBy, i.DecidedOn));
        }
    }

    private static string KeyOf(string departmentCode, int year, string title) => $"{departmentCode}|{year}|{title}";

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var department = BurdenImportUnits.Find(_units, row.Text("departmentCode", required: true));
        var year = row.Int("year", 2000, session.Today.Year + 1);
        if (year is null && row.Get("year") is null)
        {
            row.Error("year", null, "必填");
        }

        var input = new PlanItemInput(year, department?.Id, row.Text("title"));
        var status = row.Choice<PlanItemStatus>("status", required: false);
        var (decidedBy, decidedOn) = (row.Text("decidedBy"), row.Date("decidedOn"));
        row.Add(BurdenCommands.PlanItemErrors(BurdenImportUnits.Of(department), session.Scope, input, session.Today), ColumnOfField);
        if (!row.Ok)
        {
            return null;
        }

        // The decision the row asks for: none when its three cells are empty; otherwise the status (empty: as stored, or
        // 待审批 for a new item), who and when, which is a decision only when it differs from the stored one.
        PlanDecisionInput? decision = null;
        if (status is not null || decidedBy is not null || decidedOn is not null)
        {
            _stored.TryGetValue(KeyOf(department!.Code, year!.Value, input.Title!.Trim()), out var stored);
            stored ??= new Stored(PlanItemStatus.Proposed, "", null);
            var asked = new PlanDecisionInput(status ?? stored.Status, decidedBy, decidedOn);
            if (asked.Status != stored.Status || (decidedBy?.Trim() ?? "") != stored.DecidedBy || decidedOn != stored.DecidedOn)
            {
                row.Add(BurdenCommands.DecisionErrors(_district, asked, session.Today));
                decision = asked;
            }
        }

        return row.Ok ? new Row(department!, input, decision) : null;
    }

    protected override string Key(Row item) => KeyOf(item.Department.Code, item.Input.Year!.Value, item.Title);

    protected override async Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var db = session.Db;
        var years = rows.Select(r => r.Item.Input.Year!.Value).Distinct().ToList();
        var stored = new Dictionary<string, InspectionPlanItem>(StringComparer.Ordinal);
        foreach (var chunk in rows.Select(r => r.Item.Department.Id).Distinct().Chunk(500))
        {
            foreach (var i in await db.InspectionPlanItems.Include(i => i.Department).Where(i => chunk.Contains(i.DepartmentId) && years.Contains(i.Year)).OrderBy(i => i.Id).ToListAsync(ct))
            {
                stored.TryAdd(KeyOf(i.Department!.Code, i.Year, i.Title), i);
            }
        }

        var updates = new List<InspectionPlanItem>();
        var done = 0;
        foreach (var (_, row) in rows)
        {
            if (stored.TryGetValue(Key(row), out var item))
            {
                updates.Add(item);
            }
            else
            {
                item = new InspectionPlanItem { DepartmentId = row.Department.Id, Year = row.Input.Year!.Value, Title = row.Title };
                db.InspectionPlanItems.Add(item);
                session.Counts.Created++;
            }

            if (row.Decision is { } d)
            {
                (item.Status, item.DecidedBy, item.DecidedOn) = (d.Status!.Value, d.DecidedBy!.Trim(), d.DecidedOn);
            }

            session.Report(ImportStage.Writing, ++done, rows.Count);
        }

        session.CountChanges(updates);
        await db.SaveChangesAsync(ct);
    }
}
