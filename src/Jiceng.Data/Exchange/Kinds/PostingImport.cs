using Jiceng.Core.Common;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data.Measures.M08Guarantees;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Cross-region postings (异地交流任职, R8.1's periods) by cadre ID number + start date (the natural key): a stored
/// posting of that cadre starting that day gets the file's end, home place and document, otherwise one is added.
/// Checked by <see cref="PostingCommands.Validate"/> as the API checks it, and, as the API does, one cadre's postings may
/// not overlap (the stored postings no row replaces and the file's rows together). The stored decisions of a posting's
/// claims keep their reasons when its end changes, as after a correction through the API.
/// </summary>
public sealed class PostingImport : ImportKind<PostingImport.Row>
{
    public sealed record Row(string IdNumber, string? Name, PostingInput Input) : ICadreRow;

    private Dictionary<int, int> _cadreOf = [];
    private readonly Dictionary<int, int> _target = [];

    public override string Name => "postings";

    public override string Label => "异地交流任职";

    public override string NaturalKey => "身份证号码和异地任职起始日";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        CadreRecords.IdNumberColumn,
        CadreRecords.NameColumn,
        new("start", "异地任职起始日", true, "yyyy-MM-dd"),
        new("end", "异地任职截止日", false, "yyyy-MM-dd，仍在异地任职的留空"),
        new("homePlace", "家庭居住地", true, $"不超过{CrossRegionPosting.PlaceMaxLength}字"),
        new("document", "任职文号", false, $"不超过{CrossRegionPosting.DocumentMaxLength}字"),
    ];

    /// <summary>The postings of the cadres in scope, in template form, by cadre and start. Full ID numbers: the caller
    /// checks the user may see them and audits the export.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.CrossRegionPostings.AsNoTracking().InScope(scope).Select(p => new { Posting = p, Cadre = p.Cadre! }).ToListAsync(ct);
        return rows.OrderBy(r => r.Posting.CadreId).ThenBy(r => r.Posting.Start)
            .Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["idNumber"] = r.Cadre.IdNumber.Value, ["name"] = r.Cadre.Name, ["start"] = r.Posting.Start, ["end"] = r.Posting.End,
                ["homePlace"] = r.Posting.HomePlace, ["document"] = r.Posting.Document,
            }).ToList();
    }

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var id = CadreRecords.IdNumber(row);
        var input = new PostingInput { Start = row.Date("start"), End = row.Date("end"), HomePlace = row.Text("homePlace"), Document = row.Text("document") };
        row.Add(PostingCommands.Validate(input, session.Today));
        return row.Ok ? new Row(id!, row.Text("name"), input) : null;
    }

    protected override string Key(Row item) => $"{item.IdNumber}|{Dates.Format(item.Input.Start!.Value)}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        _cadreOf = await CadreRecords.ResolveAsync(session, rows, ct);
        var stored = (await CadreRecords.InChunksAsync(_cadreOf.Values, chunk => session.Db.CrossRegionPostings.AsNoTracking()
            .Where(p => chunk.Contains(p.CadreId)).Select(p => new { p.Id, p.CadreId, p.Start, p.End }).ToListAsync(ct))).ToLookup(p => p.CadreId);
        foreach (var (number, row) in rows)
        {
            if (_cadreOf.TryGetValue(number, out var cadreId) && stored[cadreId].FirstOrDefault(p => p.Start == row.Input.Start) is { } target)
            {
                _target[number] = target.Id;
            }
        }

        // One cadre's postings after the import: the stored ones no row replaces, and the file's rows in order.
        var replaced = _target.Values.ToHashSet();
        foreach (var cadre in rows.Where(r => _cadreOf.ContainsKey(r.Row)).GroupBy(r => _cadreOf[r.Row]))
        {
            var kept = stored[cadre.Key].Where(p => !replaced.Contains(p.Id)).Select(p => (Row: 0, p.Start, p.End)).ToList();
            foreach (var (number, row) in cadre)
            {
                var (from, to) = (row.Input.Start!.Value, row.Input.End);
                var overlap = kept.FindIndex(k => k.Start <= (to ?? DateOnly.MaxValue) && (k.End ?? DateOnly.MaxValue) >= from);
                if (overlap >= 0 && kept[overlap] is var other)
                {
                    session.Errors.Add(other.Row == 0
                        ? CadreRecords.Error(number, "异地任职起始日", Dates.Format(from), PostingCommands.OverlapError(other.Start, other.End))
                        : new ImportError(number, "异地任职起始日", Dates.Format(from), $"与第 {other.Row} 行的异地任职重叠"));
                }

                kept.Add((number, from, to));
            }
        }
    }

    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct) =>
        ImportUpsert.RunAsync(session, rows, _target, (number, row) =>
        {
            var created = new CrossRegionPosting { CadreId = _cadreOf[number] };
            PostingCommands.Apply(created, row.Input);
            return created;
        }, (stored, row) => PostingCommands.Apply(stored, row.Input), ct);
}
