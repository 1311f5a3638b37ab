using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M09Care;
using Jiceng.Data.Measures.M09Care;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Heart-to-heart talks (谈心谈话, R9.1) by cadre ID number + talk date + talker (the natural key): a stored talk with
/// that key gets the file's topics, otherwise one is added. Checked by <c>CareValidator.Talk</c> as
/// <c>POST /api/v1/cadres/{id}/talks</c> checks it. The needs raised in a talk (a list of up to 20, each with its
/// follow-up) do not fit one row: they are not imported, and a re-import leaves a stored talk's needs as they are
/// (they are entered on the cadre's 关爱 tab). R9.1 counts talks only.
/// </summary>
public sealed class TalkImport : ImportKind<TalkImport.Row>
{
    public sealed record Row(string IdNumber, string? Name, TalkInput Input);

    private Dictionary<int, int> _cadreOf = [];
    private readonly Dictionary<int, int> _target = [];

    public override string Name => "talks";

    public override string Label => "谈心谈话";

    public override string NaturalKey => "身份证号码、谈话日期和谈话人";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        CadreRowCells.IdColumn(),
        CadreRowCells.NameColumn(),
        new("talkedOn", "谈话日期", true, "yyyy-MM-dd，不晚于今天"),
        new("talker", "谈话人", true, $"姓名及职务，如 乡镇党委书记 张三，不超过{HeartTalk.TalkerMaxLength}字"),
        new("topics", "谈话内容", true, $"不超过{HeartTalk.TopicsMaxLength}字；反映的诉求及跟进请在干部的“关爱”页录入"),
    ];

    /// <summary>The talks of cadres in scope, in template form, by cadre, date and talker (needs are not part of the form).
    /// Full ID numbers: the caller checks the user may see them and audits the export.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.HeartTalks.AsNoTracking().InScope(scope)
            .Select(t => new { t.CadreId, t.TalkedOn, t.Talker, t.Topics, t.Cadre!.IdNumber, t.Cadre.Name }).ToListAsync(ct);
        return rows.OrderBy(r => r.CadreId).ThenBy(r => r.TalkedOn).ThenBy(r => r.Talker, StringComparer.Ordinal)
            .Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["idNumber"] = r.IdNumber.Value, ["name"] = r.Name, ["talkedOn"] = r.TalkedOn, ["talker"] = r.Talker, ["topics"] = r.Topics,
            }).ToList();
    }

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var id = CadreRowCells.IdNumber(row);
        var input = new TalkInput(row.Date("talkedOn"), row.Text("talker"), row.Text("topics"), null);
        row.Add(CareValidator.Talk(input, session.Today));
        return row.Ok ? new Row(id!, row.Text("name"), input with { Talker = input.Talker!.Trim(), Topics = input.Topics!.Trim() }) : null;
    }

    protected override string Key(Row item) => $"{item.IdNumber}|{Dates.Format(item.Input.TalkedOn!.Value)}|{item.Input.Talker}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        _cadreOf = await CadreRowCells.CadresAsync(session, rows, r => r.IdNumber, r => r.Name, ct);
        var days = rows.Select(r => r.Item.Input.TalkedOn!.Value).Distinct().ToList();
        var stored = new Dictionary<(int, DateOnly, string), int>();
        foreach (var chunk in _cadreOf.Values.Distinct().Chunk(500))
        {
            foreach (var t in await session.Db.HeartTalks.AsNoTracking().Where(t => chunk.Contains(t.CadreId) && days.Contains(t.TalkedOn))
                         .Select(t => new { t.Id, t.CadreId, t.TalkedOn, t.Talker }).ToListAsync(ct))
            {
                stored.TryAdd((t.CadreId, t.TalkedOn, t.Talker), t.Id);
            }
        }

        foreach (var (number, row) in rows)
        {
            if (_cadreOf.TryGetValue(number, out var cadreId) && stored.TryGetValue((cadreId, row.Input.TalkedOn!.Value, row.Input.Talker!), out var id))
            {
                _target[number] = id;
            }
        }
    }

    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct) =>
        ImportUpsert.RunAsync<Row, HeartTalk>(session, rows, _target,
            (number, row) => new HeartTalk { CadreId = _cadreOf[number], TalkedOn = row.Input.TalkedOn!.Value, Talker = row.Input.Talker!, Topics = row.Input.Topics! },
            (talk, row) => talk.Topics = row.Input.Topics!, ct);
}
