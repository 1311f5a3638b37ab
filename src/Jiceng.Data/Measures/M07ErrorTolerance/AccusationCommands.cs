using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M07ErrorTolerance;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M03Staffing;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M07ErrorTolerance;

/// <summary>One row of the accusation list (no content).</summary>
public sealed record AccusationRow(
    int Id, int CadreId, string CadreName, string UnitName, DateOnly ReceivedOn, string Source, AccusationConclusion? Conclusion, DateOnly? ConcludedOn,
    string? ClarifyMethod, string? ClarifyScope, DateOnly? ClarifiedOn, int Version);

/// <summary>
/// Accusations (信访举报) about cadres and, for false ones, their name clearing (澄清正名). Only the detail read returns
/// the content, and it is audited.
/// </summary>
public static class AccusationCommands
{
    public const string RecordType = nameof(Accusation);

    public static async Task<IReadOnlyList<AccusationRow>> ListAsync(JicengDbContext db, DataScope scope, int? cadreId, CancellationToken ct = default)
    {
        var query = db.Accusations.AsNoTracking().InScope(scope);
        if (cadreId is { } id)
        {
            query = query.Where(a => a.CadreId == id);
        }

        return await query.OrderByDescending(a => a.ReceivedOn).ThenByDescending(a => a.Id)
            .Select(a => new AccusationRow(a.Id, a.CadreId, a.Cadre!.Name, a.Cadre.OrgUnit!.Name, a.ReceivedOn, a.Source, a.Conclusion, a.ConcludedOn,
                a.ClarifyMethod, a.ClarifyScope, a.ClarifiedOn, a.Version))
            .ToListAsync(ct);
    }

    /// <summary>An accusation with its content; the read is audited. Null when not in scope.</summary>
    public static async Task<Accusation?> ReadAsync(JicengDbContext db, DataScope scope, int id, ISensitiveReadAuditor auditor, CancellationToken ct = default)
    {
        var found = await db.Accusations.AsNoTracking().InScope(scope).Include(a => a.Cadre).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (found is not null)
        {
            await auditor.RecordAsync(RecordType, id.ToString(CultureInfo.InvariantCulture), nameof(Accusation.Content), ct);
        }

        return found;
    }

    public static async Task<CommandResult<Accusation>> AddAsync(JicengDbContext db, DataScope scope, int cadreId, AccusationInput input, DateOnly today, CancellationToken ct = default)
    {
        if (!await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct))
        {
            return CommandResult<Accusation>.Missing();
        }

        var created = new Accusation { CadreId = cadreId };
        return await VersionedUpdate.AddAsync(db, created, ErrorToleranceValidator.Validate(input, today), () =>
        {
            created.ReceivedOn = input.ReceivedOn!.Value;
            created.Source = input.Source!.Trim();
            created.Content = ErrorToleranceValidator.Clean(input.Content);
        }, ct);
    }

    /// <summary>Records the conclusion and, for a false one, the clarification (both may be given again to correct them).</summary>
    public static async Task<CommandResult<Accusation>> ConcludeAsync(
        JicengDbContext db, DataScope scope, int id, AccusationOutcomeInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default)
    {
        var current = await db.Accusations.InScope(scope).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (current is null)
        {
            return CommandResult<Accusation>.Missing();
        }

        return await VersionedUpdate.RunAsync(db, current, expectedVersion,
            () => Task.FromResult<IReadOnlyList<FieldError>>(ErrorToleranceValidator.Validate(input, current.ReceivedOn, today)),
            () =>
            {
                current.Conclusion = input.Conclusion;
                current.ConcludedOn = input.Conclusion is null ? null : input.ConcludedOn;
                current.ClarifyMethod = ErrorToleranceValidator.Clean(input.ClarifyMethod);
                current.ClarifyScope = ErrorToleranceValidator.Clean(input.ClarifyScope);
                current.ClarifiedOn = input.ClarifiedOn;
            },
            () => db.Accusations.AsNoTracking().FirstAsync(a => a.Id == id, ct), ct);
    }
}
