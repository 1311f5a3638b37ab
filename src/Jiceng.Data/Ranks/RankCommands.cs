using Jiceng.Core.Common;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Core.Ranks;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Ranks;

/// <summary>
/// A cadre's rank history (职级): promoting (a new rank, which ends the open one on the day before), correcting,
/// ending and listing, for cadres in the caller's scope. Every save applies R4.1 on the rank's start day
/// (<see cref="RankQuotaGuard"/>): a township's quota only for its own staff, and never beyond the quota in force.
/// </summary>
public static class RankCommands
{
    public static async Task<IReadOnlyList<RankAssignment>?> ListAsync(JicengDbContext db, DataScope scope, int cadreId, CancellationToken ct = default) =>
        await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct)
            ? await db.RankAssignments.AsNoTracking().Include(r => r.QuotaUnit).Where(r => r.CadreId == cadreId)
                .OrderByDescending(r => r.Start).ToListAsync(ct)
            : null;

    /// <summary>A new rank from its start day; the rank held until then ends the day before.</summary>
    public static Task<CommandResult<RankAssignment>> PromoteAsync(
        JicengDbContext db, DataScope scope, int cadreId, RankInput input, DateOnly today, CancellationToken ct = default,
        Core.Policy.InfluencePeriods? periods = null) =>
        SaveAsync(db, scope, cadreId, null, input, null, today, ct, periods);

    /// <summary>Corrects a rank (code, dates, quota unit, document number); the version must be current.</summary>
    public static async Task<CommandResult<RankAssignment>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, RankInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default,
        Core.Policy.InfluencePeriods? periods = null)
    {
        var cadreId = await db.RankAssignments.InScope(scope).Where(r => r.Id == id).Select(r => (int?)r.CadreId).FirstOrDefaultAsync(ct);
        if (cadreId is null)
        {
            return CommandResult<RankAssignment>.Missing();
        }

        if (expectedVersion is not { } v)
        {
            return CommandResult<RankAssignment>.Invalid([new FieldError("version", "版本号：必填（修改须基于读取时的版本）")]);
        }

        return await SaveAsync(db, scope, cadreId.Value, id, input, v, today, ct, periods);
    }

    /// <summary>Ends a held rank on <paramref name="end"/> (免去职级), keeping everything else.</summary>
    public static async Task<CommandResult<RankAssignment>> EndAsync(
        JicengDbContext db, DataScope scope, int id, DateOnly? end, int? expectedVersion, DateOnly today, CancellationToken ct = default)
    {
        var rank = await db.RankAssignments.InScope(scope).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (rank is null)
        {
            return CommandResult<RankAssignment>.Missing();
        }

        if (end is null)
        {
            return CommandResult<RankAssignment>.Invalid([new FieldError("end", "免职时间：必填")]);
        }

        var input = new RankInput { RankCode = rank.RankCode, Start = rank.Start, End = end, QuotaUnitId = rank.QuotaUnitId, DocumentNumber = rank.DocumentNumber };
        return await UpdateAsync(db, scope, id, input, expectedVersion, today, ct);
    }

    private static async Task<CommandResult<RankAssignment>> SaveAsync(
        JicengDbContext db, DataScope scope, int cadreId, int? rankId, RankInput input, int? expectedVersion, DateOnly today, CancellationToken ct,
        Core.Policy.InfluencePeriods? periods = null)
    {
        var cadre = await db.Cadres.InScope(scope).AsNoTracking().Select(c => new { c.Id, c.Category, c.OrgUnitId }).FirstOrDefaultAsync(c => c.Id == cadreId, ct);
        if (cadre is null)
        {
            return CommandResult<RankAssignment>.Missing();
        }

        var current = rankId is { } id ? await db.RankAssignments.FirstAsync(r => r.Id == id, ct) : null;
        if (current is not null && current.Version != expectedVersion)
        {
            return new CommandResult<RankAssignment> { Conflict = current };
        }

        var errors = RankValidator.Validate(input, cadre.Category, today).ToList();
        var quotaUnitId = input.QuotaUnitId ?? cadre.OrgUnitId;
        var quotaUnit = await db.OrgUnits.InScope(scope).AsNoTracking().Select(u => new { u.Id, u.Name, u.Kind }).FirstOrDefaultAsync(u => u.Id == quotaUnitId, ct);
        if (quotaUnit is null)
        {
            errors.Add(new FieldError("quotaUnitId", "职数使用单位：单位不存在或不在您的管理范围内"));
        }

        RankSpan? superseded = null;
        if (errors.Count == 0)
        {
            var start = input.Start!.Value;
            var others = await db.RankAssignments.AsNoTracking().Where(r => r.CadreId == cadreId && r.Id != (rankId ?? 0))
                .Select(r => new RankSpan(r.Id, r.RankCode, r.Start, r.End)).ToListAsync(ct);
            var isNew = current is null;
            if (RankHistory.Conflicts(others, start, input.End, endsOpenRank: isNew) is { } clash)
            {
                errors.Add(clash);
            }

            superseded = isNew ? RankHistory.Superseded(others, start) : null;
            if (isNew && RankLevels.IsPromotion(superseded?.RankCode, input.RankCode!))
            {
                // Clause 五's use of the grades: a 不称职 in the last assessment year blocks the promotion.
                var lastYear = start.Year - 1;
                var grade = await db.CadreYearlyGrades.AsNoTracking().Where(g => g.CadreId == cadreId && g.Year == lastYear)
                    .Select(g => g.GradeCode).FirstOrDefaultAsync(ct);
                if (Core.Measures.M05Assessment.PromotionGradeCheck.Refusal(grade, start) is { } refusal)
                {
                    errors.Add(new FieldError("rankCode", refusal));
                }
            }

            // Clause 七: a rank raise (above the rank held before it) dated inside a sanction's influence period is refused.
            var before = others.Where(o => o.Start < start).OrderByDescending(o => o.Start).FirstOrDefault();
            if (errors.Count == 0 && RankLevels.IsPromotion(before?.RankCode, input.RankCode!)
                && (current is null || current.Start != start || current.RankCode != input.RankCode)
                && await Measures.M07ErrorTolerance.SanctionCommands.CheckPromotionAsync(db, cadreId, start,
                    periods ?? (Core.Policy.InfluencePeriods)Core.Policy.ParameterCatalog.Get(Core.Policy.ParameterIds.P7.InfluenceMonths).Example!, today, ct) is { } sanctioned)
            {
                errors.Add(sanctioned);
            }

            if (errors.Count == 0 && ChargesQuota(current, input, quotaUnitId))
            {
                errors.AddRange(RankQuotaGuard.Check(await ChargeAsync(db, input.RankCode!, start, quotaUnit!.Id, quotaUnit.Name, quotaUnit.Kind,
                    cadre.OrgUnitId, [rankId ?? 0, superseded?.Id ?? 0], ct)));
            }
        }

        if (errors.Count > 0)
        {
            return CommandResult<RankAssignment>.Invalid(errors);
        }

        if (superseded is not null)
        {
            var previous = await db.RankAssignments.FirstAsync(r => r.Id == superseded.Id, ct);
            previous.End = input.Start!.Value.AddDays(-1);
        }

        var rank = current ?? new RankAssignment { CadreId = cadreId };
        rank.RankCode = input.RankCode!;
        rank.Ordinal = RankLevels.Ordinal(input.RankCode);
        rank.Start = input.Start!.Value;
        rank.End = input.End;
        rank.QuotaUnitId = quotaUnitId;
        rank.DocumentNumber = string.IsNullOrWhiteSpace(input.DocumentNumber) ? null : input.DocumentNumber.Trim();
        if (current is null)
        {
            db.RankAssignments.Add(rank);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<RankAssignment>.Ok(rank);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new CommandResult<RankAssignment> { Conflict = await db.RankAssignments.AsNoTracking().FirstAsync(r => r.Id == rank.Id, ct) };
        }
    }

    /// <summary>A new rank always charges its quota; a correction only when it changes what or where it charges, or from when
    /// (fixing a document number of a rank in a unit that is over quota since a later cut is not refused).</summary>
    private static bool ChargesQuota(RankAssignment? current, RankInput input, int quotaUnitId) =>
        current is null || current.RankCode != input.RankCode || current.Start != input.Start || current.QuotaUnitId != quotaUnitId;

    /// <summary>The quota in force on the day and the ranks already charged to it that day, leaving out <paramref name="except"/>.</summary>
    public static async Task<RankCharge> ChargeAsync(
        JicengDbContext db, string rankCode, DateOnly day, int unitId, string unitName, Core.Org.OrgUnitKind unitKind, int cadreUnitId,
        int[] except, CancellationToken ct)
    {
        var quota = await db.RankQuotas.AsNoTracking().Where(q => q.OrgUnitId == unitId && q.RankCode == rankCode && q.From <= day)
            .OrderByDescending(q => q.From).Select(q => (int?)q.Count).FirstOrDefaultAsync(ct);
        var holders = await db.RankAssignments.CountAsync(r => r.QuotaUnitId == unitId && r.RankCode == rankCode && !except.Contains(r.Id)
            && r.Start <= day && (r.End == null || r.End >= day), ct);
        return new RankCharge(rankCode, day, unitId, unitName, unitKind, cadreUnitId, quota, holders);
    }
}
