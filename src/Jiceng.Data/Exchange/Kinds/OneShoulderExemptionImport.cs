using Jiceng.Core.Common;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Data.Measures.M10VillageCadres;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// One-shoulder exemptions (“一肩挑”例外备案, read by R10.1) by village code + start day (the natural key): a stored
/// exemption of the village starting that day gets the file's reason and end, otherwise one is added. Checked by
/// <see cref="OneShoulderExemptionCommands.Validate"/> as the API checks it (a village, a reason, a period); like the
/// API, exemptions of one village may overlap (R10.1 only asks whether one is in force).
/// </summary>
public sealed class OneShoulderExemptionImport : ImportKind<OneShoulderExemptionImport.Row>
{
    public sealed record Row(UnitRef Village, OneShoulderExemptionInput Input);

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal) { ["orgUnitId"] = "orgUnitCode" };

    private readonly Dictionary<int, int> _target = [];

    public override string Name => "one-shoulder-exemptions";

    public override string Label => "“一肩挑”例外备案";

    public override string NaturalKey => "村（社区）代码和起始日期";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("orgUnitCode", "村（社区）代码", true, "不实行“一肩挑”的村（社区）的12位区划代码") { Text = true, Aliases = ["单位代码"] },
        new("orgUnitName", "村（社区）名称", false, "仅供阅读，导入时不读取"),
        new("from", "起始日期", true, "yyyy-MM-dd"),
        new("to", "截止日期", false, "yyyy-MM-dd，长期有效的留空"),
        new("reason", "理由", true, $"不超过{OneShoulderExemption.ReasonMaxLength}个字，如“书记不具备村委会主任候选人资格”"),
    ];

    /// <summary>The exemptions of the villages in scope, in template form, by village code and start day.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.OneShoulderExemptions.AsNoTracking().Where(e => db.OrgUnits.InScope(scope).Any(u => u.Id == e.OrgUnitId))
            .Select(e => new { e.From, e.To, e.Reason, e.OrgUnit!.Code, e.OrgUnit.Name }).ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.From)
            .Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["orgUnitCode"] = r.Code, ["orgUnitName"] = r.Name, ["from"] = r.From, ["to"] = r.To, ["reason"] = r.Reason,
            }).ToList();
    }

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var code = row.Text("orgUnitCode", required: true);
        var village = session.UnitInScope(code);
        if (code is not null && village is null)
        {
            row.Error("orgUnitCode", code, "单位不存在或不在您的管理范围内");
        }

        var input = new OneShoulderExemptionInput(row.Text("reason"), row.Date("from"), row.Date("to"));
        row.Add(OneShoulderExemptionCommands.Validate(input, village?.Kind ?? Core.Org.OrgUnitKind.Village), ColumnOfField);
        return row.Ok ? new Row(village!, input) : null;
    }

    protected override string Key(Row item) => $"{item.Village.Code}|{Dates.Format(item.Input.From!.Value)}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var villageIds = rows.Select(r => r.Item.Village.Id).Distinct().ToList();
        var stored = new Dictionary<(int, DateOnly), int>();
        foreach (var chunk in villageIds.Chunk(500))
        {
            foreach (var e in await session.Db.OneShoulderExemptions.AsNoTracking().Where(e => chunk.Contains(e.OrgUnitId))
                .Select(e => new { e.Id, e.OrgUnitId, e.From }).ToListAsync(ct))
            {
                stored.TryAdd((e.OrgUnitId, e.From), e.Id); // two stored on one day (entered twice by hand): the file updates the first
            }
        }

        foreach (var (number, row) in rows)
        {
            if (stored.TryGetValue((row.Village.Id, row.Input.From!.Value), out var id))
            {
                _target[number] = id;
            }
        }
    }

    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct) =>
        ImportUpsert.RunAsync(session, rows, _target,
            (_, row) => Write(new OneShoulderExemption { OrgUnitId = row.Village.Id, From = row.Input.From!.Value }, row), (e, row) => Write(e, row), ct);

    private static OneShoulderExemption Write(OneShoulderExemption e, Row row)
    {
        (e.Reason, e.To) = (row.Input.Reason!.Trim(), row.Input.To);
        return e;
    }
}
