using Jiceng.Core.Common;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M04Promotion;

/// <summary>Registering transfer wishes (交流意愿) of cadres in the caller's scope and recording the answer (R4.3 warns about late answers).</summary>
public static class WishCommands
{
    public static async Task<CommandResult<TransferWish>> CreateAsync(JicengDbContext db, DataScope scope, WishInput input, DateOnly today, CancellationToken ct = default)
    {
        var errors = await ValidateAsync(db, scope, input, today, ct);
        if (errors.Count > 0)
        {
            return CommandResult<TransferWish>.Invalid(errors);
        }

        var wish = new TransferWish();
        Apply(wish, input);
        db.TransferWishes.Add(wish);
        await db.SaveChangesAsync(ct);
        return CommandResult<TransferWish>.Ok(wish);
    }

    /// <summary>Changes a wish, answering it included (answer day, text and who answered); the version must be current.</summary>
    public static async Task<CommandResult<TransferWish>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, WishInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default)
    {
        var wish = await db.TransferWishes.InScope(scope).FirstOrDefaultAsync(w => w.Id == id, ct);
        if (wish is null)
        {
            return CommandResult<TransferWish>.Missing();
        }

        if (expectedVersion is not { } v)
        {
            return CommandResult<TransferWish>.Invalid([new FieldError("version", "版本号：必填（修改须基于读取时的版本）")]);
        }

        if (v != wish.Version)
        {
            return new CommandResult<TransferWish> { Conflict = wish };
        }

        input = input with { CadreId = wish.CadreId };
        var errors = await ValidateAsync(db, scope, input, today, ct);
        if (errors.Count > 0)
        {
            return CommandResult<TransferWish>.Invalid(errors);
        }

        Apply(wish, input);
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<TransferWish>.Ok(wish);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CommandResult<TransferWish> { Conflict = await db.TransferWishes.AsNoTracking().FirstAsync(w => w.Id == id, ct) };
        }
    }

    /// <summary>Deletes a wish registered by mistake; false when it is not in scope.</summary>
    public static async Task<bool> DeleteAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default)
    {
        var wish = await db.TransferWishes.InScope(scope).FirstOrDefaultAsync(w => w.Id == id, ct);
        if (wish is null)
        {
            return false;
        }

        db.TransferWishes.Remove(wish);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static WishInput ToInput(TransferWish w) => new()
    {
        CadreId = w.CadreId, RegisteredOn = w.RegisteredOn, Destination = w.Destination, Reason = w.Reason,
        AnsweredOn = w.AnsweredOn, Answer = w.Answer, AnsweredBy = w.AnsweredBy,
    };

    private static void Apply(TransferWish w, WishInput input)
    {
        w.CadreId = input.CadreId!.Value;
        w.RegisteredOn = input.RegisteredOn!.Value;
        w.Destination = input.Destination!.Trim();
        w.Reason = input.Reason!.Trim();
        w.AnsweredOn = input.AnsweredOn;
        w.Answer = input.AnsweredOn is null ? null : input.Answer?.Trim();
        w.AnsweredBy = input.AnsweredOn is null ? null : input.AnsweredBy?.Trim();
    }

    private static async Task<List<FieldError>> ValidateAsync(JicengDbContext db, DataScope scope, WishInput input, DateOnly today, CancellationToken ct)
    {
        var errors = MoveValidator.Validate(input, today).ToList();
        if (input.CadreId is { } id && !await db.Cadres.InScope(scope).AnyAsync(c => c.Id == id, ct))
        {
            errors.Add(new FieldError("cadreId", "干部：不存在或不在您的管理范围内"));
        }

        return errors;
    }
}
