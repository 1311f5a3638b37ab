using Jiceng.Core.Common;
using Jiceng.Core.Measures.M03Staffing;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Core.Policy;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M04Promotion;

/// <summary>
/// Recording a cadre's moves (调动/交流) for cadres in the caller's scope: planned (拟调动), done (已调动) or cancelled.
/// A done move out of the grassroots before the minimum service (R3.2) is refused with the rule and clause named;
/// completing a move puts the cadre in the unit joined and, when asked, ends the cadre's active posts the day before.
/// </summary>
public static class MoveCommands
{
    public static Task<CadreMove?> GetAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        db.CadreMoves.AsNoTracking().InScope(scope).Include(m => m.Cadre).Include(m => m.FromOrgUnit).Include(m => m.ToOrgUnit)
            .FirstOrDefaultAsync(m => m.Id == id, ct);

    /// <summary>A cadre's moves, latest first; null when the cadre is not in scope.</summary>
    public static async Task<IReadOnlyList<CadreMove>?> ForCadreAsync(JicengDbContext db, DataScope scope, int cadreId, CancellationToken ct = default) =>
        await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct)
            ? await db.CadreMoves.AsNoTracking().Include(m => m.FromOrgUnit).Include(m => m.ToOrgUnit).Where(m => m.CadreId == cadreId)
                .OrderByDescending(m => m.EffectiveOn).ThenByDescending(m => m.Id).ToListAsync(ct)
            : null;

    /// <param name="endPosts">When the move is done: end the cadre's posts active on the effective day on the day before.</param>
    public static async Task<CommandResult<CadreMove>> CreateAsync(
        JicengDbContext db, DataScope scope, MoveInput input, PolicyProfile profile, DateOnly today, bool endPosts = false, CancellationToken ct = default)
    {
        var cadre = input.CadreId is { } cid ? await db.Cadres.InScope(scope).FirstOrDefaultAsync(c => c.Id == cid, ct) : null;
        input = input with { FromOrgUnitId = input.FromOrgUnitId ?? cadre?.OrgUnitId };
        var move = new CadreMove();
        var errors = await ValidateAsync(db, scope, move, input, profile, today, ct);
        if (cadre is null && input.CadreId is not null)
        {
            errors.Add(new FieldError("cadreId", "干部：不存在或不在您的管理范围内"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<CadreMove>.Invalid(errors);
        }

        Apply(move, input);
        db.CadreMoves.Add(move);
        if (move.Status == MoveStatus.Done)
        {
            await CompleteEffectsAsync(db, cadre!, move, endPosts, ct);
        }

        await db.SaveChangesAsync(ct);
        return CommandResult<CadreMove>.Ok(move);
    }

    /// <summary>Changes a pending or done move's details (its status changes only by completing or cancelling).</summary>
    public static async Task<CommandResult<CadreMove>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, MoveInput input, int? expectedVersion, PolicyProfile profile, DateOnly today, CancellationToken ct = default)
    {
        var (move, refusal) = await LoadForChangeAsync(db, scope, id, expectedVersion, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        input = input with { CadreId = move!.CadreId, Status = move.Status, FromOrgUnitId = input.FromOrgUnitId ?? move.FromOrgUnitId };
        var errors = await ValidateAsync(db, scope, move, input, profile, today, ct);
        if (errors.Count > 0)
        {
            return CommandResult<CadreMove>.Invalid(errors);
        }

        Apply(move, input);
        return await SaveAsync(db, move, ct);
    }

    /// <summary>Marks a pending move done (拟调动 → 已调动) on its effective day, or on <paramref name="effectiveOn"/> when given.</summary>
    public static async Task<CommandResult<CadreMove>> CompleteAsync(
        JicengDbContext db, DataScope scope, int id, int? expectedVersion, DateOnly? effectiveOn, bool endPosts, PolicyProfile profile, DateOnly today,
        CancellationToken ct = default)
    {
        var (move, refusal) = await LoadForChangeAsync(db, scope, id, expectedVersion, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        if (move!.Status != MoveStatus.Pending)
        {
            return CommandResult<CadreMove>.Invalid([new FieldError("status", $"状态：只有“拟调动”可以办结，本条为“{move.Status.Label()}”")]);
        }

        var input = ToInput(move) with { Status = MoveStatus.Done, EffectiveOn = effectiveOn ?? move.EffectiveOn };
        var errors = await ValidateAsync(db, scope, move, input, profile, today, ct);
        if (errors.Count > 0)
        {
            return CommandResult<CadreMove>.Invalid(errors);
        }

        Apply(move, input);
        var cadre = await db.Cadres.FirstAsync(c => c.Id == move.CadreId, ct);
        await CompleteEffectsAsync(db, cadre, move, endPosts, ct);
        return await SaveAsync(db, move, ct);
    }

    /// <summary>Cancels a pending move (已取消); a done move is corrected, not cancelled.</summary>
    public static async Task<CommandResult<CadreMove>> CancelAsync(JicengDbContext db, DataScope scope, int id, int? expectedVersion, CancellationToken ct = default)
    {
        var (move, refusal) = await LoadForChangeAsync(db, scope, id, expectedVersion, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        if (move!.Status != MoveStatus.Pending)
        {
            return CommandResult<CadreMove>.Invalid([new FieldError("status", $"状态：只有“拟调动”可以取消，本条为“{move.Status.Label()}”")]);
        }

        move.Status = MoveStatus.Cancelled;
        return await SaveAsync(db, move, ct);
    }

    public static MoveInput ToInput(CadreMove m) => new()
    {
        CadreId = m.CadreId, FromOrgUnitId = m.FromOrgUnitId, ToOrgUnitId = m.ToOrgUnitId, ExternalDestination = m.ExternalDestination,
        EffectiveOn = m.EffectiveOn, Kind = m.Kind, Status = m.Status, DocumentNumber = m.DocumentNumber, Note = m.Note,
    };

    private static async Task<(CadreMove? Move, CommandResult<CadreMove>? Refusal)> LoadForChangeAsync(
        JicengDbContext db, DataScope scope, int id, int? expectedVersion, CancellationToken ct)
    {
        var move = await db.CadreMoves.InScope(scope).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (move is null)
        {
            return (null, CommandResult<CadreMove>.Missing());
        }

        if (expectedVersion is not { } v)
        {
            return (null, CommandResult<CadreMove>.Invalid([new FieldError("version", "版本号：必填（修改须基于读取时的版本）")]));
        }

        return v != move.Version ? (null, new CommandResult<CadreMove> { Conflict = move }) : (move, null);
    }

    private static async Task<CommandResult<CadreMove>> SaveAsync(JicengDbContext db, CadreMove move, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<CadreMove>.Ok(move);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CommandResult<CadreMove> { Conflict = await db.CadreMoves.AsNoTracking().FirstAsync(m => m.Id == move.Id, ct) };
        }
    }

    /// <summary>The cadre joins the unit (when still in the unit left, and the unit joined is in the system); posts end the day before.</summary>
    private static async Task CompleteEffectsAsync(JicengDbContext db, Core.Cadres.Cadre cadre, CadreMove move, bool endPosts, CancellationToken ct)
    {
        if (move.ToOrgUnitId is { } to && cadre.OrgUnitId == move.FromOrgUnitId)
        {
            cadre.OrgUnitId = to;
        }

        if (!endPosts)
        {
            return;
        }

        var day = move.EffectiveOn;
        var active = await db.PostAssignments.Where(p => p.CadreId == cadre.Id && p.Start < day && (p.End == null || p.End >= day)).ToListAsync(ct);
        foreach (var post in active)
        {
            post.End = day.AddDays(-1);
        }
    }

    private static void Apply(CadreMove m, MoveInput input)
    {
        m.CadreId = input.CadreId!.Value;
        m.FromOrgUnitId = input.FromOrgUnitId!.Value;
        m.ToOrgUnitId = input.ToOrgUnitId;
        m.ExternalDestination = input.ToOrgUnitId is null ? input.ExternalDestination!.Trim() : null;
        m.EffectiveOn = input.EffectiveOn!.Value;
        m.Kind = input.Kind!.Value;
        m.Status = input.Status!.Value;
        m.DocumentNumber = Trimmed(input.DocumentNumber);
        m.Note = Trimmed(input.Note);
    }

    private static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static async Task<List<FieldError>> ValidateAsync(
        JicengDbContext db, DataScope scope, CadreMove move, MoveInput input, PolicyProfile profile, DateOnly today, CancellationToken ct)
    {
        var errors = MoveValidator.Validate(input, today).ToList();
        var from = input.FromOrgUnitId is { } f ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == f, ct) : null;
        if (from is null)
        {
            errors.Add(new FieldError("fromOrgUnitId", "调出单位：必填"));
        }

        // The unit joined may lie outside the caller's scope (a move out of a township to a district department), but must exist.
        var to = input.ToOrgUnitId is { } t ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == t, ct) : null;
        if (input.ToOrgUnitId is not null && to is null)
        {
            errors.Add(new FieldError("toOrgUnitId", "调入单位：不存在"));
        }

        if (from is not null && !scope.Contains(from) && (to is null || !scope.Contains(to)))
        {
            errors.Add(new FieldError("fromOrgUnitId", "调出单位：不在您的管理范围内"));
        }

        if (errors.Count > 0 || from is null)
        {
            return errors;
        }

        move.Direction = MoveDirections.Of(from.Kind, to?.Kind);
        if (input.Status == MoveStatus.Done && MoveDirections.LeavesGrassroots(from.Kind, to?.Kind))
        {
            var cadre = await db.Cadres.AsNoTracking().Where(c => c.Id == input.CadreId)
                .Select(c => new { c.Name, c.Category, c.GrassrootsServiceSince }).FirstOrDefaultAsync(ct);
            if (cadre is not null
                && GrassrootsMinService.Refusal(cadre.Name, cadre.Category, cadre.GrassrootsServiceSince, input.EffectiveOn!.Value, profile.At(input.EffectiveOn!.Value)) is { } refusal)
            {
                errors.Add(new FieldError("effectiveOn", refusal));
            }
        }

        return errors;
    }
}
