using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data.Measures.M08Guarantees;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Turnover housing units of townships (R8.6's conditions) by township code + unit label (the natural key, unique within
/// a township as the API keeps it): a stored unit with that label gets the file's area, otherwise one is added. Each row
/// is checked by <see cref="FacilitiesCommands.ValidateHousingAsync"/>, the checks of <c>POST /api/v1/turnover-housing</c>
/// (given the stored unit's id, so its own label is no clash). Occupancies are not imported (entered on the page).
/// </summary>
public sealed class HousingImport : ImportKind<HousingImport.Row>
{
    public sealed record Row(ImportRowReader Reader, UnitRef Township, string Label, HousingUnitInput Input);

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal) { ["townshipId"] = "townshipCode" };

    private readonly Dictionary<int, int> _target = [];

    public override string Name => "turnover-housing";

    public override string Label => "乡镇周转房";

    public override string NaturalKey => "乡镇代码和房号";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("townshipCode", "乡镇代码", true, "乡镇（街道）的12位区划代码") { Text = true, Aliases = ["乡镇（街道）代码", "单位代码"] },
        new("townshipName", "乡镇名称", false, "仅供阅读，导入时不读取"),
        new("label", "房号", true, $"如 2号楼301，同一乡镇内不重复，不超过{TurnoverHousingUnit.LabelMaxLength}字") { Text = true },
        new("areaM2", "面积（平方米）", false, "大于0、不超过10000，最多两位小数") { Aliases = ["面积"] },
    ];

    /// <summary>The housing units of the townships in scope, in template form, by township code and label.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.TurnoverHousingUnits.AsNoTracking().InScope(scope)
            .Select(u => new { u.Label, u.AreaM2, u.Township!.Code, u.Township.Name }).ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Label, StringComparer.Ordinal)
            .Select(r => CareImportCells.TemplateRow(("townshipCode", r.Code), ("townshipName", r.Name), ("label", r.Label), ("areaM2", r.AreaM2)))
            .ToList();
    }

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var township = CareImportCells.Township(session, row, "townshipCode");
        var label = row.Text("label", required: true);
        var input = new HousingUnitInput(township?.Id, label, CareImportCells.Number(row, "areaM2"));
        return row.Ok ? new Row(row, township!, label!, input) : null;
    }

    protected override string Key(Row item) => $"{item.Township.Code}|{item.Label}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var townshipIds = rows.Select(r => r.Item.Township.Id).Distinct().ToList();
        var stored = new Dictionary<(int, string), int>();
        foreach (var chunk in townshipIds.Chunk(500))
        {
            foreach (var u in await session.Db.TurnoverHousingUnits.AsNoTracking().Where(u => chunk.Contains(u.TownshipId))
                         .Select(u => new { u.Id, u.TownshipId, u.Label }).ToListAsync(ct))
            {
                stored[(u.TownshipId, u.Label)] = u.Id;
            }
        }

        foreach (var (number, row) in rows)
        {
            int? id = stored.TryGetValue((row.Township.Id, row.Label), out var found) ? found : null;
            if (CareImportCells.Report(session, row.Reader, await FacilitiesCommands.ValidateHousingAsync(session.Db, session.Scope, row.Input, id, ct), ColumnOfField)
                && id is { } target)
            {
                _target[number] = target;
            }
        }
    }

    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var byRow = rows.ToDictionary(r => r.Row, r => r.Item);
        return CareImportCells.UpsertAsync<TurnoverHousingUnit>(session, _target, [.. rows.Select(r => r.Row)], (record, number) => FacilitiesCommands.Apply(record, byRow[number].Input), ct);
    }
}
