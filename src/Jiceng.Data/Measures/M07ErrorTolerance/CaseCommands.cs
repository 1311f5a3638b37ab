using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M07ErrorTolerance;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M03Staffing;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M07ErrorTolerance;

/// <summary>One row of the case list (no narrative).</summary>
public sealed record CaseRow(
    int Id, int CadreId, string CadreName, string UnitName, DateOnly ReceivedOn, CaseStage Stage, CaseDecision? Decision, DateOnly? DecidedOn,
    int? SanctionId, int Version);

/// <summary>
/// Error-tolerance cases (容错纠错): received, taken step by step (受理 → 核实 → 分析 → 认定 → 决定), decided. The decision
/// step sets the outcome; a 容错免责 decision on a case linked to a sanction lifts that sanction's promotion block.
/// Only the detail read returns the facts and the steps' notes, and it is audited.
/// </summary>
public static class CaseCommands
{
    public const string RecordType = nameof(ToleranceCase);

    public static async Task<IReadOnlyList<CaseRow>> ListAsync(JicengDbContext db, DataScope scope, int? cadreId, bool? open, CancellationToken ct = default)
    {
        var query = db.ToleranceCases.AsNoTracking().InScope(scope);
        if (cadreId is { } id)
        {
            query = query.Where(c => c.CadreId == id);
        }

        if (open is { } o)
        {
            query = o ? query.Where(c => c.Decision == null) : query.Where(c => c.Decision != null);
        }

        var rows = await query.OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Id)
            .Select(c => new
            {
                c.Id, c.CadreId, CadreName = c.Cadre!.Name, UnitName = c.Cadre.OrgUnit!.Name, c.ReceivedOn, c.Decision, c.DecidedOn, c.SanctionId, c.Version,
                Stage = c.Steps.Max(s => (CaseStage?)s.Stage),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new CaseRow(r.Id, r.CadreId, r.CadreName, r.UnitName, r.ReceivedOn, r.Stage ?? CaseStage.Intake, r.Decision, r.DecidedOn, r.SanctionId, r.Version))];
    }

    /// <summary>A case with its steps, facts and notes; the read is audited. Null when not in scope.</summary>
    public static async Task<ToleranceCase?> ReadAsync(JicengDbContext db, DataScope scope, int id, ISensitiveReadAuditor auditor, CancellationToken ct = default)
    {
        var found = await db.ToleranceCases.AsNoTracking().InScope(scope).Include(c => c.Cadre).Include(c => c.Steps)
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (found is not null)
        {
            found.Steps = [.. found.Steps.OrderBy(s => s.Stage).ThenBy(s => s.On).ThenBy(s => s.Id)];
            await auditor.RecordAsync(RecordType, id.ToString(CultureInfo.InvariantCulture), "Facts,Notes", ct);
        }

        return found;
    }

    public static async Task<CommandResult<ToleranceCase>> AddAsync(JicengDbContext db, DataScope scope, int cadreId, CaseInput input, DateOnly today, CancellationToken ct = default)
    {
        if (!await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct))
        {
            return CommandResult<ToleranceCase>.Missing();
        }

        var errors = ErrorToleranceValidator.Validate(input, today);
        if (input.SanctionId is { } sid && !await db.Sanctions.AnyAsync(s => s.Id == sid && s.CadreId == cadreId, ct))
        {
            errors.Add(new FieldError("sanctionId", "关联处分：不是该干部的处分"));
        }

        var created = new ToleranceCase { CadreId = cadreId };
        return await VersionedUpdate.AddAsync(db, created, errors, () =>
        {
            created.ReceivedOn = input.ReceivedOn!.Value;
            created.SanctionId = input.SanctionId;
            created.Facts = ErrorToleranceValidator.Clean(input.Facts);
        }, ct);
    }

    /// <summary>Adds the next step; a 决定 step records the decision and its day.</summary>
    public static async Task<CommandResult<ToleranceCase>> AddStepAsync(
        JicengDbContext db, DataScope scope, int id, CaseStepInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default)
    {
        var current = await db.ToleranceCases.InScope(scope).Include(c => c.Steps).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (current is null)
        {
            return CommandResult<ToleranceCase>.Missing();
        }

        return await VersionedUpdate.RunAsync(db, current, expectedVersion,
            () => Task.FromResult<IReadOnlyList<FieldError>>(ErrorToleranceValidator.Validate(input, current, today)),
            () =>
            {
                current.Steps.Add(new CaseStep
                {
                    Stage = input.Stage!.Value, Author = input.Author!.Trim(), On = input.On!.Value,
                    Documents = ErrorToleranceValidator.Clean(input.Documents), Note = ErrorToleranceValidator.Clean(input.Note),
                });
                if (input.Criteria is { } criteria)
                {
                    current.Criteria = criteria;
                }

                if (input.Stage == CaseStage.Decision)
                {
                    current.Decision = input.Decision;
                    current.DecidedOn = input.On;
                }

                db.Entry(current).Property(c => c.Version).IsModified = true;
            },
            () => db.ToleranceCases.AsNoTracking().Include(c => c.Steps).FirstAsync(c => c.Id == id, ct), ct);
    }
}
