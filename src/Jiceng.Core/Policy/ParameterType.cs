namespace Jiceng.Core.Policy;

/// <summary>
/// What kind of value a parameter holds, which decides how a profile file writes it, how it is validated and which
/// CLR type <see cref="PolicyProfile"/> returns (<see cref="ParameterTypes.ClrType"/>).
/// </summary>
public enum ParameterType
{
    /// <summary>A count (人, 次, 个): a whole number ≥ 0.</summary>
    NonNegativeInt = 1,
    /// <summary>A number of days, whole, ≥ 0.</summary>
    Days = 2,
    /// <summary>A number of months, whole, ≥ 0.</summary>
    Months = 3,
    /// <summary>A number of years (or an age in years), whole, ≥ 0.</summary>
    Years = 4,
    /// <summary>A number of hours, whole, ≥ 0.</summary>
    Hours = 5,
    /// <summary>A calendar year, 1949 … 2100.</summary>
    CalendarYear = 6,
    /// <summary>A share 0 … 1 (0.2 = 20 %).</summary>
    Ratio = 7,
    /// <summary>A decimal ≥ 0 (a multiplier, points).</summary>
    NonNegativeDecimal = 8,
    /// <summary>A decimal &gt; 0 (something that is divided by or multiplies a wage).</summary>
    PositiveDecimal = 9,
    /// <summary>An amount in 元, ≥ 0, at most 2 decimals (分).</summary>
    Money = 10,
    /// <summary>An amount in 万元, ≥ 0, at most 6 decimals (exact to the 分).</summary>
    MoneyWan = 11,
    /// <summary>An inclusive range of whole numbers ≥ 0 written <c>{min: 2, max: 3}</c>; <see cref="IntRange"/>.</summary>
    IntRange = 12,
    /// <summary><c>floor</c> | <c>round</c> | <c>ceil</c>; <see cref="RoundingMode"/>.</summary>
    Rounding = 13,
    /// <summary>Non-empty text.</summary>
    Text = 14,
    /// <summary>A calendar date written YYYY-MM-DD; <see cref="DateOnly"/>.</summary>
    Date = 15,
    /// <summary>Months of influence per sanction kind; <see cref="Policy.InfluencePeriods"/>.</summary>
    InfluenceTable = 16,
    /// <summary>Subsidy standards with old and new amounts; <see cref="Policy.SubsidyStandards"/>.</summary>
    SubsidyList = 17,
    /// <summary>Annual-leave tiers by years of service; <see cref="Policy.LeaveTiers"/>.</summary>
    LeaveTierList = 18,
}

/// <summary>What each <see cref="ParameterType"/> means in code and in messages.</summary>
public static class ParameterTypes
{
    /// <summary>The CLR type of a loaded value: what <see cref="PolicyProfile.Get{T}"/> must be asked for.</summary>
    public static Type ClrType(this ParameterType type) => type switch
    {
        ParameterType.NonNegativeInt or ParameterType.Days or ParameterType.Months or ParameterType.Years
            or ParameterType.Hours or ParameterType.CalendarYear => typeof(int),
        ParameterType.Ratio or ParameterType.NonNegativeDecimal or ParameterType.PositiveDecimal
            or ParameterType.Money or ParameterType.MoneyWan => typeof(decimal),
        ParameterType.IntRange => typeof(IntRange),
        ParameterType.Rounding => typeof(RoundingMode),
        ParameterType.Text => typeof(string),
        ParameterType.Date => typeof(DateOnly),
        ParameterType.InfluenceTable => typeof(InfluencePeriods),
        ParameterType.SubsidyList => typeof(SubsidyStandards),
        ParameterType.LeaveTierList => typeof(LeaveTiers),
    };

    /// <summary>How the type is described to a user in a message, e.g. "不小于 0 的整数".</summary>
    public static string Describe(this ParameterType type) => type switch
    {
        ParameterType.NonNegativeInt or ParameterType.Days or ParameterType.Months or ParameterType.Years
            or ParameterType.Hours => "不小于 0 的整数",
        ParameterType.CalendarYear => "年份（1949–2100 的整数）",
        ParameterType.Ratio => "0 到 1 之间的小数（0.2 表示 20%）",
        ParameterType.NonNegativeDecimal => "不小于 0 的数",
        ParameterType.PositiveDecimal => "大于 0 的数",
        ParameterType.Money => "金额（元，不小于 0，最多两位小数）",
        ParameterType.MoneyWan => "金额（万元，不小于 0）",
        ParameterType.IntRange => "范围 {min: 下限, max: 上限}",
        ParameterType.Rounding => "取整方式 floor | round | ceil",
        ParameterType.Text => "文字",
        ParameterType.Date => "日期（YYYY-MM-DD）",
        ParameterType.InfluenceTable => "处分种类 → 月数 的映射",
        ParameterType.SubsidyList => "补贴标准列表",
        ParameterType.LeaveTierList => "年休假档次列表",
    };
}
