using Jiceng.Core.Common;
using Jiceng.Core.Measures.M09Care;
using Jiceng.Data.Measures.M09Care;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Village stationings (驻村, R9.1's higher minimum for stationed cadres) by cadre ID number + village code + start date
/// (the natural key): a stored stationing with that key gets the file's end date, otherwise one is added. Checked by
/// <c>CareCommands.StationingErrors</c>, the API's check (village-level unit, start not after today, end not before
/// start). The village must lie in the user's scope, as every unit an import names (the API takes any village id).
/// </summary>
public sealed class StationingImport : ImportKind<StationingImport.Row>
{
    public sealed record Row(string IdNumber, string? Name, string VillageCode, StationingInput Input);

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal) { ["villageId"] = "villageCode" };

    private Dictionary<int, int> _cadreOf = [];
    private readonly Dictionary<int, int> _target = [];

    public override string Name => "stationings";

    public override string Label => "驻村";

    public override string NaturalKey => "身份证号码、驻村村（社区）代码和开始日期";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        CadreRowCells.IdColumn(),
        CadreRowCells.NameColumn(),
        new("villageCode", "驻村村（社区）代码", true, "驻村所在村（社区）的12位区划代码") { Text = true, Aliases = ["村（社区）代码"] },
        new("villageName", "驻村村（社区）名称", false, "仅供阅读，导入时不读取"),
        new("start", "开始日期", true, "yyyy-MM-dd，不晚于今天"),
        new("end", "结束日期", false, "yyyy-MM-dd，仍在驻村的留空"),
    ];

    /// <summary>The stationings of cadres in scope in villages in scope, in template form, by village code, start and
    /// cadre. Full ID numbers: the caller checks the user may see them and audits the export.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.VillageStationings.AsNoTracking().InScope(scope).Where(s => db.OrgUnits.InScope(scope).Any(u => u.Id == s.VillageId))
            .Select(s => new { s.CadreId, s.Start, s.End, s.Cadre!.IdNumber, s.Cadre.Name, s.Village!.Code, VillageName = s.Village.Name }).ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Start).ThenBy(r => r.CadreId)
            .Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["idNumber"] = r.IdNumber.Value, ["name"] = r.Name, ["villageCode"] = r.Code, ["villageName"] = r.VillageName,
                ["start"] = r.Start, ["end"] = r.End,
            }).ToList();
    }

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var id = CadreRowCells.IdNumber(row);
        var code = row.Text("villageCode", required: true);
        var village = session.UnitInScope(code);
        var input = new StationingInput(village?.Id ?? 0, row.Date("start"), row.Date("end"));
        row.Add(CareCommands.StationingErrors(input, village?.Kind, session.Today), ColumnOfField);
        return row.Ok ? new Row(id!, row.Text("name"), code!, input) : null;
    }

    protected override string Key(Row item) => $"{item.IdNumber}|{item.VillageCode}|{Dates.Format(item.Input.Start!.Value)}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        _cadreOf = await CadreRowCells.CadresAsync(session, rows, r => r.IdNumber, r => r.Name, ct);
        var stored = new Dictionary<(int, int, DateOnly), int>();
        foreach (var chunk in _cadreOf.Values.Distinct().Chunk(500))
        {
            foreach (var s in await session.Db.VillageStationings.AsNoTracking().Where(s => chunk.Contains(s.CadreId))
                         .Select(s => new { s.Id, s.CadreId, s.VillageId, s.Start }).ToListAsync(ct))
            {
                stored.TryAdd((s.CadreId, s.VillageId, s.Start), s.Id);
            }
        }

        foreach (var (number, row) in rows)
        {
            if (_cadreOf.TryGetValue(number, out var cadreId) && stored.TryGetValue((cadreId, row.Input.VillageId!.Value, row.Input.Start!.Value), out var id))
            {
                _target[number] = id;
            }
        }
    }

    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct) =>
        ImportUpsert.RunAsync<Row, VillageStationing>(session, rows, _target,
            (number, row) => new VillageStationing { CadreId = _cadreOf[number], VillageId = row.Input.VillageId!.Value, Start = row.Input.Start!.Value, End = row.Input.End },
            (s, row) => s.End = row.Input.End, ct);
}
