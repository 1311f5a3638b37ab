using Jiceng.Core.Common;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M03Staffing;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M08Guarantees;

/// <summary>A posting with its claims' totals.</summary>
public sealed record PostingRow(
    int Id, int CadreId, string CadreName, DateOnly Start, DateOnly? End, string HomePlace, string? Document, int Claims, int Reimbursed,
    decimal ReimbursedYuan, int Version);

/// <summary>A claim as listed: the stored R8.1 decision and its reason.</summary>
public sealed record TripClaimRow(
    int Id, int PostingId, DateOnly TripDate, decimal AmountYuan, bool Reimbursed, TripTest FailedTest, string FailedTestLabel, string Reason,
    DateOnly DecidedOn, string? Note, int Version);

/// <summary>
/// Cross-region postings (异地交流任职) and their home-trip claims. A claim is decided by R8.1 when it is entered
/// (<see cref="HomeTripEntry"/>, the <c>trips</c> calculator, under the profile in force on the trip date) and the
/// decision is stored with its reason; only the posting's reimbursed claims of the same year count for a new one.
/// Claims are entered in date order within a posting and year, and only the latest can be deleted, so every stored
/// decision stays the one the calculator gives over the whole sequence.
/// </summary>
public static class PostingCommands
{
    private static async Task<IReadOnlyList<FieldError>> ValidateAsync(
        JicengDbContext db, int cadreId, int? id, PostingInput input, DateOnly today, CancellationToken ct)
    {
        var errors = Validate(input, today);
        if (errors.Count == 0)
        {
            var (from, to) = (input.Start!.Value, input.End ?? DateOnly.MaxValue);
            var overlap = await db.CrossRegionPostings.AsNoTracking()
                .Where(p => p.CadreId == cadreId && p.Id != (id ?? 0) && p.Start <= to && (p.End == null || p.End >= from))
                .Select(p => new { p.Start, p.End }).FirstOrDefaultAsync(ct);
            if (overlap is not null)
            {
                errors.Add(OverlapError(overlap.Start, overlap.End));
            }
        }

        return errors;
    }

    /// <summary>A posting that overlaps the cadre's posting from <paramref name="start"/> to <paramref name="end"/>.</summary>
    internal static FieldError OverlapError(DateOnly start, DateOnly? end) =>
        new("start", $"异地任职起始日：与已登记的异地任职（{Dates.Format(start)} 至 {(end is { } e ? Dates.Format(e) : "今")}）重叠");

    /// <summary>Everything one posting can tell (the API's checks without the cadre's other postings), for the import.</summary>
    internal static List<FieldError> Validate(PostingInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (input.Start is not { } start || start.Year < 1980 || start > today)
        {
            errors.Add(new FieldError("start", "异地任职起始日：必填，1980年以后，不能晚于今天"));
        }

        if (input.End is { } end && input.Start is { } s && end < s)
        {
            errors.Add(new FieldError("end", "异地任职截止日：不能早于起始日"));
        }

        var place = input.HomePlace?.Trim();
        if (string.IsNullOrEmpty(place) || place.Length > CrossRegionPosting.PlaceMaxLength)
        {
            errors.Add(new FieldError("homePlace", $"家庭居住地：必填，不超过{CrossRegionPosting.PlaceMaxLength}字"));
        }

        if (input.Document?.Trim().Length > CrossRegionPosting.DocumentMaxLength)
        {
            errors.Add(new FieldError("document", $"任职文号：不超过{CrossRegionPosting.DocumentMaxLength}字"));
        }

        return errors;
    }

    internal static void Apply(CrossRegionPosting p, PostingInput input)
    {
        p.Start = input.Start!.Value;
        p.End = input.End;
        p.HomePlace = input.HomePlace!.Trim();
        p.Document = string.IsNullOrWhiteSpace(input.Document) ? null : input.Document.Trim();
    }

    public static async Task<CommandResult<CrossRegionPosting>> AddAsync(
        JicengDbContext db, DataScope scope, int cadreId, PostingInput input, DateOnly today, CancellationToken ct = default)
    {
        if (!await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct))
        {
            return CommandResult<CrossRegionPosting>.Missing();
        }

        var created = new CrossRegionPosting { CadreId = cadreId };
        return await VersionedUpdate.AddAsync(db, created, await ValidateAsync(db, cadreId, null, input, today, ct), () => Apply(created, input), ct);
    }

    /// <summary>Corrects a posting; the stored decisions of its claims keep the reasons they were given at entry.</summary>
    public static async Task<CommandResult<CrossRegionPosting>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, PostingInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default)
    {
        var current = await db.CrossRegionPostings.InScope(scope).FirstOrDefaultAsync(p => p.Id == id, ct);
        return current is null
            ? CommandResult<CrossRegionPosting>.Missing()
            : await VersionedUpdate.RunAsync(db, current, expectedVersion, () => ValidateAsync(db, current.CadreId, id, input, today, ct),
                () => Apply(current, input), () => db.CrossRegionPostings.AsNoTracking().FirstAsync(p => p.Id == id, ct), ct);
    }

    /// <summary>Deletes a posting and its claims.</summary>
    public static async Task<bool> DeleteAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        await VersionedUpdate.RemoveAsync(db, await db.CrossRegionPostings.InScope(scope).FirstOrDefaultAsync(p => p.Id == id, ct), ct);

    public static async Task<IReadOnlyList<PostingRow>> ListAsync(JicengDbContext db, DataScope scope, int cadreId, CancellationToken ct = default)
    {
        var postings = await db.CrossRegionPostings.AsNoTracking().InScope(scope).Where(p => p.CadreId == cadreId)
            .OrderByDescending(p => p.Start).Select(p => new { p, Cadre = p.Cadre!.Name }).ToListAsync(ct);
        var ids = postings.Select(p => p.p.Id).ToList();
        var claims = (await db.HomeTripClaims.AsNoTracking().Where(c => ids.Contains(c.PostingId))
            .Select(c => new { c.PostingId, c.Reimbursed, c.AmountYuan }).ToListAsync(ct)).ToLookup(c => c.PostingId);
        return [.. postings.Select(r => new PostingRow(r.p.Id, r.p.CadreId, r.Cadre, r.p.Start, r.p.End, r.p.HomePlace, r.p.Document,
            claims[r.p.Id].Count(), claims[r.p.Id].Count(c => c.Reimbursed), claims[r.p.Id].Where(c => c.Reimbursed).Sum(c => c.AmountYuan), r.p.Version))];
    }

    public static async Task<IReadOnlyList<TripClaimRow>?> ClaimsAsync(JicengDbContext db, DataScope scope, int postingId, CancellationToken ct = default)
    {
        if (!await db.CrossRegionPostings.InScope(scope).AnyAsync(p => p.Id == postingId, ct))
        {
            return null;
        }

        var rows = await db.HomeTripClaims.AsNoTracking().Where(c => c.PostingId == postingId).OrderBy(c => c.TripDate).ThenBy(c => c.Id).ToListAsync(ct);
        return [.. rows.Select(Row)];
    }

    public static TripClaimRow Row(HomeTripClaim c) =>
        new(c.Id, c.PostingId, c.TripDate, c.AmountYuan, c.Reimbursed, c.FailedTest, HomeTripEntry.Label(c.FailedTest), c.Reason, c.DecidedOn, c.Note, c.Version);

    /// <summary>
    /// Enters a claim and decides it by R8.1 under the profile in force on the trip date; a rejected claim is stored too,
    /// with the test that failed. A claim dated before one already entered for the posting that year is refused.
    /// </summary>
    public static async Task<CommandResult<HomeTripClaim>> AddClaimAsync(
        JicengDbContext db, DataScope scope, int postingId, TripClaimInput input, ProfileOn profileOn, DateOnly today, CancellationToken ct = default)
    {
        var posting = await db.CrossRegionPostings.AsNoTracking().InScope(scope).FirstOrDefaultAsync(p => p.Id == postingId, ct);
        if (posting is null)
        {
            return CommandResult<HomeTripClaim>.Missing();
        }

        var errors = ClaimErrors(input, today);
        TripDecision? decided = null;
        if (input.TripDate is { } d && errors.Count == 0)
        {
            var (yearStart, yearEnd) = (new DateOnly(d.Year, 1, 1), new DateOnly(d.Year, 12, 31));
            var sameYear = await db.HomeTripClaims.AsNoTracking().Where(c => c.PostingId == postingId && c.TripDate >= yearStart && c.TripDate <= yearEnd)
                .Select(c => new DecidedClaim(c.TripDate, c.AmountYuan, c.Reimbursed)).ToListAsync(ct);
            (decided, var error) = DecideClaim(posting, sameYear, d, input.AmountYuan!.Value, profileOn);
            if (error is not null)
            {
                errors.Add(error);
            }
        }

        var created = new HomeTripClaim { PostingId = postingId };
        return await VersionedUpdate.AddAsync(db, created, errors, () => Record(created, input, decided!, today), ct);
    }

    /// <summary>A claim of a posting already decided: its trip date, amount and whether it was reimbursed.</summary>
    internal sealed record DecidedClaim(DateOnly TripDate, decimal AmountYuan, bool Reimbursed);

    /// <summary>What one claim can tell by itself (date, amount, note), as the API checks it.</summary>
    internal static List<FieldError> ClaimErrors(TripClaimInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (input.TripDate is not { } date || date.Year < 1980 || date > today)
        {
            errors.Add(new FieldError("tripDate", "往返日期：必填，1980年以后，不能晚于今天"));
        }

        if (input.AmountYuan is not { } amount || amount <= 0 || amount >= 1_000_000m || decimal.Round(amount, 2) != amount)
        {
            errors.Add(new FieldError("amountYuan", "申报金额（元）：必填，大于 0、小于 1000000，最多两位小数"));
        }

        if (input.Note?.Trim().Length > HomeTripClaim.NoteMaxLength)
        {
            errors.Add(new FieldError("note", $"备注：不超过{HomeTripClaim.NoteMaxLength}字"));
        }

        return errors;
    }

    /// <summary>
    /// Decides a new claim of <paramref name="posting"/> by R8.1 given the posting's claims of the trip's year already
    /// decided (<paramref name="sameYear"/>: only the reimbursed ones count), or refuses it: dated before one of them,
    /// or with no profile in force. Entry and the import both decide through here, so a file decides as entry would.
    /// </summary>
    internal static (TripDecision? Decision, FieldError? Error) DecideClaim(
        CrossRegionPosting posting, IReadOnlyList<DecidedClaim> sameYear, DateOnly tripDate, decimal amount, ProfileOn profileOn)
    {
        if (sameYear.Count > 0 && sameYear.Max(c => c.TripDate) > tripDate)
        {
            return (null, new FieldError("tripDate", $"往返日期：本次异地任职已登记 {Dates.Format(sameYear.Max(c => c.TripDate))} 的申报，须按日期先后申报（更早的往返请先删除其后的申报）"));
        }

        if (profileOn(tripDate) is not { } profile)
        {
            return (null, new FieldError("tripDate", $"往返日期：{Dates.Format(tripDate)} 没有生效的政策配置"));
        }

        return (HomeTripEntry.Decide(posting.Start, posting.End,
            [.. sameYear.Where(c => c.Reimbursed).OrderBy(c => c.TripDate).Select(c => (c.TripDate, c.AmountYuan))], tripDate, amount, profile), null);
    }

    /// <summary>Fills a new claim with what was entered and its decision, decided today.</summary>
    internal static void Record(HomeTripClaim created, TripClaimInput input, TripDecision decision, DateOnly today)
    {
        created.TripDate = input.TripDate!.Value;
        created.AmountYuan = input.AmountYuan!.Value;
        created.Reimbursed = decision.Reimbursed;
        created.FailedTest = decision.FailedTest;
        created.Reason = decision.Reason.Length > HomeTripClaim.ReasonMaxLength ? decision.Reason[..HomeTripClaim.ReasonMaxLength] : decision.Reason;
        created.DecidedOn = today;
        created.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
    }

    /// <summary>Deletes a claim entered by mistake: only the posting's latest claim, so no later decision loses its basis.</summary>
    public static async Task<CommandResult<HomeTripClaim>> DeleteClaimAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default)
    {
        var claim = await db.HomeTripClaims.InScope(scope).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (claim is null)
        {
            return CommandResult<HomeTripClaim>.Missing();
        }

        var later = await db.HomeTripClaims.AnyAsync(c => c.PostingId == claim.PostingId && c.Id != id
            && (c.TripDate > claim.TripDate || (c.TripDate == claim.TripDate && c.Id > id)), ct);
        if (later)
        {
            return CommandResult<HomeTripClaim>.Invalid([new FieldError("id", "往返申报：其后还有申报，只能删除本次异地任职最后一次申报")]);
        }

        await VersionedUpdate.RemoveAsync(db, claim, ct);
        return CommandResult<HomeTripClaim>.Ok(claim);
    }
}
