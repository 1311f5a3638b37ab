using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data.Measures.M08Guarantees;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Family members of cadres who died on duty (R8.5 judges a family only while a member is recorded) by the cadre's ID
/// number + member name + relation (the natural key): a stored member with that key gets the file's phone, otherwise one
/// is added. The cadre must already be recorded as fallen (the <c>fallen-cadres</c> kind). Each row is checked by
/// <see cref="FallenCommands.ValidateFamilyMember"/>, the checks of <c>POST /api/v1/fallen-cadres/{id}/family</c>, and
/// written by the API's own apply. Nothing stored is echoed back: refusals quote only the file's cells.
/// </summary>
public sealed class FallenFamilyImport : ImportKind<FallenFamilyImport.Row>
{
    public sealed record Row(ImportRowReader Reader, string IdNumber, string? Name, FamilyMemberInput Input);

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal) { ["name"] = "memberName" };

    private readonly Dictionary<int, int> _target = [];
    private readonly Dictionary<int, int> _fallenOfRow = [];

    public override string Name => "fallen-family";

    public override string Label => "殉职干部家属";

    public override string NaturalKey => "殉职干部身份证号码、家属姓名和与殉职干部关系";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("idNumber", "身份证号码", true, "已登记为因公殉职的干部的身份证号码") { Text = true, Aliases = ["身份证号"] },
        new("name", "干部姓名", false, "殉职干部姓名，填写时须与该身份证号码登记的姓名一致"),
        new("memberName", "家属姓名", true, $"不超过{FallenCadreFamilyMember.NameMaxLength}字"),
        new("relation", "与殉职干部关系", true, $"如 配偶、子女、父母，不超过{FallenCadreFamilyMember.RelationMaxLength}字") { Aliases = ["关系"] },
        new("phone", "联系电话", false, $"不超过{FallenCadreFamilyMember.PhoneMaxLength}字") { Text = true },
    ];

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var id = CareImportCells.IdNumber(row);
        var input = new FamilyMemberInput(row.Text("memberName", required: true), row.Text("relation", required: true), row.Text("phone"));
        return row.Ok ? new Row(row, id!, row.Text("name"), input) : null;
    }

    protected override string Key(Row item) => $"{item.IdNumber}|{item.Input.Name!.Trim()}|{item.Input.Relation!.Trim()}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var cadres = await CareImportCells.CadresAsync(session, rows.Select(r => r.Item.IdNumber), ct);
        var fallen = await FallenImport.StoredAsync(session, cadres.Values.Where(c => c.InScope).Select(c => c.Id), ct);
        var stored = new Dictionary<(int, string, string), int>();
        foreach (var chunk in fallen.Values.Select(f => f.Id).Chunk(500))
        {
            foreach (var m in await session.Db.FallenCadreFamilyMembers.AsNoTracking().Where(m => chunk.Contains(m.FallenCadreId))
                         .Select(m => new { m.Id, m.FallenCadreId, m.Name, m.Relation }).ToListAsync(ct))
            {
                stored[(m.FallenCadreId, m.Name, m.Relation)] = m.Id;
            }
        }

        foreach (var (number, row) in rows)
        {
            if (FallenImport.Fallen(session, cadres, fallen, number, row.IdNumber, row.Name) is not { } f
                || !CareImportCells.Report(session, row.Reader, FallenCommands.ValidateFamilyMember(row.Input), ColumnOfField))
            {
                continue;
            }

            _fallenOfRow[number] = f.Id;
            if (stored.TryGetValue((f.Id, row.Input.Name!.Trim(), row.Input.Relation!.Trim()), out var target))
            {
                _target[number] = target;
            }
        }
    }

    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var byRow = rows.ToDictionary(r => r.Row, r => r.Item);
        return CareImportCells.UpsertAsync<FallenCadreFamilyMember>(session, _target, [.. rows.Select(r => r.Row)], (record, number) =>
        {
            record.FallenCadreId = _fallenOfRow[number];
            FallenCommands.ApplyFamilyMember(record, byRow[number].Input);
        }, ct);
    }
}
