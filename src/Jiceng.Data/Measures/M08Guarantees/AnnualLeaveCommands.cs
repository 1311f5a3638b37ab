using Jiceng.Core.Common;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M03Staffing;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M08Guarantees;

/// <summary>
/// A cadre's annual leave of a year as listed: the entitlement and untaken days computed from the start of service and
/// P8.leave_tiers (null without a start of service or a profile), and — with a monthly wage — the extra pay for the
/// untaken days by the <c>leave</c> calculator (amount and working).
/// </summary>
public sealed record AnnualLeaveRow(
    int Id, int CadreId, int Year, DateOnly? ServiceStart, int? EntitledDays, int TakenDays, int? UntakenDays, decimal? MonthlyWageYuan,
    int CompensatedDays, decimal? CompensationYuan, DateOnly? CompensatedOn, Calculation? Pay, int Version);

/// <summary>Paid annual leave (带薪年休假) per cadre and year: days taken, untaken days at year end and their compensation (R8.2).</summary>
public static class AnnualLeaveCommands
{
    internal static IReadOnlyList<FieldError> Validate(int year, AnnualLeaveInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (year < 2000 || year > today.Year)
        {
            errors.Add(new FieldError("year", $"休假年度：应在2000至{today.Year}之间"));
        }

        if (input.TakenDays is not (>= 0 and <= 366))
        {
            errors.Add(new FieldError("takenDays", "已休天数：必填，0 至 366 的整数"));
        }

        if (input.MonthlyWageYuan is { } wage && (wage < 0 || wage >= 1_000_000m || decimal.Round(wage, 2) != wage))
        {
            errors.Add(new FieldError("monthlyWageYuan", "月工资（元）：0 至 999999.99，最多两位小数"));
        }

        var days = input.CompensatedDays ?? 0;
        if (days is < 0 or > 366)
        {
            errors.Add(new FieldError("compensatedDays", "已补偿天数：0 至 366 的整数"));
        }

        if (input.CompensationYuan is { } pay && (pay < 0 || pay >= 1_000_000m || decimal.Round(pay, 2) != pay))
        {
            errors.Add(new FieldError("compensationYuan", "补偿金额（元）：0 至 999999.99，最多两位小数"));
        }

        if (days > 0 && input.CompensationYuan is null)
        {
            errors.Add(new FieldError("compensationYuan", "补偿金额（元）：有已补偿天数时必填"));
        }

        if (days > 0 && input.CompensatedOn is null)
        {
            errors.Add(new FieldError("compensatedOn", "补偿发放日期：有已补偿天数时必填"));
        }

        if (input.CompensatedOn is { } on && (on.Year < year || on > today))
        {
            errors.Add(new FieldError("compensatedOn", "补偿发放日期：不能早于休假年度，不能晚于今天"));
        }

        return errors;
    }

    internal static void Apply(AnnualLeave l, AnnualLeaveInput input)
    {
        l.TakenDays = input.TakenDays!.Value;
        l.MonthlyWageYuan = input.MonthlyWageYuan;
        l.CompensatedDays = input.CompensatedDays ?? 0;
        l.CompensationYuan = l.CompensatedDays > 0 ? input.CompensationYuan : null;
        l.CompensatedOn = l.CompensatedDays > 0 ? input.CompensatedOn : null;
    }

    /// <summary>Records a cadre's year, or corrects it with the version read (a correction without it is refused).</summary>
    public static async Task<CommandResult<AnnualLeave>> SaveAsync(
        JicengDbContext db, DataScope scope, int cadreId, int year, AnnualLeaveInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default)
    {
        if (!await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct))
        {
            return CommandResult<AnnualLeave>.Missing();
        }

        var current = await db.AnnualLeaves.FirstOrDefaultAsync(l => l.CadreId == cadreId && l.Year == year, ct);
        if (current is null)
        {
            var created = new AnnualLeave { CadreId = cadreId, Year = year };
            return await VersionedUpdate.AddAsync(db, created, Validate(year, input, today), () => Apply(created, input), ct);
        }

        return await VersionedUpdate.RunAsync(db, current, expectedVersion, () => Task.FromResult(Validate(year, input, today)), () => Apply(current, input),
            () => db.AnnualLeaves.AsNoTracking().FirstAsync(l => l.Id == current.Id, ct), ct);
    }

    public static async Task<bool> DeleteAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        await VersionedUpdate.RemoveAsync(db, await db.AnnualLeaves.InScope(scope).FirstOrDefaultAsync(l => l.Id == id, ct), ct);

    /// <summary>The cadre's years, latest first, each with its entitlement under the profile in force on 31 December of the year.</summary>
    public static async Task<IReadOnlyList<AnnualLeaveRow>?> ListAsync(JicengDbContext db, DataScope scope, int cadreId, ProfileOn profileOn, CancellationToken ct = default)
    {
        var cadre = await db.Cadres.AsNoTracking().InScope(scope).Where(c => c.Id == cadreId).Select(c => new { c.JoinedWorkOn }).FirstOrDefaultAsync(ct);
        if (cadre is null)
        {
            return null;
        }

        var rows = await db.AnnualLeaves.AsNoTracking().Where(l => l.CadreId == cadreId).OrderByDescending(l => l.Year).ToListAsync(ct);
        return [.. rows.Select(l => Row(l, cadre.JoinedWorkOn, profileOn(new DateOnly(l.Year, 12, 31))))];
    }

    public static AnnualLeaveRow Row(AnnualLeave l, DateOnly? serviceStart, Core.Policy.PolicyProfile? profile)
    {
        int? entitled = serviceStart is { } s && profile is not null ? UntakenLeaveRule.Entitled(s, l.Year, profile) : null;
        int? untaken = entitled is { } e ? Math.Max(0, e - l.TakenDays) : null;
        var pay = serviceStart is { } start && profile is not null && untaken is { } u && l.MonthlyWageYuan is { } wage
            ? new LeaveInput(start, l.Year, wage, u).Compute(profile).Calculation
            : null;
        return new AnnualLeaveRow(l.Id, l.CadreId, l.Year, serviceStart, entitled, l.TakenDays, untaken, l.MonthlyWageYuan, l.CompensatedDays,
            l.CompensationYuan, l.CompensatedOn, pay, l.Version);
    }
}
