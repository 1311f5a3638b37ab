using Jiceng.Core.Common;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data.Measures.M08Guarantees;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Care visits to the families of cadres who died on duty (what R8.5 counts) by the cadre's ID number + visit day +
/// visitor (the natural key): a stored visit with that key gets the file's note, otherwise one is added. The cadre must
/// already be recorded as fallen (the <c>fallen-cadres</c> kind). Each row is checked by
/// <see cref="FallenCommands.ValidateVisit"/>, the checks of <c>POST /api/v1/fallen-cadres/{id}/visits</c> (not before the
/// death, not after today), and written by the API's own apply.
/// </summary>
public sealed class FamilyVisitImport : ImportKind<FamilyVisitImport.Row>
{
    public sealed record Row(ImportRowReader Reader, string IdNumber, string? Name, CareVisitInput Input);

    /// <summary>The visit validator's fields are the column keys.</summary>
    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal);

    private readonly Dictionary<int, int> _target = [];
    private readonly Dictionary<int, int> _fallenOfRow = [];

    public override string Name => "family-care-visits";

    public override string Label => "殉职干部家属走访慰问";

    public override string NaturalKey => "殉职干部身份证号码、走访日期和走访人（单位）";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("idNumber", "身份证号码", true, "已登记为因公殉职的干部的身份证号码") { Text = true, Aliases = ["身份证号"] },
        new("name", "姓名", false, "殉职干部姓名，填写时须与该身份证号码登记的姓名一致"),
        new("visitedOn", "走访日期", true, "yyyy-MM-dd，不早于殉职日期、不晚于今天"),
        new("visitor", "走访人（单位）", true, $"不超过{FamilyCareVisit.VisitorMaxLength}字"),
        new("note", "走访情况", false, $"不超过{FamilyCareVisit.NoteMaxLength}字"),
    ];

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var id = CareImportCells.IdNumber(row);
        var input = new CareVisitInput(row.Date("visitedOn", required: true), row.Text("visitor", required: true), row.Text("note"));
        return row.Ok ? new Row(row, id!, row.Text("name"), input) : null;
    }

    protected override string Key(Row item) => $"{item.IdNumber}|{Dates.Format(item.Input.VisitedOn!.Value)}|{item.Input.Visitor!.Trim()}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var cadres = await CareImportCells.CadresAsync(session, rows.Select(r => r.Item.IdNumber), ct);
        var fallen = await FallenImport.StoredAsync(session, cadres.Values.Where(c => c.InScope).Select(c => c.Id), ct);
        var stored = new Dictionary<(int, DateOnly, string), int>();
        foreach (var chunk in fallen.Values.Select(f => f.Id).Chunk(500))
        {
            foreach (var v in await session.Db.FamilyCareVisits.AsNoTracking().Where(v => chunk.Contains(v.FallenCadreId))
                         .Select(v => new { v.Id, v.FallenCadreId, v.VisitedOn, v.Visitor }).ToListAsync(ct))
            {
                stored[(v.FallenCadreId, v.VisitedOn, v.Visitor)] = v.Id;
            }
        }

        foreach (var (number, row) in rows)
        {
            if (FallenImport.Fallen(session, cadres, fallen, number, row.IdNumber, row.Name) is not { } f
                || !CareImportCells.Report(session, row.Reader, FallenCommands.ValidateVisit(row.Input, f.DiedOn, session.Today), ColumnOfField))
            {
                continue;
            }

            _fallenOfRow[number] = f.Id;
            if (stored.TryGetValue((f.Id, row.Input.VisitedOn!.Value, row.Input.Visitor!.Trim()), out var target))
            {
                _target[number] = target;
            }
        }
    }

    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var byRow = rows.ToDictionary(r => r.Row, r => r.Item);
        return CareImportCells.UpsertAsync<FamilyCareVisit>(session, _target, [.. rows.Select(r => r.Row)], (record, number) =>
        {
            record.FallenCadreId = _fallenOfRow[number];
            FallenCommands.ApplyVisit(record, byRow[number].Input);
        }, ct);
    }
}
