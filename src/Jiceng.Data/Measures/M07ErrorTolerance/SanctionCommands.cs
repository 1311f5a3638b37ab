using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M07ErrorTolerance;
using Jiceng.Core.Policy;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M03Staffing;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M07ErrorTolerance;

/// <summary>The sanction list's query.</summary>
public sealed record SanctionFilter
{
    /// <summary>Cadre name (part of it).</summary>
    public string? Text { get; init; }

    public int? OrgUnitId { get; init; }

    public int? CadreId { get; init; }

    public SanctionKind? Kind { get; init; }

    /// <summary>True: only those whose influence period includes <see cref="Today"/>; false: only ended ones.</summary>
    public bool? InForce { get; init; }

    public int? Year { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}

/// <summary>One row of the sanction list (no narrative).</summary>
public sealed record SanctionRow(
    int Id, int CadreId, string CadreName, string UnitName, SanctionKind Kind, DateOnly EffectiveOn, DateOnly EligibleAgainOn,
    string Authority, string? DocumentNumber, DateOnly? RevokedOn, DateOnly? ExemptedOn, int Version)
{
    public bool InForceOn(DateOnly day) => day >= EffectiveOn && day < EligibleAgainOn && !(RevokedOn is { } r && r <= day) && !(ExemptedOn is { } e && e <= day);
}

/// <summary>
/// Recording cadres' sanctions (处分) in the caller's scope: add, correct, revoke, list. Only the detail read returns
/// the facts (违纪事实), and every such read is audited. Who may call these is checked by the caller
/// (<c>Roles.DisciplineReaders</c>).
/// </summary>
public static class SanctionCommands
{
    public const string RecordType = nameof(Sanction);

    public static async Task<Paged<SanctionRow>> ListAsync(JicengDbContext db, DataScope scope, SanctionFilter filter, InfluencePeriods periods, DateOnly today, CancellationToken ct = default)
    {
        var all = await AllAsync(db, scope, filter, periods, today, ct);
        var size = Math.Clamp(filter.PageSize, 1, 200);
        var page = Math.Max(1, filter.Page);
        return new Paged<SanctionRow>([.. all.Skip((page - 1) * size).Take(size)], all.Count, page, size);
    }

    /// <summary>All rows matching the filter, latest first (the influence period is computed from the profile in force).</summary>
    public static async Task<IReadOnlyList<SanctionRow>> AllAsync(JicengDbContext db, DataScope scope, SanctionFilter filter, InfluencePeriods periods, DateOnly today, CancellationToken ct = default)
    {
        var query = db.Sanctions.AsNoTracking().InScope(scope);
        if (filter.OrgUnitId is { } unitId && await db.OrgUnits.InScope(scope).Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct) is { } path)
        {
            query = query.Where(s => s.Cadre!.OrgUnit!.Path.StartsWith(path));
        }

        if (filter.CadreId is { } cadreId)
        {
            query = query.Where(s => s.CadreId == cadreId);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(s => s.Kind == kind);
        }

        if (filter.Year is { } year)
        {
            query = query.Where(s => s.EffectiveOn.Year == year);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            query = query.Where(s => s.Cadre!.Name.Contains(text));
        }

        var rows = await query.OrderByDescending(s => s.EffectiveOn).ThenByDescending(s => s.Id)
            .Select(s => new
            {
                s.Id, s.CadreId, CadreName = s.Cadre!.Name, UnitName = s.Cadre.OrgUnit!.Name, s.Kind, s.EffectiveOn, s.Authority, s.DocumentNumber,
                s.RevokedOn, s.Version,
                ExemptedOn = db.ToleranceCases.Where(c => c.SanctionId == s.Id && c.Decision == CaseDecision.Exempted).Min(c => c.DecidedOn),
            })
            .ToListAsync(ct);
        var result = rows.Select(r => new SanctionRow(r.Id, r.CadreId, r.CadreName, r.UnitName, r.Kind, r.EffectiveOn,
            periods.EligibleAgainOn(r.Kind, r.EffectiveOn), r.Authority, r.DocumentNumber, r.RevokedOn, r.ExemptedOn, r.Version));
        if (filter.InForce is { } inForce)
        {
            result = result.Where(r => r.InForceOn(today) == inForce);
        }

        return [.. result];
    }

    /// <summary>One sanction with its facts; the read is audited. Null when not in scope.</summary>
    public static async Task<Sanction?> ReadAsync(JicengDbContext db, DataScope scope, int id, ISensitiveReadAuditor auditor, CancellationToken ct = default)
    {
        var sanction = await db.Sanctions.AsNoTracking().InScope(scope).Include(s => s.Cadre).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (sanction is not null)
        {
            await auditor.RecordAsync(RecordType, id.ToString(CultureInfo.InvariantCulture), nameof(Sanction.Facts), ct);
        }

        return sanction;
    }

    public static async Task<CommandResult<Sanction>> AddAsync(JicengDbContext db, DataScope scope, int cadreId, SanctionInput input, DateOnly today, CancellationToken ct = default)
    {
        if (!await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct))
        {
            return CommandResult<Sanction>.Missing();
        }

        var sanction = new Sanction { CadreId = cadreId };
        return await VersionedUpdate.AddAsync(db, sanction, ErrorToleranceValidator.Validate(input, today), () => Apply(sanction, input), ct);
    }

    public static async Task<CommandResult<Sanction>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, SanctionInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default)
    {
        var sanction = await db.Sanctions.InScope(scope).FirstOrDefaultAsync(s => s.Id == id, ct);
        return sanction is null
            ? CommandResult<Sanction>.Missing()
            : await VersionedUpdate.RunAsync(db, sanction, expectedVersion, () => Task.FromResult<IReadOnlyList<FieldError>>(ErrorToleranceValidator.Validate(input, today)),
                () => Apply(sanction, input), () => db.Sanctions.AsNoTracking().FirstAsync(s => s.Id == id, ct), ct);
    }

    /// <summary>Revokes (撤销) a sanction from <paramref name="on"/>: it no longer counts from that day.</summary>
    public static async Task<CommandResult<Sanction>> RevokeAsync(
        JicengDbContext db, DataScope scope, int id, DateOnly? on, int? expectedVersion, DateOnly today, CancellationToken ct = default)
    {
        var sanction = await db.Sanctions.InScope(scope).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (sanction is null)
        {
            return CommandResult<Sanction>.Missing();
        }

        return await VersionedUpdate.RunAsync(db, sanction, expectedVersion, () =>
        {
            IReadOnlyList<FieldError> errors = on is not { } d ? [new FieldError("revokedOn", "撤销日期：必填")]
                : d < sanction.EffectiveOn ? [new FieldError("revokedOn", $"撤销日期：不能早于生效日期{Dates.Format(sanction.EffectiveOn)}")]
                : d > today ? [new FieldError("revokedOn", $"撤销日期：不能晚于今天（{Dates.Format(today)}）")]
                : [];
            return Task.FromResult(errors);
        }, () => sanction.RevokedOn = on, () => db.Sanctions.AsNoTracking().FirstAsync(s => s.Id == id, ct), ct);
    }

    /// <summary>The clause 七 check of a promotion or rank raise dated <paramref name="raiseOn"/> of a cadre.</summary>
    public static async Task<FieldError?> CheckPromotionAsync(JicengDbContext db, int cadreId, DateOnly raiseOn, InfluencePeriods periods, DateOnly today, CancellationToken ct)
    {
        var spans = await SanctionSpans.ForCadresAsync(db, db.Cadres.Where(c => c.Id == cadreId).Select(c => c.Id), raiseOn > today ? raiseOn : today, ct);
        return SanctionGuard.Check(spans[cadreId], periods, raiseOn, today);
    }

    /// <summary>Cadres in scope eligible for use on <paramref name="day"/> (R7.2's info findings), by name.</summary>
    public static async Task<IReadOnlyList<Finding>> EligibleAsync(JicengDbContext db, DataScope scope, PolicyProfile profile, DateOnly day, CancellationToken ct = default)
    {
        var context = new EvaluationContext(day.Year, day);
        var facts = await new SanctionFactsQuery().LoadAsync(db, scope, context, ct);
        return [.. new SanctionRule().Evaluate(facts, profile, context).Where(f => f.Severity == Severity.Info).OrderBy(f => f.Subject.Name, StringComparer.Ordinal)];
    }

    private static void Apply(Sanction s, SanctionInput input)
    {
        s.Kind = input.Kind!.Value;
        s.EffectiveOn = input.EffectiveOn!.Value;
        s.Authority = input.Authority!.Trim();
        s.DocumentNumber = ErrorToleranceValidator.Clean(input.DocumentNumber);
        s.Facts = ErrorToleranceValidator.Clean(input.Facts);
    }
}
