using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Posts;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Terms (届) of township leadership teams and village two committees, with their seats (职数), by unit code + term
/// number (the natural key; the body follows from the unit, as in the API). A stored term with that key gets the file's
/// dates and seats; otherwise a term is added. Checked by <see cref="TermValidator"/> as the API checks it, and, as the
/// API does, terms of one unit may not overlap (the stored terms the file does not touch and the file's rows together).
/// </summary>
public sealed class TermImport : ImportKind<TermImport.Row>
{
    public sealed record Row(string UnitCode, int UnitId, TermBody Body, TermInput Input);

    private sealed record StoredTerm(int Id, int OrgUnitId, int Number, DateOnly Start, DateOnly End);

    private static readonly char[] SeatSeparators = ['；', ';', '\n', '\r', '，', ','];

    private static readonly char[] CountSeparators = [':', '：', '×', '*'];

    private readonly Dictionary<int, int> _target = [];

    public override string Name => "terms";

    public override string Label => "届次与职数";

    public override string NaturalKey => "单位代码和届次";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("orgUnitCode", "单位代码", true, "乡镇（街道）或村（社区）的12位区划代码：乡镇为领导班子届次，村为“两委”届次") { Text = true, Aliases = ["区划代码"] },
        new("orgUnitName", "单位名称", false, "仅供阅读，导入时不读取"),
        new("number", "届次", true, "整数，如第十二届填 12"),
        new("start", "起始日期", true, "yyyy-MM-dd"),
        new("end", "届满日期", true, "yyyy-MM-dd（计划届满日，提前换届的填实际日期）"),
        new("seats", "职数", true, "每个职务“职务类别:职数”，用分号分隔，如“乡镇党委书记:1；乡镇长（街道办事处主任）:1；副乡镇长:3”"),
    ];

    /// <summary>A stored term in this kind's template form (export → import reproduces it).</summary>
    internal static IReadOnlyDictionary<string, object?> RowOf(Term t, string unitCode, string unitName) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["orgUnitCode"] = unitCode,
        ["orgUnitName"] = unitName,
        ["number"] = t.Number,
        ["start"] = t.Start,
        ["end"] = t.End,
        ["seats"] = SeatsText(t.Seats.Select(s => (s.Kind, s.Count))),
    };

    /// <summary>Seats as the template writes them: “乡镇党委书记:1；副乡镇长:3”, in post-kind order.</summary>
    public static string SeatsText(IEnumerable<(PostKind Kind, int Count)> seats) =>
        string.Join("；", seats.OrderBy(s => s.Kind).Select(s => $"{EnumLabels.Label(s.Kind)}:{s.Count.ToString(CultureInfo.InvariantCulture)}"));

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var unitCode = row.Text("orgUnitCode", required: true);
        var unit = session.UnitInScope(unitCode);
        TermBody? body = null;
        if (unitCode is not null && unit is null)
        {
            row.Error("orgUnitCode", unitCode, "单位不存在或不在您的管理范围内");
        }
        else if (unit is not null && (body = TermBodies.For(unit.Kind)) is null)
        {
            row.Error("orgUnitCode", unitCode, "只有乡镇（街道）和村（社区）登记届次");
        }

        var seats = Seats(row);
        var input = new TermInput(row.Int("number", 1, 999), row.Date("start", required: true), row.Date("end", required: true), seats);
        var errors = TermValidator.Validate(input, body ?? TermBody.TownshipLeadershipTeam).AsEnumerable();
        if (body is null)
        {
            errors = errors.Where(e => !e.Message.Contains("不属于", StringComparison.Ordinal));
        }

        row.Add(errors);
        return row.Ok && unit is not null && body is { } b ? new Row(unitCode!, unit.Id, b, input) : null;
    }

    /// <summary>The seats cell read as “类别:数；类别:数”; a part that is not of that form is refused here, the rest by the validator.</summary>
    private static List<SeatInput>? Seats(ImportRowReader row)
    {
        var text = row.Get("seats");
        if (text is null)
        {
            return null;
        }

        var seats = new List<SeatInput>();
        foreach (var part in text.Split(SeatSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var at = part.LastIndexOfAny(CountSeparators);
            if (at <= 0 || !int.TryParse(part[(at + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                row.Error("seats", part, "应为“职务类别:职数”，如“副乡镇长:3”");
                continue;
            }

            var label = part[..at].Trim();
            if (!EnumLabels.TryParse<PostKind>(label, out var kind))
            {
                row.Error("seats", part, $"“{label}”不是职务类别");
                continue;
            }

            seats.Add(new SeatInput(kind, count));
        }

        return seats;
    }

    protected override string Key(Row item) => $"{item.UnitCode}|{item.Input.Number}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var unitIds = rows.Select(r => r.Item.UnitId).Distinct().ToList();
        var stored = new List<(StoredTerm Term, TermBody Body)>();
        foreach (var chunk in unitIds.Chunk(500))
        {
            stored.AddRange((await session.Db.Terms.AsNoTracking().Where(t => chunk.Contains(t.OrgUnitId))
                .Select(t => new { t.Id, t.OrgUnitId, t.Number, t.Start, t.End, t.Body }).ToListAsync(ct))
                .Select(t => (new StoredTerm(t.Id, t.OrgUnitId, t.Number, t.Start, t.End), t.Body)));
        }

        var byUnit = stored.ToLookup(s => (s.Term.OrgUnitId, s.Body), s => s.Term);
        foreach (var (number, row) in rows)
        {
            if (byUnit[(row.UnitId, row.Body)].FirstOrDefault(t => t.Number == row.Input.Number) is { } target)
            {
                _target[number] = target.Id;
            }
        }

        // The unit's terms after the import: the stored ones no row replaces, and the file's rows.
        var targeted = _target.Values.ToHashSet();
        foreach (var unitRows in rows.GroupBy(r => (r.Item.UnitId, r.Item.Body)))
        {
            var kept = byUnit[unitRows.Key].Where(t => !targeted.Contains(t.Id)).ToList();
            var earlier = new List<ParsedRow<Row>>();
            foreach (var r in unitRows)
            {
                var (start, end) = (r.Item.Input.Start!.Value, r.Item.Input.End!.Value);
                var clash = kept.Where(t => t.Start <= end && t.End >= start).Select(t => (int?)t.Number).FirstOrDefault()
                    ?? earlier.Where(e => e.Item.Input.Start <= end && e.Item.Input.End >= start).Select(e => e.Item.Input.Number).FirstOrDefault();
                if (clash is { } n)
                {
                    session.Errors.Add(new ImportError(r.Row, "起始日期", Dates.Format(start), $"与第{n}届的任期重叠"));
                }

                earlier.Add(r);
            }
        }
    }

    protected override async Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var db = session.Db;
        var tracked = new Dictionary<int, Term>();
        foreach (var chunk in _target.Values.Chunk(500))
        {
            foreach (var t in await db.Terms.Include(t => t.Seats).Where(t => chunk.Contains(t.Id)).ToListAsync(ct))
            {
                tracked[t.Id] = t;
            }
        }

        var updates = new List<Term>();
        var done = 0;
        foreach (var (number, row) in rows)
        {
            var input = row.Input;
            Term term;
            if (_target.TryGetValue(number, out var id))
            {
                term = tracked[id];
                updates.Add(term);
            }
            else
            {
                term = new Term { OrgUnitId = row.UnitId, Body = row.Body, Number = input.Number!.Value };
                db.Terms.Add(term);
                session.Counts.Created++;
            }

            term.Start = input.Start!.Value;
            term.End = input.End!.Value;
            var wanted = input.Seats!.ToDictionary(s => s.Kind!.Value, s => s.Count!.Value);
            foreach (var seat in term.Seats.Where(s => !wanted.ContainsKey(s.Kind)).ToList())
            {
                term.Seats.Remove(seat);
                db.Remove(seat);
            }

            foreach (var (kind, count) in wanted)
            {
                if (term.Seats.Find(s => s.Kind == kind) is { } seat)
                {
                    seat.Count = count;
                }
                else
                {
                    term.Seats.Add(new TermSeat { Kind = kind, Count = count });
                }
            }

            session.Report(ImportStage.Writing, ++done, rows.Count);
        }

        db.ChangeTracker.DetectChanges();
        foreach (var term in updates)
        {
            var changed = db.Entry(term).State == EntityState.Modified
                || db.ChangeTracker.Entries<TermSeat>().Any(e => e.State is not EntityState.Unchanged && (e.Entity.TermId == term.Id || term.Seats.Contains(e.Entity)));
            if (changed)
            {
                session.Counts.Updated++;
                db.Entry(term).Property(t => t.Version).IsModified = true; // a change of seats only still moves the term's version
            }
            else
            {
                session.Counts.Unchanged++;
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The terms of the units in scope (or of one unit), in template form, by unit code and term number.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(
        JicengDbContext db, DataScope scope, CancellationToken ct, int? orgUnitId = null)
    {
        var terms = db.Terms.AsNoTracking().InScope(scope).Include(t => t.Seats);
        var rows = await (orgUnitId is { } id ? terms.Where(t => t.OrgUnitId == id) : terms)
            .Select(t => new { Term = t, t.OrgUnit!.Code, t.OrgUnit.Name }).ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Term.Number).Select(r => RowOf(r.Term, r.Code, r.Name)).ToList();
    }
}
