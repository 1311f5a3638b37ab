using Jiceng.Core.Common;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data.Measures.M08Guarantees;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Township facilities, the five smalls (R8.6), by township code + facility + day in use from (the natural key: a
/// facility closed and opened again is a second record): a stored facility with that key gets the file's closing day and
/// note, otherwise one is added. Each row is checked by <see cref="FacilitiesCommands.ValidateAsync"/>, as
/// <c>POST /api/v1/township-facilities</c> checks it, and written by the API's own apply.
/// </summary>
public sealed class FacilityImport : ImportKind<FacilityImport.Row>
{
    public sealed record Row(ImportRowReader Reader, UnitRef Township, FacilityInput Input);

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal) { ["townshipId"] = "townshipCode" };

    private readonly Dictionary<int, int> _target = [];

    public override string Name => "township-facilities";

    public override string Label => "乡镇“五小”设施";

    public override string NaturalKey => "乡镇代码、设施和投入使用日期";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("townshipCode", "乡镇代码", true, "乡镇（街道）的12位区划代码") { Text = true, Aliases = ["乡镇（街道）代码", "单位代码"] },
        new("townshipName", "乡镇名称", false, "仅供阅读，导入时不读取"),
        new("kind", "设施", true, "从下拉列表中选择") { Choices = EnumLabels.Labels<FacilityKind>() },
        new("openedOn", "投入使用日期", true, "yyyy-MM-dd，不晚于今天"),
        new("closedOn", "停用日期", false, "yyyy-MM-dd，最后使用的一天；仍在使用的留空"),
        new("note", "备注", false, $"不超过{TownshipFacility.NoteMaxLength}字"),
    ];

    /// <summary>The facilities of the townships in scope, in template form, by township code, facility and opening day.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.TownshipFacilities.AsNoTracking().InScope(scope)
            .Select(f => new { f.Kind, f.OpenedOn, f.ClosedOn, f.Note, f.Township!.Code, f.Township.Name }).ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Kind).ThenBy(r => r.OpenedOn)
            .Select(r => CareImportCells.TemplateRow(("townshipCode", r.Code), ("townshipName", r.Name), ("kind", EnumLabels.Label(r.Kind)),
                ("openedOn", r.OpenedOn), ("closedOn", r.ClosedOn), ("note", r.Note)))
            .ToList();
    }

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var township = CareImportCells.Township(session, row, "townshipCode");
        var input = new FacilityInput(township?.Id, row.Choice<FacilityKind>("kind", required: true), row.Date("openedOn", required: true), row.Date("closedOn"), row.Text("note"));
        return row.Ok ? new Row(row, township!, input) : null;
    }

    protected override string Key(Row item) => $"{item.Township.Code}|{item.Input.Kind}|{Dates.Format(item.Input.OpenedOn!.Value)}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var townshipIds = rows.Select(r => r.Item.Township.Id).Distinct().ToList();
        var stored = new Dictionary<(int, FacilityKind, DateOnly), int>();
        foreach (var chunk in townshipIds.Chunk(500))
        {
            foreach (var f in await session.Db.TownshipFacilities.AsNoTracking().Where(f => chunk.Contains(f.TownshipId))
                         .Select(f => new { f.Id, f.TownshipId, f.Kind, f.OpenedOn }).ToListAsync(ct))
            {
                stored[(f.TownshipId, f.Kind, f.OpenedOn)] = f.Id;
            }
        }

        foreach (var (number, row) in rows)
        {
            if (CareImportCells.Report(session, row.Reader, await FacilitiesCommands.ValidateAsync(session.Db, session.Scope, row.Input, session.Today, ct), ColumnOfField)
                && stored.TryGetValue((row.Township.Id, row.Input.Kind!.Value, row.Input.OpenedOn!.Value), out var target))
            {
                _target[number] = target;
            }
        }
    }

    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var byRow = rows.ToDictionary(r => r.Row, r => r.Item);
        return CareImportCells.UpsertAsync<TownshipFacility>(session, _target, [.. rows.Select(r => r.Row)], (record, number) => FacilitiesCommands.Apply(record, byRow[number].Input), ct);
    }
}
