using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Core.Org;
using Jiceng.Core.Policy;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M03Staffing;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M05Assessment;

/// <summary>A row of the disbursement list: the payment with its village, township and cadre.</summary>
public sealed record DisbursementRow(int Id, int TownshipId, string TownshipName, int VillageId, string VillageName, int CadreId, string CadreName,
    int Year, decimal? Score, decimal AmountYuan, DateOnly PaidOn, int Version);

/// <summary>
/// A township's village performance fund for a year (R5.2): its villages and communities × P5.village_fund_per_village_wan
/// (in 元), the year's disbursements to their cadres and the balance (negative when more was paid than allocated).
/// </summary>
public sealed record VillageFundAllocation(int TownshipId, string TownshipName, int Year, int Villages, decimal AllocatedYuan, decimal DisbursedYuan)
{
    public decimal BalanceYuan => AllocatedYuan - DisbursedYuan;
}

/// <summary>
/// The village performance fund (村“两委”绩效考核资金) in the caller's scope beyond adding a disbursement
/// (<see cref="AssessmentCommands.AddDisbursementAsync"/>): correct with the version read, delete, list by township,
/// village and year, and each township's allocation, disbursed amount and balance for a year.
/// </summary>
public static class VillageFundCommands
{
    /// <summary>The checks of a disbursement, as adding and correcting share them (the village and cadre must be in scope).</summary>
    public static async Task<IReadOnlyList<FieldError>> ValidateAsync(JicengDbContext db, DataScope scope, DisbursementInput input, DateOnly today, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var villageOk = await db.OrgUnits.InScope(scope).AsNoTracking()
            .AnyAsync(u => u.Id == input.VillageId && (u.Kind == OrgUnitKind.Village || u.Kind == OrgUnitKind.Community), ct);
        if (!villageOk)
        {
            errors.Add(new FieldError("villageId", "村（社区）：不存在或不在您的管理范围内"));
        }

        if (input.CadreId is not { } cadreId || !await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId && c.OrgUnitId == input.VillageId, ct))
        {
            errors.Add(new FieldError("cadreId", "干部：应为该村（社区）的干部"));
        }

        if (input.Year is not { } year || year < 2000 || year > today.Year)
        {
            errors.Add(new FieldError("year", $"年度：应在2000至{today.Year}之间"));
        }

        if (input.AmountYuan is not { } amount || amount <= 0 || decimal.Round(amount, 2) != amount)
        {
            errors.Add(new FieldError("amountYuan", "兑现金额（元）：应为大于0的金额，最多两位小数"));
        }

        if (input.Score is { } score && (score < 0 || score > 100))
        {
            errors.Add(new FieldError("score", "考核得分：应在0至100之间"));
        }

        if (input.PaidOn is not { } paidOn || paidOn > today)
        {
            errors.Add(new FieldError("paidOn", "发放日期：必填，不能晚于今天"));
        }

        return errors;
    }

    internal static void Apply(VillageFundDisbursement d, DisbursementInput input)
    {
        d.VillageId = input.VillageId!.Value;
        d.CadreId = input.CadreId!.Value;
        d.Year = input.Year!.Value;
        d.AmountYuan = input.AmountYuan!.Value;
        d.Score = input.Score;
        d.PaidOn = input.PaidOn!.Value;
    }

    private static IQueryable<VillageFundDisbursement> InScope(JicengDbContext db, DataScope scope) =>
        db.VillageFundDisbursements.Where(d => d.Village!.Path.StartsWith(scope.Path));

    public static Task<VillageFundDisbursement?> GetAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        InScope(db, scope).AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);

    /// <summary>Corrects a disbursement read at <paramref name="expectedVersion"/>.</summary>
    public static async Task<CommandResult<VillageFundDisbursement>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, DisbursementInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default)
    {
        var d = await InScope(db, scope).FirstOrDefaultAsync(x => x.Id == id, ct);
        return d is null
            ? CommandResult<VillageFundDisbursement>.Missing()
            : await VersionedUpdate.RunAsync(db, d, expectedVersion, () => ValidateAsync(db, scope, input, today, ct), () => Apply(d, input),
                () => db.VillageFundDisbursements.AsNoTracking().FirstAsync(x => x.Id == id, ct), ct);
    }

    /// <summary>Deletes a disbursement entered by mistake; false when it is not in scope.</summary>
    public static async Task<bool> DeleteAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        await VersionedUpdate.RemoveAsync(db, await InScope(db, scope).FirstOrDefaultAsync(x => x.Id == id, ct), ct);

    /// <summary>The disbursements in scope by township (its villages), village and year; latest year and payment first.</summary>
    public static async Task<IReadOnlyList<DisbursementRow>> SearchAsync(
        JicengDbContext db, DataScope scope, int? townshipId, int? villageId, int? year, int take, CancellationToken ct = default)
    {
        var q = InScope(db, scope).AsNoTracking();
        if (townshipId is { } t)
        {
            q = q.Where(d => d.Village!.ParentId == t);
        }

        if (villageId is { } v)
        {
            q = q.Where(d => d.VillageId == v);
        }

        if (year is { } y)
        {
            q = q.Where(d => d.Year == y);
        }

        var rows = await q.OrderByDescending(d => d.Year).ThenByDescending(d => d.PaidOn).ThenByDescending(d => d.Id).Take(take)
            .Select(d => new
            {
                d, Village = d.Village!.Name, TownshipId = d.Village.ParentId ?? 0, Township = d.Village.Parent != null ? d.Village.Parent.Name : "", Cadre = d.Cadre!.Name,
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new DisbursementRow(r.d.Id, r.TownshipId, r.Township, r.d.VillageId, r.Village, r.d.CadreId, r.Cadre,
            r.d.Year, r.d.Score, r.d.AmountYuan, r.d.PaidOn, r.d.Version))];
    }

    /// <summary>
    /// Each township in scope (or the one asked for) with villages: its allocation for <paramref name="year"/> with the
    /// profile given, the disbursed amount and the balance — R5.2's facts and arithmetic.
    /// </summary>
    public static async Task<IReadOnlyList<VillageFundAllocation>> AllocationsAsync(
        JicengDbContext db, DataScope scope, int year, PolicyProfile profile, int? townshipId = null, CancellationToken ct = default)
    {
        var facts = await new VillageFundFactsQuery().LoadAsync(db, scope, new EvaluationContext(year, new DateOnly(year, 12, 31)), ct);
        return [.. facts.Where(f => f.Villages > 0 && (townshipId is null || f.Township.Id == townshipId))
            .Select(f => new VillageFundAllocation(f.Township.Id, f.Township.Name, year, f.Villages, VillageFundRule.Allocated(f.Villages, profile), f.DisbursedYuan))];
    }
}
