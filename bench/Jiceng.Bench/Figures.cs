using System.Globalization;

namespace Jiceng.Bench;

/// <summary>The one line per figure every scenario ends with: <c>figure: NAME value=V limit=L ratio=V/L target=… pass=…</c>.</summary>
public static class Figures
{
    /// <summary>A figure judged by its ratio to the limit: <c>target=&lt;=BAR</c>, passing when value / limit ≤ bar.</summary>
    public static void Ratio(TextWriter output, string name, double value, double limit, double bar) =>
        Print(output, name, value, limit, string.Create(CultureInfo.InvariantCulture, $"<={bar:0.###}"), value / limit <= bar);

    /// <summary>A figure whose bar is not its ratio (e.g. an absolute p95 with a static file's p95 beside it as the limit).</summary>
    public static void Print(TextWriter output, string name, double value, double limit, string target, bool pass) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"figure: {name} value={value:0.###} limit={limit:0.###} ratio={(limit == 0 ? 0 : value / limit):0.###} target={target} pass={(pass ? "true" : "false")}"));
}
