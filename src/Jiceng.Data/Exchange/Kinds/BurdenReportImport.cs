using Jiceng.Core.Common;
using Jiceng.Core.Measures.M06Burden;
using Jiceng.Data.Measures.M06Burden;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// A township's reports of unrecorded burdens (未登记负担反映) of clause 六, whose confirmed ones R6.3 counts: one per row,
/// by township code + department code + kind + day + description (the natural key). Checked by
/// <see cref="BurdenCommands.ReportErrors"/> as the ledger page and <c>POST /api/v1/burden/reports</c> check it (the
/// township in the user's scope: a township imports its own reports). A stored report with the row's key gets the row's
/// count while it waits to be decided; a decided report is not changed (its count is in the ledger), and the decision is
/// not imported (the organization department confirms or rejects on the page or through the API). The export carries
/// the decision as columns the import does not read.
/// </summary>
public sealed class BurdenReportImport : ImportKind<BurdenReportImport.Row>
{
    public sealed record Row(UnitRef Township, UnitRef Department, BurdenReportInput Input)
    {
        public string Description => Input.Description!.Trim();
    }

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal)
    {
        ["departmentId"] = "departmentCode", ["townshipId"] = "townshipCode",
    };

    private IReadOnlyDictionary<string, UnitRef> _units = new Dictionary<string, UnitRef>();
    private readonly Dictionary<int, int> _target = [];

    public override string Name => "burden-reports";

    public override string Label => "未登记负担反映";

    public override string NaturalKey => "乡镇代码、部门代码、类别、发生日期和情况说明";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("townshipCode", "乡镇代码", true, "反映负担的乡镇（街道）的12位区划代码") { Text = true, Aliases = ["乡镇（街道）代码"] },
        new("townshipName", "乡镇名称", false, "仅供阅读，导入时不读取"),
        new("departmentCode", "部门代码", true, "下达负担的区直部门的单位代码") { Text = true, Aliases = ["区直部门代码"] },
        new("departmentName", "部门名称", false, "仅供阅读，导入时不读取"),
        new("kind", "类别", true, "从下拉列表中选择") { Choices = EnumLabels.Labels<BurdenKind>() },
        new("occurredOn", "发生日期", true, "yyyy-MM-dd，不晚于今天"),
        new("count", "数量", false, "1至10000的整数，留空为1；督查检查考核逐次反映，为1"),
        new("description", "情况说明", true, $"不超过{BurdenReport.DescriptionMaxLength}字"),
        new("status", "核实状态", false, "仅供阅读，导入时不读取（由组织部门核实）"),
        new("decidedBy", "核实人", false, "仅供阅读，导入时不读取"),
        new("decidedOn", "核实日期", false, "仅供阅读，导入时不读取"),
    ];

    /// <summary>The reports of the townships in scope (what the user may import), in template form, with their decision.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.BurdenReports.AsNoTracking().Where(r => r.Township!.Path.StartsWith(scope.Path))
            .Select(r => new { TownshipCode = r.Township!.Code, TownshipName = r.Township.Name, DepartmentCode = r.Department!.Code, DepartmentName = r.Department.Name, Report = r })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.TownshipCode, StringComparer.Ordinal).ThenBy(r => r.Report.OccurredOn).ThenBy(r => r.DepartmentCode, StringComparer.Ordinal)
            .ThenBy(r => r.Report.Kind).ThenBy(r => r.Report.Description, StringComparer.Ordinal)
            .Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["townshipCode"] = r.TownshipCode, ["townshipName"] = r.TownshipName, ["departmentCode"] = r.DepartmentCode, ["departmentName"] = r.DepartmentName,
                ["kind"] = EnumLabels.Label(r.Report.Kind), ["occurredOn"] = r.Report.OccurredOn, ["count"] = r.Report.Count, ["description"] = r.Report.Description,
                ["status"] = EnumLabels.Label(r.Report.Status), ["decidedBy"] = r.Report.DecidedBy, ["decidedOn"] = r.Report.DecidedOn,
            }).ToList();
    }

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => _units = await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var township = BurdenImportUnits.Find(_units, row.Text("townshipCode", required: true));
        var department = BurdenImportUnits.Find(_units, row.Text("departmentCode", required: true));
        var input = new BurdenReportInput(township?.Id, department?.Id, row.Choice<BurdenKind>("kind", required: true), row.Date("occurredOn", required: true),
            row.Int("count", 1, 10_000), row.Text("description"));
        row.Add(BurdenCommands.ReportErrors(BurdenImportUnits.Of(township), BurdenImportUnits.Of(department), session.Scope, input, session.Today), ColumnOfField);
        return row.Ok ? new Row(township!, department!, input) : null;
    }

    protected override string Key(Row item) =>
        $"{item.Township.Code}|{item.Department.Code}|{(int)item.Input.Kind!.Value}|{Dates.Format(item.Input.OccurredOn!.Value)}|{item.Description}";

    /// <summary>Finds the stored reports the rows name; a decided one whose count the row changes is refused.</summary>
    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var days = rows.Select(r => r.Item.Input.OccurredOn!.Value).Distinct().ToList();
        var stored = new Dictionary<string, (int Id, int Count, BurdenReportStatus Status)>(StringComparer.Ordinal);
        foreach (var chunk in rows.Select(r => r.Item.Township.Id).Distinct().Chunk(500))
        {
            foreach (var r in await session.Db.BurdenReports.AsNoTracking().Where(r => chunk.Contains(r.TownshipId) && days.Contains(r.OccurredOn)).OrderBy(r => r.Id)
                .Select(r => new { r.Id, TownshipCode = r.Township!.Code, DepartmentCode = r.Department!.Code, r.Kind, r.OccurredOn, r.Description, r.Count, r.Status }).ToListAsync(ct))
            {
                stored.TryAdd($"{r.TownshipCode}|{r.DepartmentCode}|{(int)r.Kind}|{Dates.Format(r.OccurredOn)}|{r.Description}", (r.Id, r.Count, r.Status));
            }
        }

        foreach (var (number, row) in rows)
        {
            if (!stored.TryGetValue(Key(row), out var s))
            {
                continue;
            }

            _target[number] = s.Id;
            if (s.Status != BurdenReportStatus.Reported && s.Count != (row.Input.Count ?? 1))
            {
                session.Errors.Add(new ImportError(number, "数量", $"{row.Input.Count ?? 1}", $"该反映已{EnumLabels.Label(s.Status)}，数量不能再修改（原为{s.Count}）"));
            }
        }
    }

    protected override async Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var db = session.Db;
        var tracked = new Dictionary<int, BurdenReport>();
        foreach (var chunk in _target.Values.Chunk(500))
        {
            foreach (var r in await db.BurdenReports.Where(r => chunk.Contains(r.Id)).ToListAsync(ct))
            {
                tracked[r.Id] = r;
            }
        }

        var updates = new List<BurdenReport>();
        var done = 0;
        foreach (var (number, row) in rows)
        {
            if (_target.TryGetValue(number, out var id))
            {
                tracked[id].Count = row.Input.Count ?? 1;
                updates.Add(tracked[id]);
            }
            else
            {
                db.BurdenReports.Add(new BurdenReport
                {
                    TownshipId = row.Township.Id, DepartmentId = row.Department.Id, Kind = row.Input.Kind!.Value, OccurredOn = row.Input.OccurredOn!.Value,
                    Count = row.Input.Count ?? 1, Description = row.Description,
                });
                session.Counts.Created++;
            }

            session.Report(ImportStage.Writing, ++done, rows.Count);
        }

        session.CountChanges(updates);
        await db.SaveChangesAsync(ct);
    }
}
