using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M06Burden;
using Jiceng.Data.Measures.M06Burden;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Tasks district departments assigned to townships (下派事项) of clause 六, read by R6.4: one per row, by department code +
/// township code + day assigned + title (the natural key). Checked by <see cref="BurdenCommands.TaskErrors"/> as the tasks
/// page and <c>POST /api/v1/burden/tasks</c> check it (the department in the user's scope, the township of its district,
/// dates, funding) and the withdrawal by <see cref="BurdenCommands.WithdrawErrors"/>. The list item is named by its
/// natural key (the task's township, 清单年度 — the year assigned when empty —, 清单类别 and 清单事项) and resolved
/// set-based among the stored items: import the lists first. A stored task with the row's key gets the row's deadline,
/// list item, funding and, when filled, its withdrawal day.
/// </summary>
public sealed class AssignedTaskImport : ImportKind<AssignedTaskImport.Row>
{
    public sealed record ItemRef(int Year, ResponsibilityListKind Kind, string Title);

    public sealed record Row(UnitRef Department, UnitRef Township, AssignedTaskInput Input, ItemRef? Item, DateOnly? WithdrawnOn)
    {
        public string Title => Input.Title!.Trim();
    }

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal)
    {
        ["departmentId"] = "departmentCode", ["townshipId"] = "townshipCode",
    };

    private IReadOnlyDictionary<string, UnitRef> _units = new Dictionary<string, UnitRef>();
    private readonly Dictionary<int, int> _itemOf = [];

    public override string Name => "assigned-tasks";

    public override string Label => "下派事项";

    public override string NaturalKey => "部门代码、乡镇代码、下派日期和事项名称";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("departmentCode", "部门代码", true, "下派事项的区直部门的单位代码") { Text = true, Aliases = ["区直部门代码", "下派部门代码"] },
        new("departmentName", "部门名称", false, "仅供阅读，导入时不读取"),
        new("townshipCode", "乡镇代码", true, "承接事项的乡镇（街道）的12位区划代码") { Text = true, Aliases = ["乡镇（街道）代码"] },
        new("townshipName", "乡镇名称", false, "仅供阅读，导入时不读取"),
        new("title", "事项名称", true, $"不超过{AssignedTask.TitleMaxLength}字"),
        new("assignedOn", "下派日期", true, "yyyy-MM-dd，不晚于今天"),
        new("deadline", "完成时限", false, "yyyy-MM-dd，不早于下派日期"),
        new("itemYear", "清单年度", false, "所属清单事项的年度；留空为下派日期所在年度"),
        new("itemKind", "清单类别", false, "所属清单事项的类别，填写清单事项时必填") { Choices = EnumLabels.Labels<ResponsibilityListKind>() },
        new("itemTitle", "清单事项", false, "该乡镇清单中已导入或登记的事项名称；不属于清单的留空") { Aliases = ["所属清单事项"] },
        new("fundingYuan", "随事转移经费（元）", false, "0至999999999999.99，最多两位小数；没有的留空") { Aliases = ["随事转移经费", "经费（元）"] },
        new("fundingSource", "经费来源", false, $"如 区财政专项，不超过{AssignedTask.FundingSourceMaxLength}字"),
        new("withdrawnOn", "撤回日期", false, "yyyy-MM-dd，不早于下派日期；未撤回的留空（留空不恢复已撤回的事项）"),
    ];

    /// <summary>The tasks assigned by the departments in scope (what the user may import), in template form.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.AssignedTasks.AsNoTracking().Where(t => t.Department!.Path.StartsWith(scope.Path))
            .Select(t => new
            {
                DepartmentCode = t.Department!.Code, DepartmentName = t.Department.Name, TownshipCode = t.Township!.Code, TownshipName = t.Township.Name, Task = t,
                ItemYear = (int?)t.ResponsibilityItem!.Year, ItemKind = (ResponsibilityListKind?)t.ResponsibilityItem.Kind, ItemTitle = t.ResponsibilityItem.Title,
            }).ToListAsync(ct);
        return rows.OrderBy(r => r.DepartmentCode, StringComparer.Ordinal).ThenBy(r => r.Task.AssignedOn).ThenBy(r => r.TownshipCode, StringComparer.Ordinal)
            .ThenBy(r => r.Task.Title, StringComparer.Ordinal)
            .Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["departmentCode"] = r.DepartmentCode, ["departmentName"] = r.DepartmentName, ["townshipCode"] = r.TownshipCode, ["townshipName"] = r.TownshipName,
                ["title"] = r.Task.Title, ["assignedOn"] = r.Task.AssignedOn, ["deadline"] = r.Task.Deadline, ["itemYear"] = r.ItemYear,
                ["itemKind"] = r.ItemKind is { } k ? EnumLabels.Label(k) : null, ["itemTitle"] = r.ItemTitle, ["fundingYuan"] = r.Task.FundingYuan,
                ["fundingSource"] = r.Task.FundingSource, ["withdrawnOn"] = r.Task.WithdrawnOn,
            }).ToList();
    }

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => _units = await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var department = BurdenImportUnits.Find(_units, row.Text("departmentCode", required: true));
        var township = BurdenImportUnits.Find(_units, row.Text("townshipCode", required: true));
        var assignedOn = row.Date("assignedOn", required: true);
        var input = new AssignedTaskInput(township?.Id, department?.Id, row.Text("title"), assignedOn, row.Date("deadline"), null,
            Money(row), row.Text("fundingSource"));
        var item = ItemOf(row, assignedOn);
        var withdrawnOn = row.Date("withdrawnOn");
        row.Add(BurdenCommands.TaskErrors(BurdenImportUnits.Of(department), BurdenImportUnits.Of(township), session.Scope, input, session.Today), ColumnOfField);
        if (withdrawnOn is not null && assignedOn is { } on)
        {
            row.Add(BurdenCommands.WithdrawErrors(withdrawnOn, on));
        }

        return row.Ok ? new Row(department!, township!, input, item, withdrawnOn) : null;
    }

    /// <summary>The funding cell as a number (its range and decimals are the check's).</summary>
    private static decimal? Money(ImportRowReader row)
    {
        var text = row.Text("fundingYuan");
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var money))
        {
            return money;
        }

        row.Error("fundingYuan", text, "不是有效的金额（以元为单位的数字，如 50000 或 12500.50）");
        return null;
    }

    /// <summary>The list item the row names by year, kind and title; null when 清单事项 is empty.</summary>
    private static ItemRef? ItemOf(ImportRowReader row, DateOnly? assignedOn)
    {
        var year = row.Int("itemYear", 2000, 9999);
        var kind = row.Choice<ResponsibilityListKind>("itemKind", required: false);
        var title = row.Text("itemTitle")?.Trim();
        if (title is null)
        {
            if (year is not null || kind is not null)
            {
                row.Error("itemTitle", null, "填写了清单年度或清单类别时必填");
            }

            return null;
        }

        if (kind is null && row.Get("itemKind") is null)
        {
            row.Error("itemKind", null, "填写清单事项时必填");
        }

        return kind is { } k && (year ?? assignedOn?.Year) is { } y ? new ItemRef(y, k, title) : null;
    }

    protected override string Key(Row item) => $"{item.Department.Code}|{item.Township.Code}|{Dates.Format(item.Input.AssignedOn!.Value)}|{item.Title}";

    /// <summary>Resolves the list items named by the rows, in one query per chunk of townships.</summary>
    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var named = rows.Where(r => r.Item.Item is not null).ToList();
        var years = named.Select(r => r.Item.Item!.Year).Distinct().ToList();
        var items = new Dictionary<(int, int, ResponsibilityListKind, string), int>();
        foreach (var chunk in named.Select(r => r.Item.Township.Id).Distinct().Chunk(500))
        {
            foreach (var i in await session.Db.ResponsibilityItems.AsNoTracking().Where(i => chunk.Contains(i.OrgUnitId) && years.Contains(i.Year))
                .OrderBy(i => i.Id).Select(i => new { i.Id, i.OrgUnitId, i.Year, i.Kind, i.Title }).ToListAsync(ct))
            {
                items.TryAdd((i.OrgUnitId, i.Year, i.Kind, i.Title), i.Id);
            }
        }

        foreach (var (number, row) in named)
        {
            var item = row.Item!;
            if (items.TryGetValue((row.Township.Id, item.Year, item.Kind, item.Title), out var id))
            {
                _itemOf[number] = id;
            }
            else
            {
                session.Errors.Add(new ImportError(number, "清单事项", item.Title,
                    $"{BurdenImportUnits.Reason(BurdenCommands.TaskItemRefusal)}；未找到该乡镇{item.Year}年度{EnumLabels.Label(item.Kind)}的此事项（请先导入权力清单和责任清单）"));
            }
        }
    }

    protected override async Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var db = session.Db;
        var days = rows.Select(r => r.Item.Input.AssignedOn!.Value).Distinct().ToList();
        var stored = new Dictionary<string, AssignedTask>(StringComparer.Ordinal);
        foreach (var chunk in rows.Select(r => r.Item.Township.Id).Distinct().Chunk(500))
        {
            foreach (var t in await db.AssignedTasks.Include(t => t.Department).Include(t => t.Township)
                .Where(t => chunk.Contains(t.TownshipId) && days.Contains(t.AssignedOn)).OrderBy(t => t.Id).ToListAsync(ct))
            {
                stored.TryAdd($"{t.Department!.Code}|{t.Township!.Code}|{Dates.Format(t.AssignedOn)}|{t.Title}", t);
            }
        }

        var updates = new List<AssignedTask>();
        var done = 0;
        foreach (var (number, row) in rows)
        {
            if (stored.TryGetValue(Key(row), out var task))
            {
                updates.Add(task);
            }
            else
            {
                task = new AssignedTask { DepartmentId = row.Department.Id, TownshipId = row.Township.Id, AssignedOn = row.Input.AssignedOn!.Value, Title = row.Title };
                db.AssignedTasks.Add(task);
                session.Counts.Created++;
            }

            task.Deadline = row.Input.Deadline;
            task.ResponsibilityItemId = _itemOf.TryGetValue(number, out var itemId) ? itemId : null;
            task.FundingYuan = row.Input.FundingYuan;
            task.FundingSource = row.Input.FundingSource?.Trim() ?? "";
            task.WithdrawnOn = row.WithdrawnOn ?? task.WithdrawnOn;
            session.Report(ImportStage.Writing, ++done, rows.Count);
        }

        session.CountChanges(updates);
        await db.SaveChangesAsync(ct);
    }
}
