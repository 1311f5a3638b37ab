using MudBlazor;

namespace Jiceng.Web.Compliance;

/// <summary>
/// Bar-chart options for finding counts: violations red, warnings orange (as everywhere else), and a y-axis scaled
/// to the data — about five whole-number ticks and a top above the highest bar, so no bar is cut off.
/// </summary>
public static class SeverityChart
{
    public static BarChartOptions Options(double max)
    {
        var step = TickStep(max);
        return new BarChartOptions
        {
            ChartPalette = ["#c62828", "#ef6c00"],
            YAxisTicks = (int)step,
            YAxisSuggestedMax = Math.Ceiling(Math.Max(max, 1) / step) * step,
            YAxisFormat = "0",
            ShowValues = true,
        };
    }

    /// <summary>1, 2 or 5 × 10ⁿ, so that the axis up to <paramref name="max"/> has at most about five steps.</summary>
    public static double TickStep(double max)
    {
        var rough = Math.Max(max, 1) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 5, 10 }.Select(f => f * magnitude).First(s => s >= rough);
        return Math.Max(1, step);
    }
}
