using Jiceng.Core.Measures.M06Burden;
using Jiceng.Data.Measures.M06Burden;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// The power and responsibility lists (权力清单/责任清单) of clause 六, read by R6.4: one item per row, by unit code + year +
/// list kind + title (the natural key; the title as trimmed, as <see cref="BurdenCommands.CopyItemsAsync"/> tells items
/// apart). A stored item with that key gets the file's legal basis and, when filled, its last day; otherwise one is added.
/// Checked by <see cref="BurdenCommands.ItemErrors"/> as the lists page and <c>POST /api/v1/burden/items</c> check it: the
/// unit a township or village in the user's scope.
/// </summary>
public sealed class ResponsibilityItemImport : ImportKind<ResponsibilityItemImport.Row>
{
    public sealed record Row(UnitRef Unit, ResponsibilityItemInput Input, DateOnly? EndedOn)
    {
        public string Title => Input.Title!.Trim();
    }

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal) { ["orgUnitId"] = "orgUnitCode" };

    private IReadOnlyDictionary<string, UnitRef> _units = new Dictionary<string, UnitRef>();

    public override string Name => "responsibility-items";

    public override string Label => "权力清单和责任清单";

    public override string NaturalKey => "单位代码、清单年度、清单类别和事项名称";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("orgUnitCode", "单位代码", true, "清单所属乡镇（街道）或村（社区）的12位区划代码") { Text = true, Aliases = ["乡镇（村）代码", "区划代码"] },
        new("orgUnitName", "单位名称", false, "仅供阅读，导入时不读取"),
        new("year", "清单年度", true, "四位年份，如 2025") { Aliases = ["年度"] },
        new("kind", "清单类别", true, "从下拉列表中选择") { Choices = EnumLabels.Labels<ResponsibilityListKind>() },
        new("title", "事项名称", true, $"不超过{ResponsibilityItem.TitleMaxLength}字") { Aliases = ["清单事项"] },
        new("legalBasis", "法定依据", false, $"法律、法规或文件依据，不超过{ResponsibilityItem.LegalBasisMaxLength}字"),
        new("endedOn", "最后适用日期", false, "yyyy-MM-dd；停止适用的事项填写最后一天，仍适用的留空（留空不恢复已停止适用的事项）"),
    ];

    /// <summary>The items of the townships and villages in scope, in template form, by unit code, year, kind and title.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.ResponsibilityItems.AsNoTracking().Where(i => i.OrgUnit!.Path.StartsWith(scope.Path))
            .Select(i => new { i.OrgUnit!.Code, i.OrgUnit.Name, Item = i }).ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Item.Year).ThenBy(r => r.Item.Kind).ThenBy(r => r.Item.Title, StringComparer.Ordinal)
            .Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["orgUnitCode"] = r.Code, ["orgUnitName"] = r.Name, ["year"] = r.Item.Year, ["kind"] = EnumLabels.Label(r.Item.Kind),
                ["title"] = r.Item.Title, ["legalBasis"] = r.Item.LegalBasis, ["endedOn"] = r.Item.EndedOn,
            }).ToList();
    }

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => _units = await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var unit = BurdenImportUnits.Find(_units, row.Text("orgUnitCode", required: true));
        var year = row.Int("year", 2000, session.Today.Year + 1);
        if (year is null && row.Get("year") is null)
        {
            row.Error("year", null, "必填");
        }

        var input = new ResponsibilityItemInput(unit?.Id, year, row.Choice<ResponsibilityListKind>("kind", required: true), row.Text("title"), row.Text("legalBasis"));
        var endedOn = row.Date("endedOn");
        row.Add(BurdenCommands.ItemErrors(BurdenImportUnits.Of(unit), session.Scope, input, session.Today), ColumnOfField);
        return row.Ok ? new Row(unit!, input, endedOn) : null;
    }

    protected override string Key(Row item) => $"{item.Unit.Code}|{item.Input.Year}|{(int)item.Input.Kind!.Value}|{item.Title}";

    protected override async Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var db = session.Db;
        var years = rows.Select(r => r.Item.Input.Year!.Value).Distinct().ToList();
        var stored = new Dictionary<string, ResponsibilityItem>(StringComparer.Ordinal);
        foreach (var chunk in rows.Select(r => r.Item.Unit.Id).Distinct().Chunk(500))
        {
            var byId = _units.Values.Where(u => chunk.Contains(u.Id)).ToDictionary(u => u.Id);
            // Two stored items with one key (entered by hand twice): the first is the one a re-import updates.
            foreach (var i in await db.ResponsibilityItems.Where(i => chunk.Contains(i.OrgUnitId) && years.Contains(i.Year)).OrderBy(i => i.Id).ToListAsync(ct))
            {
                stored.TryAdd($"{byId[i.OrgUnitId].Code}|{i.Year}|{(int)i.Kind}|{i.Title}", i);
            }
        }

        var updates = new List<ResponsibilityItem>();
        var done = 0;
        foreach (var (_, row) in rows)
        {
            if (stored.TryGetValue(Key(row), out var item))
            {
                updates.Add(item);
            }
            else
            {
                item = new ResponsibilityItem { OrgUnitId = row.Unit.Id, Year = row.Input.Year!.Value, Kind = row.Input.Kind!.Value, Title = row.Title };
                db.ResponsibilityItems.Add(item);
                session.Counts.Created++;
            }

            item.LegalBasis = row.Input.LegalBasis?.Trim() ?? "";
            item.EndedOn = row.EndedOn ?? item.EndedOn;
            session.Report(ImportStage.Writing, ++done, rows.Count);
        }

        session.CountChanges(updates);
        await db.SaveChangesAsync(ct);
    }
}
