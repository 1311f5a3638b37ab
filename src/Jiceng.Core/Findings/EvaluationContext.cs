namespace Jiceng.Core.Findings;

/// <summary>
/// What an evaluation is about: the calendar <see cref="Year"/> judged and the day <see cref="AsOf"/> the records are
/// read (the year's last day for a past year; a day inside the year for the current one, so yearly minimums are
/// warnings until the year is over).
/// </summary>
public sealed record EvaluationContext(int Year, DateOnly AsOf)
{
    public DateOnly YearStart => new(Year, 1, 1);

    public DateOnly YearEnd => new(Year, 12, 31);

    public bool YearIsOver => AsOf >= YearEnd;

    /// <summary>The as-of day for a year judged on <paramref name="today"/>: the year's end once it is past.</summary>
    public static EvaluationContext ForYear(int year, DateOnly today) =>
        new(year, today.Year > year ? new DateOnly(year, 12, 31) : today.Year == year ? today : new DateOnly(year, 1, 1));
}
