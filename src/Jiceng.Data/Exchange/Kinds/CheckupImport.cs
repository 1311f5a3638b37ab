using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M09Care;
using Jiceng.Data.Measures.M09Care;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Health checkups (体检, R9.2–R9.4) by cadre ID number + checkup date + institution (the natural key): a stored checkup
/// with that key gets the file's items, cost, payer and whether the mental-health assessment was done, otherwise one is
/// added. Checked by <c>CareValidator.Checkup</c> and written by <c>CareCommands.Apply</c>, as
/// <c>POST/PUT /api/v1/…/health-checkups</c> do. The mental-health RESULT (and referral, follow-up) is a restricted
/// category: this kind has no column for it, never reads it and never exports it — it is entered only through
/// <c>/api/v1/health-checkups/{id}/mental-health</c> (policy <c>ReadMentalHealth</c>, encrypted, audited). A column of
/// that name in a file is ignored with the unknown-column notice. As in the API, a checkup with a stored result stays
/// marked assessed whatever the file says.
/// </summary>
public sealed class CheckupImport : ImportKind<CheckupImport.Row>
{
    public sealed record Row(string IdNumber, string? Name, CheckupInput Input);

    private Dictionary<int, int> _cadreOf = [];
    private readonly Dictionary<int, int> _target = [];

    public override string Name => "checkups";

    public override string Label => "体检";

    public override string NaturalKey => "身份证号码、体检日期和体检机构";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        CadreRowCells.IdColumn(),
        CadreRowCells.NameColumn(),
        new("checkedOn", "体检日期", true, "yyyy-MM-dd，不晚于今天"),
        new("institution", "体检机构", true, $"医院或体检中心全称，不超过{HealthCheckup.InstitutionMaxLength}字"),
        new("items", "体检项目", true, $"以顿号分隔，不超过{HealthCheckup.ItemsMaxLength}字"),
        new("costYuan", "体检费用（元）", true, "0至1000000，最多两位小数") { Aliases = ["体检费用"] },
        new("paidBy", "支付方", true, "从下拉列表中选择") { Choices = CadreRowCells.Labels<CheckupPayer>(CareLabels.Of) },
        new("mentalHealthAssessed", "是否进行心理健康测评", true, "是或否；测评结果属受限信息，不在此导入，须由有权限的人员在系统中录入") { Choices = ["是", "否"] },
    ];

    /// <summary>
    /// The checkups of cadres in scope, in template form, by cadre, date and institution. The projection names only the
    /// ordinary fields: the restricted result, referral and follow-up are never read, so no export carries them.
    /// Full ID numbers: the caller checks the user may see them and audits the export.
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.HealthCheckups.AsNoTracking().InScope(scope)
            .Select(c => new { c.CadreId, c.CheckedOn, c.Institution, c.Items, c.CostYuan, c.PaidBy, c.MentalHealthAssessed, c.Cadre!.IdNumber, c.Cadre.Name })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.CadreId).ThenBy(r => r.CheckedOn).ThenBy(r => r.Institution, StringComparer.Ordinal)
            .Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["idNumber"] = r.IdNumber.Value, ["name"] = r.Name, ["checkedOn"] = r.CheckedOn, ["institution"] = r.Institution, ["items"] = r.Items,
                ["costYuan"] = r.CostYuan, ["paidBy"] = CareLabels.Of(r.PaidBy), ["mentalHealthAssessed"] = r.MentalHealthAssessed,
            }).ToList();
    }

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var id = CadreRowCells.IdNumber(row);
        decimal? cost = null;
        if (row.Text("costYuan") is { } text)
        {
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var c))
            {
                cost = c;
            }
            else
            {
                row.Error("costYuan", text, "应为金额（元），最多两位小数，如 1200.50");
            }
        }

        var assessed = row.Bool("mentalHealthAssessed");
        if (assessed is null && row.Get("mentalHealthAssessed") is null)
        {
            row.Error("mentalHealthAssessed", null, "必填（是或否）");
        }

        var input = new CheckupInput(row.Text("institution"), row.Date("checkedOn"), row.Text("items"), cost,
            CadreRowCells.Choice<CheckupPayer>(row, "paidBy", CareLabels.Of, required: false), assessed);
        row.Add(CareValidator.Checkup(input, session.Today));
        return row.Ok ? new Row(id!, row.Text("name"), input with { Institution = input.Institution!.Trim() }) : null;
    }

    protected override string Key(Row item) => $"{item.IdNumber}|{Dates.Format(item.Input.CheckedOn!.Value)}|{item.Input.Institution}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        _cadreOf = await CadreRowCells.CadresAsync(session, rows, r => r.IdNumber, r => r.Name, ct);
        var days = rows.Select(r => r.Item.Input.CheckedOn!.Value).Distinct().ToList();
        var stored = new Dictionary<(int, DateOnly, string), int>();
        foreach (var chunk in _cadreOf.Values.Distinct().Chunk(500))
        {
            foreach (var c in await session.Db.HealthCheckups.AsNoTracking().Where(c => chunk.Contains(c.CadreId) && days.Contains(c.CheckedOn))
                         .Select(c => new { c.Id, c.CadreId, c.CheckedOn, c.Institution }).ToListAsync(ct))
            {
                stored.TryAdd((c.CadreId, c.CheckedOn, c.Institution), c.Id);
            }
        }

        foreach (var (number, row) in rows)
        {
            if (_cadreOf.TryGetValue(number, out var cadreId) && stored.TryGetValue((cadreId, row.Input.CheckedOn!.Value, row.Input.Institution!), out var id))
            {
                _target[number] = id;
            }
        }
    }

    /// <summary>The API's write: <c>CareCommands.Apply</c> on a new or the tracked stored checkup (its restricted fields untouched).</summary>
    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct) =>
        ImportUpsert.RunAsync<Row, HealthCheckup>(session, rows, _target,
            (number, row) =>
            {
                var checkup = new HealthCheckup { CadreId = _cadreOf[number] };
                CareCommands.Apply(checkup, row.Input);
                return checkup;
            },
            (checkup, row) => CareCommands.Apply(checkup, row.Input), ct);
}
