using Jiceng.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// The real app on Kestrel (temporary SQLite, small demo) and Debian's Chromium, shared by the browser tests of a
/// class. Nothing is downloaded: Playwright drives /usr/bin/chromium through ExecutablePath.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public JicengWebFactory App { get; } = new();

    public string BaseUrl { get; private set; } = "";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <summary>Starts server and browser on first use, inside a test, so a missing Chromium is that test's skip.</summary>
    public async Task<IPage> NewSignedInPageAsync(string path, int width = 1366, int height = 860, string? userName = null)
    {
        var page = await NewPageAsync(width, height);
        var user = userName ?? await App.DistrictUserAsync();
        await page.GotoAsync($"{BaseUrl}{path}");
        await page.WaitForURLAsync("**/account/login**");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", JicengWebFactory.TestPassword);
        await Task.WhenAll(page.WaitForURLAsync($"**{path}"), page.ClickAsync("form:not(.language-switch) button[type=submit]"));
        return page;
    }

    /// <summary>A page not yet signed in (server and browser started on first use).</summary>
    public async Task<IPage> NewPageAsync(int width = 1366, int height = 860)
    {
        var chromium = TestEnvironment.RequireChromium();
        if (_browser is null)
        {
            App.UseKestrel(0);
            App.StartServer();
            BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                // As root in a closed network: no sandbox, and no background calls to Google's hosts.
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
            });
        }

        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "zh-CN" });
        page.SetDefaultTimeout(30_000);
        return page;
    }

    public static async Task SaveAsync(IPage page, string name, bool fullPage = true)
    {
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = fullPage });
        var dir = Path.Combine(ExampleProfile.RepoRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(dir);
        await File.WriteAllBytesAsync(Path.Combine(dir, $"{name}.png"), bytes);
        TestContext.Current.AddAttachment($"{name}.png", bytes, "image/png");
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
