using Jiceng.Core.Common;
using Jiceng.Core.Posts;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Posts;

/// <summary>
/// Recording the terms (届) of township leadership teams and village two committees, with their seats (职数), for units
/// in the caller's scope. Terms of one body of one unit may not overlap; writes are audited by the context.
/// </summary>
public static class TermCommands
{
    /// <summary>The unit's terms, latest first; null when the unit is outside the scope or keeps no terms.</summary>
    public static async Task<IReadOnlyList<Term>?> ListAsync(JicengDbContext db, DataScope scope, int orgUnitId, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.InScope(scope).AsNoTracking().FirstOrDefaultAsync(u => u.Id == orgUnitId, ct);
        if (unit is null || TermBodies.For(unit.Kind) is not { } body)
        {
            return null;
        }

        return await db.Terms.AsNoTracking().Include(t => t.Seats)
            .Where(t => t.OrgUnitId == orgUnitId && t.Body == body).OrderByDescending(t => t.Start).ToListAsync(ct);
    }

    public static Task<Term?> GetAsync(JicengDbContext db, DataScope scope, int termId, CancellationToken ct = default) =>
        db.Terms.InScope(scope).AsNoTracking().Include(t => t.Seats).FirstOrDefaultAsync(t => t.Id == termId, ct);

    /// <summary>
    /// The term overdue for its change (R1.4, R10.6): the latest begun by <paramref name="today"/>, if it has ended.
    /// </summary>
    public static Term? Overdue(IEnumerable<Term> terms, DateOnly today) =>
        terms.Where(t => t.Start <= today).MaxBy(t => t.Start) is { } latest && latest.End < today ? latest : null;

    public static async Task<CommandResult<Term>> CreateAsync(JicengDbContext db, DataScope scope, int orgUnitId, TermInput input, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.InScope(scope).AsNoTracking().FirstOrDefaultAsync(u => u.Id == orgUnitId, ct);
        if (unit is null)
        {
            return CommandResult<Term>.Missing();
        }

        if (TermBodies.For(unit.Kind) is not { } body)
        {
            return CommandResult<Term>.Invalid([new FieldError("orgUnitId", "单位：只有乡镇（街道）和村（社区）登记届次")]);
        }

        var term = new Term { OrgUnitId = orgUnitId, Body = body };
        var errors = await ValidateAsync(db, term, input, ct);
        if (errors.Count > 0)
        {
            return CommandResult<Term>.Invalid(errors);
        }

        Apply(term, input);
        db.Terms.Add(term);
        await db.SaveChangesAsync(ct);
        return CommandResult<Term>.Ok(term);
    }

    /// <param name="expectedVersion">The version the caller read; a different current version is a conflict.</param>
    public static async Task<CommandResult<Term>> UpdateAsync(
        JicengDbContext db, DataScope scope, int termId, TermInput input, int? expectedVersion, CancellationToken ct = default)
    {
        var term = await db.Terms.InScope(scope).Include(t => t.Seats).FirstOrDefaultAsync(t => t.Id == termId, ct);
        if (term is null)
        {
            return CommandResult<Term>.Missing();
        }

        if (expectedVersion is not { } v)
        {
            return CommandResult<Term>.Invalid([new FieldError("version", "版本号：必填（修改须基于读取时的版本）")]);
        }

        if (v != term.Version)
        {
            return new CommandResult<Term> { Conflict = term };
        }

        var errors = await ValidateAsync(db, term, input, ct);
        if (errors.Count > 0)
        {
            return CommandResult<Term>.Invalid(errors);
        }

        Apply(term, input);
        // A change of seats only is still a change of the term: its version moves too.
        if (db.Entry(term).State == EntityState.Unchanged && db.ChangeTracker.HasChanges())
        {
            db.Entry(term).Property(t => t.Version).IsModified = true;
        }

        return await SaveAsync(db, term, ct);
    }

    /// <summary>Ends a term on a given day (a change of term held early, or the committees dissolved): only the end date changes.</summary>
    public static async Task<CommandResult<Term>> EndAsync(
        JicengDbContext db, DataScope scope, int termId, DateOnly? end, int? expectedVersion, CancellationToken ct = default)
    {
        var term = await db.Terms.InScope(scope).Include(t => t.Seats).AsNoTracking().FirstOrDefaultAsync(t => t.Id == termId, ct);
        if (term is null)
        {
            return CommandResult<Term>.Missing();
        }

        var seats = term.Seats.Select(s => new SeatInput(s.Kind, s.Count)).ToList();
        if (end is null)
        {
            return CommandResult<Term>.Invalid([new FieldError("end", "届满日期：必填")]);
        }

        return await UpdateAsync(db, scope, termId, new TermInput(term.Number, term.Start, end, seats), expectedVersion, ct);
    }

    private static async Task<CommandResult<Term>> SaveAsync(JicengDbContext db, Term term, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<Term>.Ok(term);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Terms.AsNoTracking().Include(t => t.Seats).FirstAsync(t => t.Id == term.Id, ct);
            return new CommandResult<Term> { Conflict = current };
        }
    }

    private static async Task<List<FieldError>> ValidateAsync(JicengDbContext db, Term term, TermInput input, CancellationToken ct)
    {
        var errors = TermValidator.Validate(input, term.Body).ToList();
        if (input is { Start: { } start, End: { } end } && start <= end)
        {
            var others = db.Terms.Where(t => t.OrgUnitId == term.OrgUnitId && t.Body == term.Body && t.Id != term.Id);
            if (await others.Where(t => t.Start <= end && t.End >= start).Select(t => (int?)t.Number).FirstOrDefaultAsync(ct) is { } clash)
            {
                errors.Add(new FieldError("start", $"起始日期：与第{clash}届的任期重叠"));
            }

            if (input.Number is { } n && await others.AnyAsync(t => t.Number == n, ct))
            {
                errors.Add(new FieldError("number", $"届次：第{n}届已登记"));
            }
        }

        return errors;
    }

    /// <summary>Seats are changed in place (one row per kind, a unique index), removed or added as the input says.</summary>
    private static void Apply(Term term, TermInput input)
    {
        term.Number = input.Number!.Value;
        term.Start = input.Start!.Value;
        term.End = input.End!.Value;
        var wanted = input.Seats!.ToDictionary(s => s.Kind!.Value, s => s.Count!.Value);
        term.Seats.RemoveAll(s => !wanted.ContainsKey(s.Kind));
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
    }
}
