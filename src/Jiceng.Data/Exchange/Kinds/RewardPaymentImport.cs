using Jiceng.Core.Common;
using Jiceng.Data.Measures.M08Guarantees;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Collective-economy reward payments to village cadres (R8.4) by cadre ID number + village code + year + payment day
/// (the natural key: a cadre may be paid a year's reward in several payments, on different days): a stored payment with
/// that key gets the file's weight and amount, otherwise one is added. Each row is checked by
/// <see cref="VillagePayCommands.ValidateAsync(JicengDbContext, DataScope, RewardPaymentInput, int?, DateOnly, CancellationToken)"/>
/// with the stored payment's id, as the API checks it (the cadre belongs to the village; the weight equals the one on the
/// cadre's other stored payments of the village and year); the file's own rows of one cadre, village and year must agree
/// on the weight too, which the validator cannot see.
/// </summary>
public sealed class RewardPaymentImport : ImportKind<RewardPaymentImport.Row>
{
    public sealed record Row(ImportRowReader Reader, string IdNumber, string? Name, UnitRef Village, RewardPaymentInput Input);

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal)
    {
        ["villageId"] = "villageCode", ["cadreId"] = "idNumber",
    };

    private readonly Dictionary<int, int> _target = [];
    private readonly Dictionary<int, RewardPaymentInput> _resolved = [];

    public override string Name => "collective-reward-payments";

    public override string Label => "集体经济发展奖励发放";

    public override string NaturalKey => "身份证号码、村（社区）代码、年度和发放日期";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("idNumber", "身份证号码", true, "该村（社区）已登记干部的身份证号码") { Text = true, Aliases = ["身份证号"] },
        new("name", "姓名", false, "填写时须与该身份证号码登记的姓名一致"),
        new("villageCode", "村（社区）代码", true, "村（社区）的12位区划代码") { Text = true, Aliases = ["单位代码"] },
        new("villageName", "村（社区）名称", false, "仅供阅读，导入时不读取"),
        new("year", "年度", true, "奖励所属年度，四位年份"),
        new("weight", "分配权重", true, "大于0、不超过100，最多两位小数；同一干部同一年度的各次发放相同"),
        new("amountYuan", "发放金额（元）", true, "不小于0.01，精确到分") { Aliases = ["发放金额"] },
        new("paidOn", "发放日期", true, "yyyy-MM-dd，不晚于今天"),
    ];

    /// <summary>The payments of the villages in scope, in template form, by village code, year, cadre and day. Carries
    /// full ID numbers: the caller checks the user may see them and audits the export.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.CollectiveRewardPayments.AsNoTracking().InScope(scope)
            .Select(p => new { p, Cadre = p.Cadre!, p.Village!.Code, VillageName = p.Village.Name }).ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.p.Year).ThenBy(r => r.p.CadreId).ThenBy(r => r.p.PaidOn)
            .Select(r => CareImportCells.TemplateRow(("idNumber", r.Cadre.IdNumber.Value), ("name", r.Cadre.Name), ("villageCode", r.Code),
                ("villageName", r.VillageName), ("year", r.p.Year), ("weight", r.p.Weight), ("amountYuan", r.p.AmountYuan), ("paidOn", r.p.PaidOn)))
            .ToList();
    }

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var id = CareImportCells.IdNumber(row);
        var village = CareImportCells.Village(session, row, "villageCode");
        var year = row.Int("year", 2000, session.Today.Year);
        if (year is null && row.Get("year") is null)
        {
            row.Error("year", null, "必填");
        }

        var input = new RewardPaymentInput(village?.Id, null, year, CareImportCells.Number(row, "weight"), CareImportCells.Number(row, "amountYuan"),
            row.Date("paidOn", required: true));
        return row.Ok ? new Row(row, id!, row.Text("name"), village!, input) : null;
    }

    protected override string Key(Row item) => $"{item.IdNumber}|{item.Village.Code}|{item.Input.Year}|{Dates.Format(item.Input.PaidOn!.Value)}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var cadres = await CareImportCells.CadresAsync(session, rows.Select(r => r.Item.IdNumber), ct);
        var cadreIds = cadres.Values.Where(c => c.InScope).Select(c => c.Id).Distinct().ToList();
        var stored = new Dictionary<(int, int, int, DateOnly), int>();
        foreach (var chunk in cadreIds.Chunk(500))
        {
            foreach (var p in await session.Db.CollectiveRewardPayments.AsNoTracking().Where(p => chunk.Contains(p.CadreId))
                         .Select(p => new { p.Id, p.CadreId, p.VillageId, p.Year, p.PaidOn }).ToListAsync(ct))
            {
                stored[(p.CadreId, p.VillageId, p.Year, p.PaidOn)] = p.Id;
            }
        }

        // The first row of a cadre, village and year sets the weight the file's other rows of them must repeat.
        var weights = new Dictionary<(int, int, int), (decimal Weight, int Row)>();
        foreach (var (number, row) in rows)
        {
            if (CareImportCells.Cadre(session, cadres, number, row.IdNumber, row.Name) is not { } cadre)
            {
                continue;
            }

            var input = row.Input with { CadreId = cadre.Id };
            var key = (cadre.Id, row.Village.Id, input.Year!.Value, input.PaidOn!.Value);
            int? id = stored.TryGetValue(key, out var found) ? found : null;
            if (!CareImportCells.Report(session, row.Reader, await VillagePayCommands.ValidateAsync(session.Db, session.Scope, input, id, session.Today, ct), ColumnOfField))
            {
                continue;
            }

            if (weights.TryGetValue((cadre.Id, row.Village.Id, input.Year.Value), out var first) && first.Weight != input.Weight)
            {
                session.Errors.Add(new ImportError(number, "分配权重", row.Reader.Get("weight"), $"应与第 {first.Row} 行同一干部同一年度的分配权重 {first.Weight} 相同"));
                continue;
            }

            weights.TryAdd((cadre.Id, row.Village.Id, input.Year.Value), (input.Weight!.Value, number));
            _resolved[number] = input;
            if (id is { } target)
            {
                _target[number] = target;
            }
        }
    }

    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        return CareImportCells.UpsertAsync<Core.Measures.M08Guarantees.CollectiveRewardPayment>(session, _target, [.. rows.Select(r => r.Row)], (record, number) => VillagePayCommands.Apply(record, _resolved[number]), ct);
    }
}
