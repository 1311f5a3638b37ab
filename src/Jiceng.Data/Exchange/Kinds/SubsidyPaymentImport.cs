using System.Globalization;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data.Measures.M08Guarantees;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Monthly subsidy payments (补贴发放, R8.7 compares them with the standard) by cadre ID number + subsidy name + month
/// (the natural key: the cadre's payment of that subsidy and month, as the API allows one): a stored payment gets the
/// file's eligible days, amount and date, otherwise one is added. Each row is checked by
/// <see cref="SubsidyPaymentCommands.Validate"/> under the profile in force on the month's last day, as the API checks it.
/// </summary>
public sealed class SubsidyPaymentImport : ImportKind<SubsidyPaymentImport.Row>
{
    public sealed record Row(string IdNumber, string? Name, string Subsidy, DateOnly Month, SubsidyPaymentInput Input) : ICadreRow;

    private Dictionary<int, int> _cadreOf = [];
    private readonly Dictionary<int, int> _target = [];

    public override string Name => "subsidy-payments";

    public override string Label => "补贴发放";

    public override string NaturalKey => "身份证号码、补贴名称和发放月份";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        CadreRecords.IdNumberColumn,
        CadreRecords.NameColumn,
        new("subsidy", "补贴名称", true, "政策配置（P8.subsidies）中的补贴名称，如“乡镇工作补贴”"),
        new("month", "发放月份", true, "yyyy-MM，如 2025-03") { Text = true },
        new("eligibleFrom", "享受补贴起始日", false, "yyyy-MM-dd，在发放月份之内；整月享受的留空"),
        new("eligibleTo", "享受补贴截止日", false, "yyyy-MM-dd，在发放月份之内；整月享受的留空"),
        new("amountYuan", "实发金额（元）", true, "0 至 999999.99，最多两位小数") { Aliases = ["实发金额"] },
        new("paidOn", "发放日期", true, "yyyy-MM-dd"),
    ];

    /// <summary>The payments of the cadres in scope, in template form, by cadre, month and subsidy. Full ID numbers: the
    /// caller checks the user may see them and audits the export.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.SubsidyPayments.AsNoTracking().InScope(scope).Select(p => new { Payment = p, Cadre = p.Cadre! }).ToListAsync(ct);
        return rows.OrderBy(r => r.Payment.CadreId).ThenBy(r => r.Payment.Month).ThenBy(r => r.Payment.Subsidy, StringComparer.Ordinal)
            .Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["idNumber"] = r.Cadre.IdNumber.Value, ["name"] = r.Cadre.Name, ["subsidy"] = r.Payment.Subsidy,
                ["month"] = SubsidyPaymentCommands.MonthText(r.Payment.Month), ["eligibleFrom"] = r.Payment.EligibleFrom,
                ["eligibleTo"] = r.Payment.EligibleTo, ["amountYuan"] = r.Payment.AmountYuan, ["paidOn"] = r.Payment.PaidOn,
            }).ToList();
    }

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var id = CadreRecords.IdNumber(row);
        var input = new SubsidyPaymentInput
        {
            Subsidy = row.Text("subsidy"), Month = MonthOf(row.Text("month")), EligibleFrom = row.Date("eligibleFrom"),
            EligibleTo = row.Date("eligibleTo"), AmountYuan = row.Yuan("amountYuan"), PaidOn = row.Date("paidOn"),
        };
        row.Add(SubsidyPaymentCommands.Validate(input, CadreRecords.Profiles(session), session.Today));
        return row.Ok && SubsidyPaymentCommands.ValidKey(input, session.Today) is { } key
            ? new Row(id!, row.Text("name"), key.Subsidy, key.Month, input) : null;
    }

    /// <summary>The month as the API takes it (yyyy-MM); a spreadsheet turns a typed 2025-03 into the date 2025-03-01,
    /// which is read back as its month.</summary>
    private static string? MonthOf(string? text) =>
        text is not null && DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Day == 1
            ? SubsidyPaymentCommands.MonthText(d) : text;

    protected override string Key(Row item) => $"{item.IdNumber}|{item.Subsidy}|{SubsidyPaymentCommands.MonthText(item.Month)}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        _cadreOf = await CadreRecords.ResolveAsync(session, rows, ct);
        var stored = (await CadreRecords.InChunksAsync(_cadreOf.Values, chunk => session.Db.SubsidyPayments.AsNoTracking()
                .Where(p => chunk.Contains(p.CadreId)).Select(p => new { p.Id, p.CadreId, p.Subsidy, p.Month }).ToListAsync(ct)))
            .ToDictionary(p => (p.CadreId, p.Subsidy, p.Month), p => p.Id);
        foreach (var (number, row) in rows)
        {
            if (_cadreOf.TryGetValue(number, out var cadreId) && stored.TryGetValue((cadreId, row.Subsidy, row.Month), out var id))
            {
                _target[number] = id;
            }
        }
    }

    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct) =>
        ImportUpsert.RunAsync(session, rows, _target, (number, row) =>
        {
            var created = new SubsidyPayment { CadreId = _cadreOf[number] };
            SubsidyPaymentCommands.Apply(created, row.Input);
            return created;
        }, (stored, row) => SubsidyPaymentCommands.Apply(stored, row.Input), ct);
}
