using Jiceng.Core.Cadres;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data.Measures.M08Guarantees;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Cadres who died on duty (R8.5's families to visit) by the cadre's ID number (the natural key: one record per cadre,
/// as the API keeps it): a stored record of that cadre gets the file's day of death and circumstances, otherwise one is
/// added. Each row is checked by <see cref="FallenCommands.ValidateAsync"/>, the checks of <c>POST /api/v1/fallen-cadres</c>
/// (given the stored record's id, so its own cadre is no clash), and written by the API's own apply. No export: the
/// circumstances and the family are sensitive reads, audited one record at a time on /guarantees/fallen.
/// </summary>
public sealed class FallenImport : ImportKind<FallenImport.Row>
{
    public sealed record Row(ImportRowReader Reader, string IdNumber, string? Name, FallenCadreInput Input);

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal) { ["cadreId"] = "idNumber" };

    private readonly Dictionary<int, int> _target = [];
    private readonly Dictionary<int, FallenCadreInput> _resolved = [];

    public override string Name => "fallen-cadres";

    public override string Label => "因公殉职干部";

    public override string NaturalKey => "身份证号码";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("idNumber", "身份证号码", true, "已登记干部的身份证号码") { Text = true, Aliases = ["身份证号"] },
        new("name", "姓名", false, "填写时须与该身份证号码登记的姓名一致"),
        new("diedOn", "殉职日期", true, "yyyy-MM-dd，不晚于今天"),
        new("circumstances", "殉职经过", true, $"不超过{FallenCadre.CircumstancesMaxLength}字"),
    ];

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var id = CareImportCells.IdNumber(row);
        var input = new FallenCadreInput(null, row.Date("diedOn", required: true), row.Text("circumstances", required: true));
        return row.Ok ? new Row(row, id!, row.Text("name"), input) : null;
    }

    protected override string Key(Row item) => item.IdNumber;

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var cadres = await CareImportCells.CadresAsync(session, rows.Select(r => r.Item.IdNumber), ct);
        var stored = await StoredAsync(session, cadres.Values.Where(c => c.InScope).Select(c => c.Id), ct);
        foreach (var (number, row) in rows)
        {
            if (CareImportCells.Cadre(session, cadres, number, row.IdNumber, row.Name) is not { } cadre)
            {
                continue;
            }

            var input = row.Input with { CadreId = cadre.Id };
            int? id = stored.TryGetValue(cadre.Id, out var found) ? found.Id : null;
            if (CareImportCells.Report(session, row.Reader, await FallenCommands.ValidateAsync(session.Db, session.Scope, input, id, session.Today, ct), ColumnOfField))
            {
                _resolved[number] = input;
                if (id is { } target)
                {
                    _target[number] = target;
                }
            }
        }
    }

    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct) =>
        CareImportCells.UpsertAsync<FallenCadre>(session, _target, [.. rows.Select(r => r.Row)], (record, number) => FallenCommands.Apply(record, _resolved[number]), ct);

    /// <summary>The stored fallen records (id, day of death) of the given cadres, by cadre; the family and visit kinds
    /// find their fallen cadre here.</summary>
    internal static async Task<Dictionary<int, (int Id, DateOnly DiedOn)>> StoredAsync(ImportSession session, IEnumerable<int> cadreIds, CancellationToken ct)
    {
        var stored = new Dictionary<int, (int, DateOnly)>();
        foreach (var chunk in cadreIds.Distinct().Chunk(500))
        {
            foreach (var f in await session.Db.FallenCadres.AsNoTracking().Where(f => chunk.Contains(f.CadreId)).Select(f => new { f.Id, f.CadreId, f.DiedOn }).ToListAsync(ct))
            {
                stored[f.CadreId] = (f.Id, f.DiedOn);
            }
        }

        return stored;
    }

    /// <summary>The fallen record of a row's cadre (in scope, name checked), or null with the refusal under the ID number.</summary>
    internal static (int Id, DateOnly DiedOn)? Fallen(ImportSession session, Dictionary<string, CadreRef> cadres, Dictionary<int, (int Id, DateOnly DiedOn)> stored,
        int number, string idNumber, string? name)
    {
        if (CareImportCells.Cadre(session, cadres, number, idNumber, name) is not { } cadre)
        {
            return null;
        }

        if (stored.TryGetValue(cadre.Id, out var fallen))
        {
            return fallen;
        }

        session.Errors.Add(new ImportError(number, "身份证号码", IdCardNumber.Parse(idNumber).Masked, "该干部未登记为因公殉职（请先导入因公殉职干部）"));
        return null;
    }
}
