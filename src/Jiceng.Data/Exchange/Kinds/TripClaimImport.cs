using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data.Measures.M08Guarantees;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Home-trip claims (往返交通费报销申报) of stored cross-region postings, by cadre ID number + posting start + trip date
/// (the natural key). A new claim is decided by R8.1 exactly as at entry (<see cref="PostingCommands.DecideClaim"/>):
/// per posting and year in trip-date order (file order on one date), seeing the stored claims and the file's earlier
/// claims, of which only the reimbursed count; a claim dated before a stored one of its year is refused, as at entry.
/// A claim decided not reimbursable is stored with its reason like any other (it is not an error of the file): the
/// result's notices count the decisions and give each refusal's reason. A stored claim keeps its decision: a row of the
/// same amount may change its note only, another amount is refused (delete the claim and its successors in the product).
/// </summary>
public sealed class TripClaimImport : ImportKind<TripClaimImport.Row>
{
    public sealed record Row(string IdNumber, string? Name, DateOnly PostingStart, TripClaimInput Input) : ICadreRow;

    /// <summary>Refused claims listed one by one in the notices, at most.</summary>
    private const int NoticedRefusals = 100;

    private readonly Dictionary<int, int> _postingOf = [];
    private readonly Dictionary<int, int> _target = [];
    private readonly Dictionary<int, TripDecision> _decisions = [];

    public override string Name => "trip-claims";

    public override string Label => "往返交通费报销申报";

    public override string NaturalKey => "身份证号码、异地任职起始日和往返日期";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        CadreRecords.IdNumberColumn,
        CadreRecords.NameColumn,
        new("postingStart", "异地任职起始日", true, "已登记的异地交流任职的起始日 yyyy-MM-dd（请先导入异地交流任职）"),
        new("tripDate", "往返日期", true, "yyyy-MM-dd；同一次异地任职同一年内按日期先后申报"),
        new("amountYuan", "申报金额（元）", true, "大于 0、小于 1000000，最多两位小数") { Aliases = ["申报金额"] },
        new("note", "备注", false, $"不超过{HomeTripClaim.NoteMaxLength}字"),
        new("reimbursed", "核定结果", false, "仅供阅读，导入时不读取：新申报按第八条重新核定"),
        new("reason", "核定理由", false, "仅供阅读，导入时不读取"),
    ];

    /// <summary>The claims of the cadres in scope with their stored decisions, in template form, by cadre, posting and
    /// trip date. Full ID numbers: the caller checks the user may see them and audits the export.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.HomeTripClaims.AsNoTracking().InScope(scope)
            .Select(c => new { Claim = c, c.Posting!.CadreId, PostingStart = c.Posting.Start, Cadre = c.Posting.Cadre! }).ToListAsync(ct);
        return rows.OrderBy(r => r.CadreId).ThenBy(r => r.PostingStart).ThenBy(r => r.Claim.TripDate).ThenBy(r => r.Claim.Id)
            .Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["idNumber"] = r.Cadre.IdNumber.Value, ["name"] = r.Cadre.Name, ["postingStart"] = r.PostingStart, ["tripDate"] = r.Claim.TripDate,
                ["amountYuan"] = r.Claim.AmountYuan, ["note"] = r.Claim.Note, ["reimbursed"] = HomeTripEntry.Label(r.Claim.FailedTest), ["reason"] = r.Claim.Reason,
            }).ToList();
    }

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var id = CadreRecords.IdNumber(row);
        var postingStart = row.Date("postingStart", required: true);
        var input = new TripClaimInput { TripDate = row.Date("tripDate"), AmountYuan = row.Yuan("amountYuan"), Note = row.Text("note") };
        row.Add(PostingCommands.ClaimErrors(input, session.Today));
        return row.Ok ? new Row(id!, row.Text("name"), postingStart!.Value, input) : null;
    }

    protected override string Key(Row item) => $"{item.IdNumber}|{Dates.Format(item.PostingStart)}|{Dates.Format(item.Input.TripDate!.Value)}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var db = session.Db;
        var cadreOf = await CadreRecords.ResolveAsync(session, rows, ct);
        var postings = (await CadreRecords.InChunksAsync(cadreOf.Values, chunk => db.CrossRegionPostings.AsNoTracking().Where(p => chunk.Contains(p.CadreId)).ToListAsync(ct)))
            .ToDictionary(p => (p.CadreId, p.Start));
        foreach (var (number, row) in rows.Where(r => cadreOf.ContainsKey(r.Row)))
        {
            if (postings.TryGetValue((cadreOf[number], row.PostingStart), out var posting))
            {
                _postingOf[number] = posting.Id;
            }
            else
            {
                session.Errors.Add(new ImportError(number, "异地任职起始日", Dates.Format(row.PostingStart), "该干部没有从这一天起的异地交流任职（请先导入或登记异地交流任职）"));
            }
        }

        var claims = (await CadreRecords.InChunksAsync(_postingOf.Values, chunk => db.HomeTripClaims.AsNoTracking().Where(c => chunk.Contains(c.PostingId))
            .Select(c => new { c.Id, c.PostingId, c.TripDate, c.AmountYuan, c.Reimbursed, c.DecidedOn }).ToListAsync(ct))).ToLookup(c => c.PostingId);
        var added = new List<ParsedRow<Row>>();
        foreach (var r in rows.Where(r => _postingOf.ContainsKey(r.Row)))
        {
            var (date, amount) = (r.Item.Input.TripDate!.Value, r.Item.Input.AmountYuan!.Value);
            var sameDay = claims[_postingOf[r.Row]].Where(c => c.TripDate == date).ToList();
            if (sameDay.FirstOrDefault(c => c.AmountYuan == amount) is { } stored)
            {
                _target[r.Row] = stored.Id;
            }
            else if (sameDay.Count > 0)
            {
                session.Errors.Add(new ImportError(r.Row, "申报金额（元）", amount.ToString(CultureInfo.InvariantCulture),
                    string.Create(CultureInfo.InvariantCulture, $"该往返已于 {Dates.Format(sameDay[0].DecidedOn)} 按 {sameDay[0].AmountYuan} 元核定，金额不能通过导入修改（请在系统中删除该申报及其后的申报后重新申报）")));
            }
            else
            {
                added.Add(r);
            }
        }

        // R8.1 as at entry, one posting and year at a time, in trip-date order: each decision sees the stored claims of the
        // year and the file's earlier ones (DecideClaim counts the reimbursed among them).
        var byId = postings.Values.ToDictionary(p => p.Id);
        var profiles = CadreRecords.Profiles(session);
        foreach (var group in added.GroupBy(r => (Posting: _postingOf[r.Row], r.Item.Input.TripDate!.Value.Year)))
        {
            var sameYear = claims[group.Key.Posting].Where(c => c.TripDate.Year == group.Key.Year)
                .Select(c => new PostingCommands.DecidedClaim(c.TripDate, c.AmountYuan, c.Reimbursed)).ToList();
            foreach (var (number, row) in group.OrderBy(r => r.Item.Input.TripDate).ThenBy(r => r.Row))
            {
                var (date, amount) = (row.Input.TripDate!.Value, row.Input.AmountYuan!.Value);
                var (decision, error) = PostingCommands.DecideClaim(byId[group.Key.Posting], sameYear, date, amount, profiles);
                if (error is not null)
                {
                    session.Errors.Add(CadreRecords.Error(number, "往返日期", Dates.Format(date), error));
                    continue;
                }

                _decisions[number] = decision!;
                sameYear.Add(new PostingCommands.DecidedClaim(date, amount, decision!.Reimbursed));
            }
        }

        NoticeDecisions(session, rows);
    }

    /// <summary>The decisions of the file's new claims, in the result's notices: how many of each, then each refusal's reason.</summary>
    private void NoticeDecisions(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows)
    {
        if (_decisions.Count == 0)
        {
            return;
        }

        var refused = _decisions.Where(d => !d.Value.Reimbursed).OrderBy(d => d.Key).ToList();
        session.Notices.Add($"新增的 {_decisions.Count} 条往返申报已按第八条（R8.1）核定：{_decisions.Count - refused.Count} 条准予报销，{refused.Count} 条不予报销"
            + (refused.Count > 0 ? "（不予报销的申报照样登记，附核定理由）" : ""));
        var byRow = rows.ToDictionary(r => r.Row, r => r.Item);
        foreach (var (number, decision) in refused.Take(NoticedRefusals))
        {
            var row = byRow[number];
            session.Notices.Add(string.Create(CultureInfo.InvariantCulture, $"第 {number} 行（{Dates.Format(row.Input.TripDate!.Value)}，{row.Input.AmountYuan} 元）{decision.Reason}"));
        }

        if (refused.Count > NoticedRefusals)
        {
            session.Notices.Add($"另有 {refused.Count - NoticedRefusals} 条不予报销的申报，核定理由见各申报");
        }
    }

    /// <summary>New claims with the decisions made in <see cref="CheckAsync"/>; a stored claim keeps its decision, only
    /// its note is the file's.</summary>
    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct) =>
        ImportUpsert.RunAsync(session, rows, _target, (number, row) =>
        {
            var created = new HomeTripClaim { PostingId = _postingOf[number] };
            PostingCommands.Record(created, row.Input, _decisions[number], session.Today);
            return created;
        }, (stored, row) => stored.Note = string.IsNullOrWhiteSpace(row.Input.Note) ? null : row.Input.Note.Trim(), ct);
}
