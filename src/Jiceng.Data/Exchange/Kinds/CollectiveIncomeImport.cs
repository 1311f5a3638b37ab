using Jiceng.Data.Measures.M08Guarantees;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Village collective-economy incomes (R8.4: operating income and new recurring income of a year) by village code + year
/// (the natural key, one record per village and year as the API keeps them): a stored record gets the file's amounts,
/// otherwise one is added. Each row is checked by
/// <see cref="VillagePayCommands.ValidateAsync(JicengDbContext, DataScope, CollectiveIncomeInput, int?, DateOnly, CancellationToken)"/>
/// with the stored record's id, as <c>PUT /api/v1/collective-economy/incomes/{id}</c> checks a correction.
/// </summary>
public sealed class CollectiveIncomeImport : ImportKind<CollectiveIncomeImport.Row>
{
    public sealed record Row(ImportRowReader Reader, UnitRef Village, CollectiveIncomeInput Input);

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal) { ["villageId"] = "villageCode" };

    private readonly Dictionary<int, int> _target = [];

    public override string Name => "collective-incomes";

    public override string Label => "村集体经济收入";

    public override string NaturalKey => "村（社区）代码和年度";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("villageCode", "村（社区）代码", true, "村（社区）的12位区划代码") { Text = true, Aliases = ["单位代码"] },
        new("villageName", "村（社区）名称", false, "仅供阅读，导入时不读取"),
        new("year", "年度", true, "四位年份，2000年至今年"),
        new("operatingIncomeYuan", "集体经营收入（元）", true, "不小于0，精确到分") { Aliases = ["集体经营收入"] },
        new("newRecurringIncomeYuan", "新增经常性收入（元）", true, "可为负数，精确到分") { Aliases = ["新增经常性收入"] },
    ];

    /// <summary>The incomes of the villages in scope, in template form, by village code and year.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.CollectiveIncomes.AsNoTracking().InScope(scope)
            .Select(i => new { i.Year, i.OperatingIncomeYuan, i.NewRecurringIncomeYuan, i.Village!.Code, i.Village.Name }).ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Year)
            .Select(r => CareImportCells.TemplateRow(("villageCode", r.Code), ("villageName", r.Name), ("year", r.Year),
                ("operatingIncomeYuan", r.OperatingIncomeYuan), ("newRecurringIncomeYuan", r.NewRecurringIncomeYuan)))
            .ToList();
    }

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var village = CareImportCells.Village(session, row, "villageCode");
        var year = row.Int("year", 2000, session.Today.Year);
        if (year is null && row.Get("year") is null)
        {
            row.Error("year", null, "必填");
        }

        var input = new CollectiveIncomeInput(village?.Id, year, CareImportCells.Number(row, "operatingIncomeYuan"), CareImportCells.Number(row, "newRecurringIncomeYuan"));
        return row.Ok ? new Row(row, village!, input) : null;
    }

    protected override string Key(Row item) => $"{item.Village.Code}|{item.Input.Year}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var villageIds = rows.Select(r => r.Item.Village.Id).Distinct().ToList();
        var stored = new Dictionary<(int, int), int>();
        foreach (var chunk in villageIds.Chunk(500))
        {
            foreach (var i in await session.Db.CollectiveIncomes.AsNoTracking().Where(i => chunk.Contains(i.VillageId)).Select(i => new { i.Id, i.VillageId, i.Year }).ToListAsync(ct))
            {
                stored[(i.VillageId, i.Year)] = i.Id;
            }
        }

        foreach (var (number, row) in rows)
        {
            int? id = stored.TryGetValue((row.Village.Id, row.Input.Year!.Value), out var found) ? found : null;
            if (CareImportCells.Report(session, row.Reader,
                    await VillagePayCommands.ValidateAsync(session.Db, session.Scope, row.Input, id, session.Today, ct), ColumnOfField) && id is { } target)
            {
                _target[number] = target;
            }
        }
    }

    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var byRow = rows.ToDictionary(r => r.Row, r => r.Item);
        return CareImportCells.UpsertAsync<Core.Measures.M08Guarantees.CollectiveIncome>(session, _target, [.. rows.Select(r => r.Row)], (record, number) => VillagePayCommands.Apply(record, byRow[number].Input), ct);
    }
}
