using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Policy;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M03Staffing;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M08Guarantees;

/// <summary>The profile in force on a day, or null before the first one.</summary>
public delegate PolicyProfile? ProfileOn(DateOnly day);

/// <summary>A subsidy payment row of a list, with the cadre and unit.</summary>
public sealed record SubsidyPaymentRow(
    int Id, int CadreId, string CadreName, string UnitName, string Subsidy, string Month, DateOnly? EligibleFrom, DateOnly? EligibleTo,
    decimal AmountYuan, DateOnly PaidOn, int Version);

/// <summary>
/// One line of a monthly subsidy statement: a subsidy of P8.subsidies for one cadre and month, what is due (the
/// <c>subsidy</c> calculator's calculation: amount and working) and what was paid (null: no payment recorded).
/// </summary>
public sealed record SubsidyStatementLine(
    int CadreId, string CadreName, string UnitName, string Subsidy, string Month, Calculation Due, int? PaymentId, decimal? PaidYuan, DateOnly? PaidOn)
{
    /// <summary>Due − paid when something was paid below the due amount (R8.7), else 0.</summary>
    public decimal ShortfallYuan => PaidYuan is { } p && p < Due.Amount ? Due.Amount - p : 0m;
}

/// <summary>
/// Monthly subsidy payments (补贴发放) of cadres and the monthly subsidy statement. The standards are the profile's
/// (P8.subsidies, versioned by effective date); a payment names a line of the profile in force on the month's last day.
/// </summary>
public static class SubsidyPaymentCommands
{
    public static DateOnly? ParseMonth(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) ? m : null;

    public static string MonthText(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static async Task<IReadOnlyList<FieldError>> ValidateAsync(
        JicengDbContext db, int cadreId, int? id, SubsidyPaymentInput input, ProfileOn profileOn, DateOnly today, CancellationToken ct)
    {
        var errors = Validate(input, profileOn, today);
        if (ValidKey(input, today) is { } key
            && await db.SubsidyPayments.AnyAsync(p => p.CadreId == cadreId && p.Subsidy == key.Subsidy && p.Month == key.Month && p.Id != (id ?? 0), ct))
        {
            errors.Add(new FieldError("month", $"发放月份：该干部 {MonthText(key.Month)} 的{key.Subsidy}已登记，请修改原记录"));
        }

        return errors;
    }

    /// <summary>The payment's subsidy name and month (its key per cadre) when both are well formed, else null.</summary>
    internal static (string Subsidy, DateOnly Month)? ValidKey(SubsidyPaymentInput input, DateOnly today) =>
        input.Subsidy?.Trim() is { Length: > 0 and <= SubsidyPayment.SubsidyMaxLength } subsidy
        && ParseMonth(input.Month) is { } m && m.Year >= 2000 && m <= new DateOnly(today.Year, today.Month, 1)
            ? (subsidy, m) : null;

    /// <summary>
    /// Everything one payment can tell (the API's checks without the stored payments): the import calls it per row and
    /// finds the cadre's payment of the month by its key instead of refusing it as registered.
    /// </summary>
    internal static List<FieldError> Validate(SubsidyPaymentInput input, ProfileOn profileOn, DateOnly today)
    {
        var errors = new List<FieldError>();
        var subsidy = input.Subsidy?.Trim();
        if (string.IsNullOrEmpty(subsidy) || subsidy.Length > SubsidyPayment.SubsidyMaxLength)
        {
            errors.Add(new FieldError("subsidy", $"补贴名称：必填，不超过{SubsidyPayment.SubsidyMaxLength}字"));
            subsidy = null;
        }

        var month = ParseMonth(input.Month);
        if (month is not { } m || m.Year < 2000 || m > new DateOnly(today.Year, today.Month, 1))
        {
            errors.Add(new FieldError("month", $"发放月份：应为 yyyy-MM 格式，2000年1月至本月（{MonthText(today)}）之间，而不是“{Shorten(input.Month)}”"));
            month = null;
        }

        if (month is { } mm)
        {
            var monthEnd = mm.AddMonths(1).AddDays(-1);
            if (profileOn(monthEnd) is not { } profile)
            {
                errors.Add(new FieldError("month", $"发放月份：{MonthText(mm)} 没有生效的政策配置"));
            }
            else if (subsidy is not null && (profile.ValueOn(ParameterIds.P8.Subsidies, monthEnd) as SubsidyStandards)?.Find(subsidy) is null)
            {
                var names = (profile.ValueOn(ParameterIds.P8.Subsidies, monthEnd) as SubsidyStandards)?.Items.Select(s => s.Name) ?? [];
                errors.Add(new FieldError("subsidy", $"补贴名称：政策配置（P8.subsidies）中没有“{subsidy}”，可用的有：{string.Join("、", names)}"));
            }

            if (input.EligibleFrom is { } f && (f < mm || f > monthEnd))
            {
                errors.Add(new FieldError("eligibleFrom", $"享受补贴起始日：应在 {MonthText(mm)} 之内"));
            }

            if (input.EligibleTo is { } t && (t < mm || t > monthEnd))
            {
                errors.Add(new FieldError("eligibleTo", $"享受补贴截止日：应在 {MonthText(mm)} 之内"));
            }
        }

        if (input.EligibleFrom is { } from && input.EligibleTo is { } to && to < from)
        {
            errors.Add(new FieldError("eligibleTo", "享受补贴截止日：不能早于起始日"));
        }

        if (input.AmountYuan is not { } amount || amount < 0 || amount >= 1_000_000m || decimal.Round(amount, 2) != amount)
        {
            errors.Add(new FieldError("amountYuan", "实发金额（元）：必填，0 至 999999.99，最多两位小数"));
        }

        if (input.PaidOn is not { } paid || paid.Year < 2000 || paid > today)
        {
            errors.Add(new FieldError("paidOn", "发放日期：必填，2000年以后，不能晚于今天"));
        }

        return errors;
    }

    internal static void Apply(SubsidyPayment p, SubsidyPaymentInput input)
    {
        p.Subsidy = input.Subsidy!.Trim();
        p.Month = ParseMonth(input.Month)!.Value;
        p.EligibleFrom = input.EligibleFrom;
        p.EligibleTo = input.EligibleTo;
        p.AmountYuan = input.AmountYuan!.Value;
        p.PaidOn = input.PaidOn!.Value;
    }

    public static async Task<CommandResult<SubsidyPayment>> AddAsync(
        JicengDbContext db, DataScope scope, int cadreId, SubsidyPaymentInput input, ProfileOn profileOn, DateOnly today, CancellationToken ct = default)
    {
        if (!await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct))
        {
            return CommandResult<SubsidyPayment>.Missing();
        }

        var created = new SubsidyPayment { CadreId = cadreId };
        return await VersionedUpdate.AddAsync(db, created, await ValidateAsync(db, cadreId, null, input, profileOn, today, ct), () => Apply(created, input), ct);
    }

    public static async Task<CommandResult<SubsidyPayment>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, SubsidyPaymentInput input, int? expectedVersion, ProfileOn profileOn, DateOnly today, CancellationToken ct = default)
    {
        var current = await db.SubsidyPayments.InScope(scope).FirstOrDefaultAsync(p => p.Id == id, ct);
        return current is null
            ? CommandResult<SubsidyPayment>.Missing()
            : await VersionedUpdate.RunAsync(db, current, expectedVersion, () => ValidateAsync(db, current.CadreId, id, input, profileOn, today, ct),
                () => Apply(current, input), () => db.SubsidyPayments.AsNoTracking().FirstAsync(p => p.Id == id, ct), ct);
    }

    public static async Task<bool> DeleteAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        await VersionedUpdate.RemoveAsync(db, await db.SubsidyPayments.InScope(scope).FirstOrDefaultAsync(p => p.Id == id, ct), ct);

    public static Task<SubsidyPayment?> GetAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        db.SubsidyPayments.AsNoTracking().InScope(scope).FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>Payments in scope, by cadre and year, latest month first.</summary>
    public static async Task<IReadOnlyList<SubsidyPaymentRow>> ListAsync(
        JicengDbContext db, DataScope scope, int? cadreId, int? year, int take, CancellationToken ct = default)
    {
        var q = db.SubsidyPayments.AsNoTracking().InScope(scope);
        if (cadreId is { } c)
        {
            q = q.Where(p => p.CadreId == c);
        }

        if (year is { } y)
        {
            var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            q = q.Where(p => p.Month >= from && p.Month <= to);
        }

        var rows = await q.OrderByDescending(p => p.Month).ThenBy(p => p.Subsidy).ThenByDescending(p => p.Id).Take(take)
            .Select(p => new { p, Cadre = p.Cadre!.Name, Unit = p.Cadre.OrgUnit!.Name }).ToListAsync(ct);
        return [.. rows.Select(r => new SubsidyPaymentRow(r.p.Id, r.p.CadreId, r.Cadre, r.Unit, r.p.Subsidy, MonthText(r.p.Month), r.p.EligibleFrom,
            r.p.EligibleTo, r.p.AmountYuan, r.p.PaidOn, r.p.Version))];
    }

    /// <summary>
    /// The monthly subsidy statement of the cadres in scope (or one cadre, or a unit's subtree): for every cadre, each line
    /// of P8.subsidies (in force on the month's last day) that applies to the cadre's category or was paid to the cadre,
    /// with what is due — the <c>subsidy</c> calculator over the payment's eligible days, else the whole month — and what
    /// was paid. Set-based: two queries; equal calculations are computed once.
    /// </summary>
    public static async Task<IReadOnlyList<SubsidyStatementLine>> StatementAsync(
        JicengDbContext db, DataScope scope, DateOnly month, PolicyProfile profile, int? cadreId = null, int? unitId = null, CancellationToken ct = default)
    {
        month = new DateOnly(month.Year, month.Month, 1);
        var monthEnd = month.AddMonths(1).AddDays(-1);
        var lines = (profile.ValueOn(ParameterIds.P8.Subsidies, monthEnd) as SubsidyStandards)?.Items ?? [];
        var categories = lines.SelectMany(l => l.AppliesTo).Distinct().ToList();
        var cadres = db.Cadres.AsNoTracking().InScope(scope);
        if (cadreId is { } id)
        {
            cadres = cadres.Where(c => c.Id == id);
        }

        if (unitId is { } u)
        {
            var path = await db.OrgUnits.AsNoTracking().Where(o => o.Id == u).Select(o => o.Path).FirstOrDefaultAsync(ct);
            if (path is null)
            {
                return [];
            }

            cadres = cadres.Where(c => c.OrgUnit!.Path.StartsWith(path));
        }

        var payments = (await db.SubsidyPayments.AsNoTracking().Where(p => p.Month == month && cadres.Any(c => c.Id == p.CadreId))
            .Select(p => new { p.Id, p.CadreId, p.Subsidy, p.EligibleFrom, p.EligibleTo, p.AmountYuan, p.PaidOn }).ToListAsync(ct)).ToLookup(p => p.CadreId);
        var paidIds = payments.Select(g => g.Key).ToList();
        var people = await cadres.Where(c => categories.Contains(c.Category) || paidIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, c.Category, Unit = c.OrgUnit!.Name }).OrderBy(c => c.Id).ToListAsync(ct);

        var memo = new Dictionary<(string, DateOnly?, DateOnly?), Calculation?>();
        Calculation? Due(string subsidy, DateOnly? from, DateOnly? to)
        {
            if (!memo.TryGetValue((subsidy, from, to), out var c))
            {
                memo[(subsidy, from, to)] = c = new SubsidyInput(subsidy, month, from, to).Compute(profile).Calculation;
            }

            return c;
        }

        var result = new List<SubsidyStatementLine>();
        var monthText = MonthText(month);
        foreach (var c in people)
        {
            var paid = payments[c.Id].ToList();
            var names = lines.Where(l => l.AppliesToCategory(c.Category)).Select(l => l.Name).Concat(paid.Select(p => p.Subsidy)).Distinct(StringComparer.Ordinal);
            foreach (var name in names)
            {
                var p = paid.FirstOrDefault(x => x.Subsidy == name);
                if (Due(name, p?.EligibleFrom, p?.EligibleTo) is { } due)
                {
                    result.Add(new SubsidyStatementLine(c.Id, c.Name, c.Unit, name, monthText, due, p?.Id, p?.AmountYuan, p?.PaidOn));
                }
            }
        }

        return result;
    }

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 20 ? text : text[..20] + "…";
}
