using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Data.Audit;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Cadres;

/// <summary>
/// Reads and writes of a single cadre, always inside the caller's scope: a cadre outside it is "not found",
/// and a cadre cannot be created in or moved to a unit outside it.
/// </summary>
public static class CadreCommands
{
    public static async Task<CadreDetails?> GetAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default)
    {
        var cadre = await db.Cadres.AsNoTracking().InScope(scope).Include(c => c.OrgUnit)
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (cadre is null)
        {
            return null;
        }

        var posts = await db.PostAssignments.AsNoTracking()
            .Where(p => p.CadreId == id)
            .OrderByDescending(p => p.Start).ThenBy(p => p.Kind)
            .Select(p => new PostRow(p.Id, p.OrgUnitId, p.OrgUnit!.Name, p.Kind, p.Title, p.IsLeadershipTeamMember,
                p.Start, p.End, p.Term == null ? null : p.Term.Number, p.TermId))
            .ToListAsync(ct);
        return new CadreDetails(cadre, cadre.OrgUnit!.Name, posts);
    }

    public static async Task<CommandResult<Cadre>> CreateAsync(
        JicengDbContext db, DataScope scope, CadreInput input, DateOnly today, CancellationToken ct = default)
    {
        var errors = await ValidateAsync(db, scope, input, today, exceptId: null, ct);
        if (errors.Count > 0)
        {
            return CommandResult<Cadre>.Invalid(errors);
        }

        var cadre = new Cadre();
        CadreValidator.Apply(input, cadre);
        db.Cadres.Add(cadre);
        await db.SaveChangesAsync(ct);
        return CommandResult<Cadre>.Ok(cadre);
    }

    /// <param name="expectedVersion">The version the caller read; a different current version is a conflict.</param>
    /// <param name="mayChangeIdNumber">False for roles that may not see full ID numbers: the stored number is kept, whatever the input says.</param>
    public static async Task<CommandResult<Cadre>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, CadreInput input, int expectedVersion, DateOnly today, CancellationToken ct = default,
        bool mayChangeIdNumber = true)
    {
        var cadre = await db.Cadres.InScope(scope).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (cadre is null)
        {
            return CommandResult<Cadre>.Missing();
        }

        if (expectedVersion != cadre.Version)
        {
            return new CommandResult<Cadre> { Conflict = cadre };
        }

        if (!mayChangeIdNumber)
        {
            input = input with { IdNumber = cadre.IdNumber.Value };
        }

        var errors = await ValidateAsync(db, scope, input, today, exceptId: id, ct);
        if (errors.Count > 0)
        {
            return CommandResult<Cadre>.Invalid(errors);
        }

        CadreValidator.Apply(input, cadre);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Cadres.AsNoTracking().FirstAsync(c => c.Id == id, ct);
            return new CommandResult<Cadre> { Conflict = current };
        }

        return CommandResult<Cadre>.Ok(cadre);
    }

    public static async Task<bool> DeleteAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default)
    {
        var cadre = await db.Cadres.InScope(scope).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (cadre is null)
        {
            return false;
        }

        db.Cadres.Remove(cadre);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The validation every write of a cadre passes (forms, API, imports): the validator, the unit in scope, the ID number unique.</summary>
    internal static async Task<IReadOnlyList<FieldError>> ValidateAsync(
        JicengDbContext db, DataScope scope, CadreInput input, DateOnly today, int? exceptId, CancellationToken ct)
    {
        var errors = CadreValidator.Validate(input, today).ToList();
        if (input.OrgUnitId is > 0 && !await db.OrgUnits.InScope(scope).AnyAsync(u => u.Id == input.OrgUnitId, ct))
        {
            errors.Add(new FieldError("orgUnitId", $"{CadreValidator.FieldLabels["orgUnitId"]}：单位不存在或不在您的管理范围内"));
        }

        if (IdCardNumber.TryParse(input.IdNumber, out var id, out _))
        {
            // Uniqueness is checked across the whole database, not the scope: an ID number is one person.
            var holder = await db.Cadres.WithIdNumber(id).Where(c => exceptId == null || c.Id != exceptId)
                .Select(c => new { c.Id, InScope = c.OrgUnit!.Path.StartsWith(scope.Path) }).FirstOrDefaultAsync(ct);
            if (holder is { InScope: true })
            {
                errors.Add(new FieldError("idNumber", $"{CadreValidator.FieldLabels["idNumber"]}：该号码已登记为其他干部"));
            }
            else if (holder is not null)
            {
                // Registered outside the caller's scope: say nothing of where, send them to the organization department, and audit the attempt.
                errors.Add(new FieldError("idNumber", $"{CadreValidator.FieldLabels["idNumber"]}：该号码无法登记，请联系区委组织部核实"));
                await AuditChain.AppendAsync(db, [AuditChain.NewEntry(db.AuditContext.Actor, AuditHasher.Truncate(db.AuditClock.GetUtcNow()),
                    AuditAction.AccessDenied, AuditOutcome.Failure, "Cadre", holder.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    new { reason = "id-number-registered-outside-scope", idNumber = id.Masked })], ct);
            }
        }

        return errors;
    }
}
