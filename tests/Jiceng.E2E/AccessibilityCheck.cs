using System.Text.Json;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>Runs the vendored axe-core on a page and returns the WCAG 2.1 A/AA violations, one line each.</summary>
public static class AccessibilityCheck
{
    private static readonly Lazy<string> Source = new(() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Axe", "axe.min.js")));

    /// <param name="page">The page to check.</param>
    /// <param name="within">A CSS selector to check only that part of the page (all of it when null).</param>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string? within = null)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            // Evaluated through the DevTools protocol, so the app's Content-Security-Policy does not stop it.
            await page.EvaluateAsync($"() => {{ {Source.Value}\n }}");
        }

        var json = await page.EvaluateAsync<string>("""
            async within => {
              const result = await window.axe.run(within ?? document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return JSON.stringify(result.violations.map(v => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })));
            }
            """, within);
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.EnumerateArray().Select(v =>
            $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} — {string.Join(" | ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))}")];
    }
}
