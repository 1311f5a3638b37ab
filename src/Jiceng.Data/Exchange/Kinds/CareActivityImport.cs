using Jiceng.Core.Common;
using Jiceng.Core.Measures.M09Care;
using Jiceng.Data.Measures.M09Care;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Mental-health lectures and cultural/sports activities (R9.6) by holding unit code + date + title (the natural key): a
/// stored activity with that key gets the file's kind, otherwise one is added. Checked by <c>CareValidator.Activity</c>
/// as the API checks it, the unit in the user's scope. Attendance is a list of cadres (<c>CareAttendance</c>), not a
/// number: the import does not write it (a stored activity keeps its attendance; it is entered on /care/activities);
/// the export's 参加人数 is the count of that list, for reading only. R9.6 counts lectures, not attendance.
/// </summary>
public sealed class CareActivityImport : ImportKind<CareActivityImport.Row>
{
    public sealed record Row(UnitRef Unit, ActivityInput Input);

    private readonly Dictionary<int, int> _target = [];

    public override string Name => "care-activities";

    public override string Label => "关爱活动";

    public override string NaturalKey => "举办单位代码、举办日期和活动名称";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("orgUnitCode", "举办单位代码", true, "举办单位的12位区划代码；区级举办的讲座计入各乡镇") { Text = true, Aliases = ["单位代码"] },
        new("orgUnitName", "举办单位名称", false, "仅供阅读，导入时不读取"),
        new("heldOn", "举办日期", true, "yyyy-MM-dd，不晚于今天"),
        new("kind", "活动类型", true, "从下拉列表中选择") { Choices = CadreRowCells.Labels<CareActivityKind>(CareLabels.Of) },
        new("title", "活动名称", true, $"不超过{CareActivity.TitleMaxLength}字"),
        new("attendance", "参加人数", false, "仅供阅读，导入时不读取；参加人员请在“关爱活动”页录入"),
    ];

    /// <summary>The activities held by units in scope, in template form, by unit code, date and title, with the number present.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.CareActivities.AsNoTracking().InScope(scope)
            .Select(a => new { a.OrgUnit!.Code, a.OrgUnit.Name, a.HeldOn, a.Kind, a.Title, Attendance = a.Attendance.Count }).ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.HeldOn).ThenBy(r => r.Title, StringComparer.Ordinal)
            .Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["orgUnitCode"] = r.Code, ["orgUnitName"] = r.Name, ["heldOn"] = r.HeldOn, ["kind"] = CareLabels.Of(r.Kind), ["title"] = r.Title,
                ["attendance"] = r.Attendance,
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

        var input = new ActivityInput(unit?.Id, CadreRowCells.Choice<CareActivityKind>(row, "kind", CareLabels.Of, required: false), row.Date("heldOn"), row.Text("title"), null);
        row.Add(CareValidator.Activity(input, session.Today));
        return row.Ok ? new Row(unit!, input with { Title = input.Title!.Trim() }) : null;
    }

    protected override string Key(Row item) => $"{item.Unit.Code}|{Dates.Format(item.Input.HeldOn!.Value)}|{item.Input.Title}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var unitIds = rows.Select(r => r.Item.Unit.Id).Distinct().ToList();
        var days = rows.Select(r => r.Item.Input.HeldOn!.Value).Distinct().ToList();
        var stored = new Dictionary<(int, DateOnly, string), int>();
        foreach (var chunk in unitIds.Chunk(500))
        {
            foreach (var a in await session.Db.CareActivities.AsNoTracking().Where(a => chunk.Contains(a.OrgUnitId) && days.Contains(a.HeldOn))
                         .Select(a => new { a.Id, a.OrgUnitId, a.HeldOn, a.Title }).ToListAsync(ct))
            {
                stored.TryAdd((a.OrgUnitId, a.HeldOn, a.Title), a.Id);
            }
        }

        foreach (var (number, row) in rows)
        {
            if (stored.TryGetValue((row.Unit.Id, row.Input.HeldOn!.Value, row.Input.Title!), out var id))
            {
                _target[number] = id;
            }
        }
    }

    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct) =>
        ImportUpsert.RunAsync<Row, CareActivity>(session, rows, _target,
            (_, row) => new CareActivity { OrgUnitId = row.Unit.Id, Kind = row.Input.Kind!.Value, HeldOn = row.Input.HeldOn!.Value, Title = row.Input.Title! },
            (activity, row) => activity.Kind = row.Input.Kind!.Value, ct);
}
