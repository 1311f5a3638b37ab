using Jiceng.Core.Measures.M06Burden;
using Jiceng.Data.Measures.M06Burden;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// The burden ledger (减负台账) of clause 六: per township code + department code + year (the natural key), the number of
/// meetings, documents and forms (填表报数) the department imposed on the township; one row carries the three counts,
/// an empty cell leaves that count as stored. Each count is checked by <see cref="BurdenCommands.CountErrors"/>, as the
/// ledger page and <c>PUT /api/v1/burden/counts</c> check it (a township writes its own rows, a department its own).
/// </summary>
public sealed class BurdenCountImport : ImportKind<BurdenCountImport.Row>
{
    public sealed record Row(UnitRef Township, UnitRef Department, int Year, IReadOnlyList<(BurdenKind Kind, int Count)> Counts);

    /// <summary>The count columns, in the template's order.</summary>
    private static readonly (string Key, BurdenKind Kind)[] CountColumns =
        [("meetings", BurdenKind.Meeting), ("documents", BurdenKind.Document), ("forms", BurdenKind.Form)];

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal)
    {
        ["townshipId"] = "townshipCode", ["departmentId"] = "departmentCode", ["year"] = "year",
    };

    public override string Name => "burden-counts";

    public override string Label => "减负台账";

    public override string NaturalKey => "乡镇代码、部门代码和年度";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("townshipCode", "乡镇代码", true, "乡镇（街道）的12位区划代码") { Text = true, Aliases = ["乡镇（街道）代码"] },
        new("townshipName", "乡镇名称", false, "仅供阅读，导入时不读取"),
        new("departmentCode", "部门代码", true, "下达会议、文件、报表的区直部门的单位代码") { Text = true, Aliases = ["区直部门代码", "下达部门代码"] },
        new("departmentName", "部门名称", false, "仅供阅读，导入时不读取"),
        new("year", "年度", true, "四位年份，如 2025") { Aliases = ["台账年度"] },
        new("meetings", "会议", false, $"要求乡镇参加的会议数，0至{BurdenCommands.MaxCount}的整数；不填则不变") { Aliases = ["会议数"] },
        new("documents", "发文", false, $"发给乡镇的文件数，0至{BurdenCommands.MaxCount}的整数；不填则不变") { Aliases = ["发文数"] },
        new("forms", "填表报数", false, $"要求乡镇填报的表格和数据数，0至{BurdenCommands.MaxCount}的整数；不填则不变") { Aliases = ["报表数"] },
    ];

    /// <summary>The ledger rows of townships or departments in scope, in template form, by township, department and year.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.BurdenCounts.AsNoTracking()
            .Where(c => c.Township!.Path.StartsWith(scope.Path) || c.Department!.Path.StartsWith(scope.Path))
            .Select(c => new { TownshipCode = c.Township!.Code, TownshipName = c.Township.Name, DepartmentCode = c.Department!.Code, DepartmentName = c.Department.Name, c.Year, c.Kind, c.Count })
            .ToListAsync(ct);
        return rows.GroupBy(r => (r.TownshipCode, r.DepartmentCode, r.Year))
            .OrderBy(g => g.Key.TownshipCode, StringComparer.Ordinal).ThenBy(g => g.Key.DepartmentCode, StringComparer.Ordinal).ThenBy(g => g.Key.Year)
            .Select(g =>
            {
                var row = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["townshipCode"] = g.Key.TownshipCode, ["townshipName"] = g.First().TownshipName, ["departmentCode"] = g.Key.DepartmentCode,
                    ["departmentName"] = g.First().DepartmentName, ["year"] = g.Key.Year,
                };
                foreach (var (key, kind) in CountColumns)
                {
                    row[key] = g.FirstOrDefault(r => r.Kind == kind)?.Count;
                }

                return (IReadOnlyDictionary<string, object?>)row;
            }).ToList();
    }

    private IReadOnlyDictionary<string, UnitRef> _units = new Dictionary<string, UnitRef>();

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => _units = await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        // Units by code among all the database's: a department writes for townships outside its own scope, so the scope is
        // the check's (CountErrors), which answers an unknown code and a unit of the wrong kind alike.
        var units = _units;
        var townshipCode = row.Text("townshipCode", required: true);
        var departmentCode = row.Text("departmentCode", required: true);
        var township = townshipCode is not null && units.TryGetValue(townshipCode, out var t) ? t : null;
        var department = departmentCode is not null && units.TryGetValue(departmentCode, out var d) ? d : null;
        var year = row.Int("year", 2000, session.Today.Year + 1);
        if (year is null && row.Get("year") is null)
        {
            row.Error("year", null, "必填");
        }

        var counts = new List<(BurdenKind, int)>();
        foreach (var (key, kind) in CountColumns)
        {
            if (row.Int(key, 0, BurdenCommands.MaxCount) is { } n)
            {
                counts.Add((kind, n));
            }
        }

        if (row.Ok && counts.Count == 0)
        {
            row.Error("meetings", null, "会议、发文、填表报数至少填写一项");
        }

        if (townshipCode is null || departmentCode is null || !row.Ok)
        {
            return null;
        }

        var columnOfField = new Dictionary<string, string>(ColumnOfField, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (kind, count) in counts)
        {
            columnOfField["count"] = CountColumns.Single(c => c.Kind == kind).Key;
            // Unit and year errors are the same for every count: reported once.
            row.Add(BurdenCommands.CountErrors(BurdenImportUnits.Of(township), BurdenImportUnits.Of(department), session.Scope, year, kind, count, session.Today).Where(e => seen.Add(e.Field + e.Message)), columnOfField);
        }

        return row.Ok ? new Row(township!, department!, year!.Value, counts) : null;
    }

    protected override string Key(Row item) => $"{item.Township.Code}|{item.Department.Code}|{item.Year}";

    protected override async Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var db = session.Db;
        var townshipIds = rows.Select(r => r.Item.Township.Id).Distinct().ToList();
        var years = rows.Select(r => r.Item.Year).Distinct().ToList();
        var stored = new Dictionary<(int, int, int, BurdenKind), BurdenCount>();
        foreach (var chunk in townshipIds.Chunk(500))
        {
            foreach (var c in await db.BurdenCounts.Where(c => chunk.Contains(c.TownshipId) && years.Contains(c.Year)).ToListAsync(ct))
            {
                stored[(c.TownshipId, c.DepartmentId, c.Year, c.Kind)] = c;
            }
        }

        // Counted per row: created when one of its counts is new, updated when one changed, else unchanged.
        var done = 0;
        foreach (var (_, row) in rows)
        {
            var (created, changed) = (false, false);
            foreach (var (kind, count) in row.Counts)
            {
                if (stored.TryGetValue((row.Township.Id, row.Department.Id, row.Year, kind), out var c))
                {
                    changed |= c.Count != count;
                    c.Count = count;
                }
                else
                {
                    var added = new BurdenCount { TownshipId = row.Township.Id, DepartmentId = row.Department.Id, Year = row.Year, Kind = kind, Count = count };
                    db.BurdenCounts.Add(added);
                    stored[(row.Township.Id, row.Department.Id, row.Year, kind)] = added;
                    created = true;
                }
            }

            if (created)
            {
                session.Counts.Created++;
            }
            else if (changed)
            {
                session.Counts.Updated++;
            }
            else
            {
                session.Counts.Unchanged++;
            }

            session.Report(ImportStage.Writing, ++done, rows.Count);
        }

        await db.SaveChangesAsync(ct);
    }
}
