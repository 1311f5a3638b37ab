using Jiceng.Core.Common;
using Jiceng.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M03Staffing;

/// <summary>
/// The optimistic-concurrency steps every clause 三 update shares: the version is required and must be current,
/// the input is validated, applied and saved; a concurrent save in between is a conflict with the current values.
/// </summary>
internal static class VersionedUpdate
{
    public static async Task<CommandResult<T>> RunAsync<T>(
        JicengDbContext db, T entity, int? expectedVersion,
        Func<Task<IReadOnlyList<FieldError>>> validate, Action apply, Func<Task<T>> reload, CancellationToken ct)
        where T : class, IVersioned
    {
        if (expectedVersion is not { } v)
        {
            return CommandResult<T>.Invalid([new FieldError("version", "版本号：必填（修改须基于读取时的版本）")]);
        }

        if (v != entity.Version)
        {
            return new CommandResult<T> { Conflict = entity };
        }

        var errors = await validate();
        if (errors.Count > 0)
        {
            return CommandResult<T>.Invalid(errors);
        }

        apply();
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<T>.Ok(entity);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new CommandResult<T> { Conflict = await reload() };
        }
    }

    /// <summary>Adds a new record after validation.</summary>
    public static async Task<CommandResult<T>> AddAsync<T>(JicengDbContext db, T entity, IReadOnlyList<FieldError> errors, Action apply, CancellationToken ct)
        where T : class
    {
        if (errors.Count > 0)
        {
            return CommandResult<T>.Invalid(errors);
        }

        apply();
        db.Add(entity);
        await db.SaveChangesAsync(ct);
        return CommandResult<T>.Ok(entity);
    }

    /// <summary>Deletes a record found in the caller's scope (audited by the save); false when none was found.</summary>
    public static async Task<bool> RemoveAsync<T>(JicengDbContext db, T? found, CancellationToken ct)
        where T : class
    {
        if (found is null)
        {
            return false;
        }

        db.Remove(found);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
