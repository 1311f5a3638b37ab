using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data.Measures.M08Guarantees;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Paid annual leave (带薪年休假, R8.2) by cadre ID number + year (the natural key, one record per cadre and year as in
/// the API): a stored year gets the file's days taken, wage and compensation, otherwise one is added. Each row is checked
/// by <see cref="AnnualLeaveCommands.Validate"/>, as the API checks it.
/// </summary>
public sealed class AnnualLeaveImport : ImportKind<AnnualLeaveImport.Row>
{
    public sealed record Row(string IdNumber, string? Name, int Year, AnnualLeaveInput Input) : ICadreRow;

    private Dictionary<int, int> _cadreOf = [];
    private readonly Dictionary<int, int> _target = [];

    public override string Name => "annual-leave";

    public override string Label => "带薪年休假";

    public override string NaturalKey => "身份证号码和休假年度";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        CadreRecords.IdNumberColumn,
        CadreRecords.NameColumn,
        new("year", "休假年度", true, "四位年份，如 2025"),
        new("takenDays", "已休天数", true, "0 至 366 的整数"),
        new("monthlyWageYuan", "月工资（元）", false, "计算未休年休假报酬用，0 至 999999.99，最多两位小数") { Aliases = ["月工资"] },
        new("compensatedDays", "已补偿天数", false, "已支付报酬的未休天数，0 至 366 的整数；不填为 0"),
        new("compensationYuan", "补偿金额（元）", false, "有已补偿天数时必填，0 至 999999.99，最多两位小数") { Aliases = ["补偿金额"] },
        new("compensatedOn", "补偿发放日期", false, "有已补偿天数时必填，yyyy-MM-dd"),
    ];

    /// <summary>The years of the cadres in scope, in template form, by cadre and year. Full ID numbers: the caller checks
    /// the user may see them and audits the export.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.AnnualLeaves.AsNoTracking().InScope(scope).Select(l => new { Leave = l, Cadre = l.Cadre! }).ToListAsync(ct);
        return rows.OrderBy(r => r.Leave.CadreId).ThenBy(r => r.Leave.Year)
            .Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["idNumber"] = r.Cadre.IdNumber.Value, ["name"] = r.Cadre.Name, ["year"] = r.Leave.Year, ["takenDays"] = r.Leave.TakenDays,
                ["monthlyWageYuan"] = r.Leave.MonthlyWageYuan, ["compensatedDays"] = r.Leave.CompensatedDays,
                ["compensationYuan"] = r.Leave.CompensationYuan, ["compensatedOn"] = r.Leave.CompensatedOn,
            }).ToList();
    }

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var id = CadreRecords.IdNumber(row);
        var year = row.Int("year", 1, 9999);
        if (year is null && row.Get("year") is null)
        {
            row.Error("year", null, "必填");
        }

        var input = new AnnualLeaveInput
        {
            TakenDays = row.Int("takenDays", 0, 366), MonthlyWageYuan = row.Yuan("monthlyWageYuan"), CompensatedDays = row.Int("compensatedDays", 0, 366),
            CompensationYuan = row.Yuan("compensationYuan"), CompensatedOn = row.Date("compensatedOn"),
        };
        if (year is { } y)
        {
            row.Add(AnnualLeaveCommands.Validate(y, input, session.Today));
        }

        return row.Ok ? new Row(id!, row.Text("name"), year!.Value, input) : null;
    }

    protected override string Key(Row item) => $"{item.IdNumber}|{item.Year}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        _cadreOf = await CadreRecords.ResolveAsync(session, rows, ct);
        var stored = (await CadreRecords.InChunksAsync(_cadreOf.Values, chunk => session.Db.AnnualLeaves.AsNoTracking()
            .Where(l => chunk.Contains(l.CadreId)).Select(l => new { l.Id, l.CadreId, l.Year }).ToListAsync(ct))).ToDictionary(l => (l.CadreId, l.Year), l => l.Id);
        foreach (var (number, row) in rows)
        {
            if (_cadreOf.TryGetValue(number, out var cadreId) && stored.TryGetValue((cadreId, row.Year), out var id))
            {
                _target[number] = id;
            }
        }
    }

    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct) =>
        ImportUpsert.RunAsync(session, rows, _target, (number, row) =>
        {
            var created = new AnnualLeave { CadreId = _cadreOf[number], Year = row.Year };
            AnnualLeaveCommands.Apply(created, row.Input);
            return created;
        }, (stored, row) => AnnualLeaveCommands.Apply(stored, row.Input), ct);
}
