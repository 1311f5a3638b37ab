using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// Paid annual leave (第八条): the entitlement from full years of total service on 1 January of the leave year
/// (P8.leave_tiers; full N years on the N-th anniversary), and the extra payment for untaken days =
/// (P8.untaken_multiplier − 1) × monthly wage ÷ P8.days_per_month × untaken days, rounded half-up to 0.01 元 once.
/// The product is formed before the division so no intermediate value is rounded.
/// </summary>
public sealed class UntakenLeavePay : ICalculator
{
    public string Name => "leave";

    public string Title => "未休年休假工资报酬";

    public IReadOnlyList<CalcField> Fields { get; } =
    [
        new("service_start", "参加工作时间（累计工作起算日）", true, false, "yyyy-MM-dd"),
        new("year", "休假年度", true, false, "四位年份，如 2021"),
        new("monthly_wage", "月工资（元）", true, false, "不小于 0 的数，如 5000"),
        new("untaken", "未休天数", true, false, "不小于 0 的整数"),
    ];

    public IReadOnlyList<string> ParameterIds { get; } =
        [Policy.ParameterIds.P8.LeaveTiers, Policy.ParameterIds.P8.UntakenMultiplier, Policy.ParameterIds.P8.DaysPerMonth];

    public CalcParse Parse(CalcArgs args)
    {
        var r = new ArgReader(args, Fields);
        var start = r.Date("service_start");
        var year = r.Int("year", 1949, 2100);
        var wage = r.Decimal("monthly_wage", 0m);
        var untaken = r.Int("untaken", 0, 366);
        return r.Errors.Count > 0 || start is null || year is null || wage is null || untaken is null
            ? new CalcParse(null, r.Errors)
            : new CalcParse(new LeaveInput(start.Value, year.Value, wage.Value, untaken.Value), []);
    }
}

public sealed record LeaveInput(DateOnly ServiceStart, int Year, decimal MonthlyWage, int UntakenDays) : CalcRequest
{
    public override DateOnly? ReferenceDay => new DateOnly(Year, 12, 31);

    /// <summary>Full years of total service on 1 January of the leave year (0 when service began later).</summary>
    public int FullYearsOnJanuaryFirst
    {
        get
        {
            var jan1 = new DateOnly(Year, 1, 1);
            return ServiceStart > jan1 ? 0 : Ages.FullYears(ServiceStart, jan1);
        }
    }

    public override CalcOutcome Compute(PolicyProfile profile)
    {
        var tiers = profile.Get<LeaveTiers>(Policy.ParameterIds.P8.LeaveTiers);
        var multiplier = profile.Decimal(Policy.ParameterIds.P8.UntakenMultiplier);
        var daysPerMonth = profile.Decimal(Policy.ParameterIds.P8.DaysPerMonth);
        var years = FullYearsOnJanuaryFirst;
        var entitled = tiers.DaysFor(years);
        if (UntakenDays > entitled)
        {
            return CalcOutcome.Refused(new FieldError("untaken", string.Create(CultureInfo.InvariantCulture,
                $"未休天数（untaken）{UntakenDays} 天超过 {Year} 年应休的 {entitled} 天（截至 {Year}-01-01 累计工作满 {years} 年，P8.leave_tiers）")));
        }

        var inputs = new List<WorkingItem>
        {
            new("service_start", "参加工作时间", Money.Day(ServiceStart)),
            new("year", "休假年度", Year.ToString(CultureInfo.InvariantCulture)),
            new("monthly_wage", "月工资", Money.Plain(MonthlyWage) + " 元"),
            new("untaken", "未休天数", UntakenDays.ToString(CultureInfo.InvariantCulture) + " 天"),
        };
        var parameters = new List<WorkingItem>
        {
            new(Policy.ParameterIds.P8.LeaveTiers, "带薪年休假天数档次",
                "不满 " + (tiers.Tiers.Count > 0 ? tiers.Tiers[0].FromYears.ToString(CultureInfo.InvariantCulture) : "1") + " 年 0 天；" +
                string.Join("；", tiers.Tiers.Select(t => string.Create(CultureInfo.InvariantCulture, $"满 {t.FromYears} 年 {t.Days} 天")))),
            new(Policy.ParameterIds.P8.UntakenMultiplier, "未休年休假工资报酬倍数（含正常工资）", Money.Plain(multiplier) + " 倍"),
            new(Policy.ParameterIds.P8.DaysPerMonth, "月计薪天数", Money.Plain(daysPerMonth) + " 天"),
        };

        var jan1 = new DateOnly(Year, 1, 1);
        var steps = new List<string>
        {
            ServiceStart > jan1
                ? $"{Money.Day(ServiceStart)} 参加工作，晚于 {Money.Day(jan1)}：累计工作满 0 年"
                : string.Create(CultureInfo.InvariantCulture,
                    $"自 {Money.Day(ServiceStart)} 起至 {Money.Day(jan1)} 累计工作满 {years} 年（满 {years + 1} 年之日为 {Money.Day(Ages.AddYearsClamped(ServiceStart, years + 1))}）"),
            string.Create(CultureInfo.InvariantCulture, $"按 P8.leave_tiers，满 {years} 年应休年休假 {entitled} 天；未休 {UntakenDays} 天"),
        };

        var daily = daysPerMonth == 0 ? 0m : MonthlyWage / daysPerMonth;
        var exact = (multiplier - 1) * MonthlyWage * UntakenDays / daysPerMonth;
        var amount = Money.Round(exact);
        steps.Add(string.Create(CultureInfo.InvariantCulture,
            $"日工资 = {Money.Plain(MonthlyWage)} ÷ {Money.Plain(daysPerMonth)} = {Money.Exact(daily)} 元（不单独取整）"));
        steps.Add(string.Create(CultureInfo.InvariantCulture,
            $"另行支付 = ({Money.Plain(multiplier)} − 1) × {Money.Plain(MonthlyWage)} ÷ {Money.Plain(daysPerMonth)} × {UntakenDays} = {Money.Exact(exact)} → 四舍五入到分 {Money.Format(amount)} 元"));
        return CalcOutcome.Of(new Calculation("leave", "未休年休假工资报酬", Calculation.ClauseEight, amount, inputs, parameters, steps, []));
    }
}
