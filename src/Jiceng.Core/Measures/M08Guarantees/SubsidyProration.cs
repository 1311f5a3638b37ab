using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// Monthly subsidy of one cadre under one line of P8.subsidies (第八条): for each day of the month the cadre is
/// eligible (from <see cref="SubsidyInput.From"/> through <see cref="SubsidyInput.To"/>, clipped to the month), the
/// monthly standard in force that day; amount = Σ daily standards ÷ days in the month, rounded half-up to 0.01 元 at
/// the end. A standard changing mid-month, or a profile whose P8.subsidies is dated, is read day by day.
/// </summary>
public sealed class SubsidyProration : ICalculator
{
    public string Name => "subsidy";

    public string Title => "月度补贴按日折算";

    public IReadOnlyList<CalcField> Fields { get; } =
    [
        new("subsidy", "补贴名称", true, false, "P8.subsidies 中的名称，如 乡镇工作补贴"),
        new("month", "计算月份", true, false, "yyyy-MM"),
        new("from", "享受补贴起始日", false, false, "yyyy-MM-dd（默认：月初；早于月初按月初计）"),
        new("to", "享受补贴截止日（含）", false, false, "yyyy-MM-dd（默认：月末；晚于月末按月末计）"),
    ];

    public IReadOnlyList<string> ParameterIds { get; } = [Policy.ParameterIds.P8.Subsidies];

    public CalcParse Parse(CalcArgs args)
    {
        var r = new ArgReader(args, Fields);
        var name = r.Text("subsidy");
        var month = r.Month("month");
        var from = r.Date("from");
        var to = r.Date("to");
        if (from is { } f && to is { } t && f > t)
        {
            r.Errors.Add(new FieldError("to", $"享受补贴截止日（to）{Money.Day(t)} 早于起始日 {Money.Day(f)}"));
        }

        return r.Errors.Count > 0 || name is null || month is null
            ? new CalcParse(null, r.Errors)
            : new CalcParse(new SubsidyInput(name, month.Value, from, to), []);
    }
}

/// <param name="Month">The month's first day.</param>
/// <param name="From">The first eligible day (null: the month's first).</param>
/// <param name="To">The last eligible day, inclusive (null: the month's last).</param>
public sealed record SubsidyInput(string Subsidy, DateOnly Month, DateOnly? From = null, DateOnly? To = null) : CalcRequest
{
    public DateOnly MonthStart => new(Month.Year, Month.Month, 1);

    public DateOnly MonthEnd => MonthStart.AddMonths(1).AddDays(-1);

    public override DateOnly? ReferenceDay => MonthEnd;

    public override CalcOutcome Compute(PolicyProfile profile)
    {
        var daysInMonth = MonthEnd.Day;
        var first = From is { } f && f > MonthStart ? f : MonthStart;
        var last = To is { } t && t < MonthEnd ? t : MonthEnd;
        var monthText = string.Create(CultureInfo.InvariantCulture, $"{Month.Year}年{Month.Month}月");
        var inputs = new List<WorkingItem>
        {
            new("subsidy", "补贴名称", Subsidy),
            new("month", "计算月份", Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
            new("from", "享受补贴起始日", From is { } ff ? Money.Day(ff) : "（月初）"),
            new("to", "享受补贴截止日", To is { } tt ? Money.Day(tt) : "（月末）"),
        };

        // Day by day: the line in force that day (P8.subsidies may itself be dated) and its standard that day.
        var segments = new List<(DateOnly Start, DateOnly End, decimal Standard)>();
        var lines = new List<SubsidyStandard>();
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            var standards = profile.ValueOn(Policy.ParameterIds.P8.Subsidies, d) as SubsidyStandards;
            if (standards?.Find(Subsidy) is not { } line)
            {
                var names = standards is null ? "（配置未设置补贴标准）" : string.Join("、", standards.Items.Select(s => s.Name));
                return CalcOutcome.Refused(new FieldError("subsidy", $"政策配置的 P8.subsidies 中没有名为“{Subsidy}”的补贴（{Money.Day(d)} 在用的有：{names}）"));
            }

            if (!lines.Contains(line))
            {
                lines.Add(line);
            }

            var standard = line.MonthlyAmountOn(d);
            if (segments.Count > 0 && segments[^1].Standard == standard && segments[^1].End.AddDays(1) == d)
            {
                segments[^1] = (segments[^1].Start, d, standard);
            }
            else
            {
                segments.Add((d, d, standard));
            }
        }

        var parameters = lines.Count == 0 && profile.ValueOn(Policy.ParameterIds.P8.Subsidies, MonthEnd) is SubsidyStandards s && s.Find(Subsidy) is { } l
            ? [Describe(l)]
            : lines.Select(Describe).ToList();
        var steps = new List<string>();
        var detail = new List<CalculationLine>();
        if (segments.Count == 0)
        {
            steps.Add($"{monthText}共 {daysInMonth} 天，其中没有享受补贴的日子");
            steps.Add("月补贴 = 0.00 元");
            return CalcOutcome.Of(new Calculation("subsidy", "月度补贴按日折算", Calculation.ClauseEight, 0.00m, inputs, parameters, steps, []));
        }

        var eligible = segments.Sum(x => x.End.DayNumber - x.Start.DayNumber + 1);
        steps.Add(string.Create(CultureInfo.InvariantCulture,
            $"{monthText}共 {daysInMonth} 天；享受补贴 {Money.Day(first)} 至 {Money.Day(last)}，共 {eligible} 天"));
        var total = 0m;
        foreach (var (start, end, standard) in segments)
        {
            var days = end.DayNumber - start.DayNumber + 1;
            total += standard * days;
            var label = string.Create(CultureInfo.InvariantCulture, $"{Money.Day(start)} 至 {Money.Day(end)}");
            steps.Add(string.Create(CultureInfo.InvariantCulture, $"{label}：标准 {Money.Plain(standard)} 元/月 × {days} 天 = {Money.Plain(standard * days)}"));
            detail.Add(new CalculationLine(label, null, null,
                string.Create(CultureInfo.InvariantCulture, $"{days} 天，每月 {Money.Plain(standard)} 元")));
        }

        var exact = total / daysInMonth;
        var amount = Money.Round(exact);
        var sum = string.Join(" + ", segments.Select(x => string.Create(CultureInfo.InvariantCulture,
            $"{x.End.DayNumber - x.Start.DayNumber + 1} × {Money.Plain(x.Standard)}")));
        steps.Add(string.Create(CultureInfo.InvariantCulture,
            $"月补贴 = ({sum}) ÷ {daysInMonth} = {Money.Plain(total)} ÷ {daysInMonth} = {Money.Exact(exact)} → 四舍五入到分 {Money.Format(amount)} 元"));
        return CalcOutcome.Of(new Calculation("subsidy", "月度补贴按日折算", Calculation.ClauseEight, amount, inputs, parameters, steps, detail));
    }

    private static WorkingItem Describe(SubsidyStandard s) =>
        new(Policy.ParameterIds.P8.Subsidies, "补贴标准调整",
            $"{s.Name}：每人每月 {Money.Plain(s.Old)} 元，自 {Money.Day(s.Effective)} 起调整为 {Money.Plain(s.New)} 元");
}
