using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data.Measures.M08Guarantees;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Village cadres' monthly payment lines (基本报酬, 交通补贴, 通讯补贴) by cadre ID number + item + month (the natural key,
/// one line per cadre, item and month as the API keeps them): a stored line gets the file's village, amount, day paid and
/// note, otherwise one is added. Each row is checked by
/// <see cref="VillageCadrePayCommands.ValidateAsync(JicengDbContext, DataScope, VillagePaymentInput, int?, DateOnly, CancellationToken)"/>
/// with the stored line's id, as <c>PUT /api/v1/village-pay/payments/{id}</c> checks a correction (the cadre holds or
/// held a two-committees seat in the village). Remuneration standards are not imported: they need
/// <c>Policies.EditVillagePayStandards</c>, which an import request does not carry.
/// </summary>
public sealed class VillagePaymentImport : ImportKind<VillagePaymentImport.Row>
{
    public sealed record Row(ImportRowReader Reader, string IdNumber, string? Name, VillagePaymentInput Input);

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal)
    {
        ["villageId"] = "villageCode", ["cadreId"] = "idNumber",
    };

    private readonly Dictionary<int, int> _target = [];
    private readonly Dictionary<int, VillagePaymentInput> _resolved = [];

    public override string Name => "village-pay-payments";

    public override string Label => "村干部报酬补贴发放";

    public override string NaturalKey => "身份证号码、发放项目和发放月份";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("idNumber", "身份证号码", true, "已登记干部的身份证号码") { Text = true, Aliases = ["身份证号"] },
        new("name", "姓名", false, "填写时须与该身份证号码登记的姓名一致"),
        new("villageCode", "村（社区）代码", true, "干部担任村“两委”职务的村（社区）的12位区划代码") { Text = true, Aliases = ["单位代码"] },
        new("villageName", "村（社区）名称", false, "仅供阅读，导入时不读取"),
        new("kind", "发放项目", true, "从下拉列表中选择") { Choices = EnumLabels.Labels<VillagePayKind>() },
        new("month", "发放月份", true, "yyyy-MM，如 2025-03") { Text = true },
        new("amountYuan", "发放金额（元）", true, "不小于0，精确到分") { Aliases = ["发放金额"] },
        new("paidOn", "发放日期", true, "yyyy-MM-dd，不早于发放月份的第一天，不晚于今天"),
        new("note", "备注", false, $"不超过{VillageCadrePayment.NoteMaxLength}字"),
    ];

    /// <summary>The payment lines of the villages in scope, in template form, by village code, month, cadre and item.
    /// Carries full ID numbers: the caller checks the user may see them and audits the export.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.VillageCadrePayments.AsNoTracking().Where(p => p.Village!.Path.StartsWith(scope.Path))
            .Select(p => new { p, Cadre = p.Cadre!, p.Village!.Code, VillageName = p.Village.Name }).ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.p.Month).ThenBy(r => r.p.CadreId).ThenBy(r => r.p.Kind)
            .Select(r => CareImportCells.TemplateRow(("idNumber", r.Cadre.IdNumber.Value), ("name", r.Cadre.Name), ("villageCode", r.Code),
                ("villageName", r.VillageName), ("kind", EnumLabels.Label(r.p.Kind)), ("month", SubsidyPaymentCommands.MonthText(r.p.Month)),
                ("amountYuan", r.p.AmountYuan), ("paidOn", r.p.PaidOn), ("note", r.p.Note)))
            .ToList();
    }

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var id = CareImportCells.IdNumber(row);
        var village = CareImportCells.Village(session, row, "villageCode");
        var kind = row.Choice<VillagePayKind>("kind", required: true);
        var input = new VillagePaymentInput(null, village?.Id, kind, Month(row.Text("month", required: true)), CareImportCells.Number(row, "amountYuan"),
            row.Date("paidOn", required: true), row.Text("note"));
        return row.Ok ? new Row(row, id!, row.Text("name"), input) : null;
    }

    /// <summary>The month as the API takes it (yyyy-MM); a spreadsheet that turned it into the month's first day gives it back.</summary>
    private static string? Month(string? text) =>
        text is { Length: 10 } && text.EndsWith("-01", StringComparison.Ordinal) ? text[..7] : text;

    protected override string Key(Row item) => $"{item.IdNumber}|{item.Input.Kind}|{item.Input.Month}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var cadres = await CareImportCells.CadresAsync(session, rows.Select(r => r.Item.IdNumber), ct);
        var cadreIds = cadres.Values.Where(c => c.InScope).Select(c => c.Id).Distinct().ToList();
        var stored = new Dictionary<(int, VillagePayKind, DateOnly), int>();
        foreach (var chunk in cadreIds.Chunk(500))
        {
            foreach (var p in await session.Db.VillageCadrePayments.AsNoTracking().Where(p => chunk.Contains(p.CadreId))
                         .Select(p => new { p.Id, p.CadreId, p.Kind, p.Month }).ToListAsync(ct))
            {
                stored[(p.CadreId, p.Kind, p.Month)] = p.Id;
            }
        }

        foreach (var (number, row) in rows)
        {
            if (CareImportCells.Cadre(session, cadres, number, row.IdNumber, row.Name) is not { } cadre)
            {
                continue;
            }

            var input = row.Input with { CadreId = cadre.Id };
            int? id = SubsidyPaymentCommands.ParseMonth(input.Month) is { } month && stored.TryGetValue((cadre.Id, input.Kind!.Value, month), out var found) ? found : null;
            if (CareImportCells.Report(session, row.Reader, await VillageCadrePayCommands.ValidateAsync(session.Db, session.Scope, input, id, session.Today, ct), ColumnOfField))
            {
                _resolved[number] = input;
                if (id is { } target)
                {
                    _target[number] = target;
                }
            }
        }
    }

    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        return CareImportCells.UpsertAsync<VillageCadrePayment>(session, _target, [.. rows.Select(r => r.Row)], (record, number) => VillageCadrePayCommands.Apply(record, _resolved[number]), ct);
    }
}
