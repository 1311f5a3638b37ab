namespace Jiceng.Data.Demo;

/// <summary>Draws used by the generator; all of them go through the one seeded <see cref="Random"/>.</summary>
internal static class DemoRandom
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>An integer in [min, max], both included.</summary>
    public static int Between(this Random random, int min, int max) => random.Next(min, max + 1);

    /// <summary>A day in [from, to], both included; <paramref name="from"/> when the range is empty.</summary>
    public static DateOnly Between(this Random random, DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(random.Next(0, to.DayNumber - from.DayNumber + 1));

    /// <summary>The first day of a month in [from, to]; <paramref name="from"/> when there is none.</summary>
    public static DateOnly MonthStartBetween(this Random random, DateOnly from, DateOnly to)
    {
        var first = new DateOnly(from.Year, from.Month, 1);
        if (first < from)
        {
            first = first.AddMonths(1);
        }

        var months = ((to.Year - first.Year) * 12) + to.Month - first.Month;
        return months < 0 ? from : first.AddMonths(random.Next(0, months + 1));
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static T Pick<T>(this Random random, IReadOnlyList<(T Value, int Weight)> items)
    {
        var total = 0;
        foreach (var item in items)
        {
            total += item.Weight;
        }

        var roll = random.Next(total);
        foreach (var (value, weight) in items)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return items[^1].Value;
    }

    public static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
