using Jiceng.Core.Common;
using Jiceng.Core.Measures.M02Capability;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M02Capability;

/// <summary>
/// The write steps trainings and secondments share: the record's cadre must be in the caller's scope (a record of a
/// cadre outside it is "not found"), an update carries the version it read, and every change is saved with its audit
/// entries by <see cref="JicengDbContext.SaveChangesAsync(bool, CancellationToken)"/>.
/// </summary>
internal static class CadreRecordCommands
{
    public static IQueryable<T> InScope<T>(this IQueryable<T> records, JicengDbContext db, DataScope scope) where T : class, ICadreRecord =>
        records.Where(r => db.Cadres.InScope(scope).Any(c => c.Id == r.CadreId));

    public static async Task<FieldError?> CadreProblemAsync(JicengDbContext db, DataScope scope, int? cadreId, CancellationToken ct) =>
        cadreId is { } id && await db.Cadres.InScope(scope).AnyAsync(c => c.Id == id, ct)
            ? null
            : new FieldError("cadreId", "干部：必填，且须在您的管理范围内");

    public static async Task<CommandResult<T>> AddAsync<T>(
        JicengDbContext db, DataScope scope, int? cadreId, IReadOnlyList<FieldError> errors, Func<int, T> create,
        Func<T, Task<FieldError?>> conflictCheck, CancellationToken ct) where T : class, ICadreRecord
    {
        var all = errors.ToList();
        if (await CadreProblemAsync(db, scope, cadreId, ct) is { } cadreProblem)
        {
            all.Insert(0, cadreProblem);
        }

        if (all.Count > 0)
        {
            return CommandResult<T>.Invalid(all);
        }

        var record = create(cadreId!.Value);
        if (await conflictCheck(record) is { } conflict)
        {
            return CommandResult<T>.Invalid([conflict]);
        }

        db.Set<T>().Add(record);
        await db.SaveChangesAsync(ct);
        return CommandResult<T>.Ok(record);
    }

    /// <summary>Changes a record in scope; the cadre stays the same (a record moves to another cadre by delete and add).</summary>
    public static async Task<CommandResult<T>> UpdateAsync<T>(
        JicengDbContext db, DataScope scope, int id, int? expectedVersion, IReadOnlyList<FieldError> errors, Action<T> apply,
        Func<T, Task<FieldError?>> conflictCheck, CancellationToken ct) where T : class, ICadreRecord
    {
        var record = await db.Set<T>().InScope(db, scope).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return CommandResult<T>.Missing();
        }

        if (expectedVersion is not { } v)
        {
            return CommandResult<T>.Invalid([new FieldError("version", "版本号：必填（修改须基于读取时的版本）")]);
        }

        if (v != record.Version)
        {
            return new CommandResult<T> { Conflict = record };
        }

        if (errors.Count > 0)
        {
            return CommandResult<T>.Invalid(errors);
        }

        apply(record);
        if (await conflictCheck(record) is { } conflict)
        {
            return CommandResult<T>.Invalid([conflict]);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<T>.Ok(record);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CommandResult<T> { Conflict = await db.Set<T>().AsNoTracking().FirstAsync(r => r.Id == id, ct) };
        }
    }

    public static async Task<bool> DeleteAsync<T>(JicengDbContext db, DataScope scope, int id, CancellationToken ct) where T : class, ICadreRecord
    {
        var record = await db.Set<T>().InScope(db, scope).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return false;
        }

        db.Set<T>().Remove(record);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
