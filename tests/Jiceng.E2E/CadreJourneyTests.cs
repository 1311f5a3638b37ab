using Jiceng.Core.Cadres;
using Jiceng.Core.Posts;
using Jiceng.Data;
using Jiceng.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// The first thing a user does: sign in, find a cadre by name, open the cadre's page. Driven in Debian's Chromium
/// (never a downloaded browser) against the real app on Kestrel; the screenshots are kept as test artifacts.
/// </summary>
public sealed class CadreJourneyTests : IAsyncLifetime
{
    private readonly JicengWebFactory _app = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task SignIn_SearchByName_OpenTheCadrePage()
    {
        try
        {
            await RunJourneyAsync();
        }
        catch when (_page is not null)
        {
            await Save(_page, "failure");
            throw;
        }
    }

    private IPage? _page;

    private async Task RunJourneyAsync()
    {
        var chromium = TestEnvironment.RequireChromium();
        _app.UseKestrel(0);
        _app.StartServer();
        var baseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var user = await _app.DistrictUserAsync();
        var target = await TownshipLeaderAsync();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // As root in a closed network: no sandbox, and no background calls to Google's hosts.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 860 }, Locale = "zh-CN" });
        page.SetDefaultTimeout(30_000);
        _page = page;

        await page.GotoAsync($"{baseUrl}/cadres");
        await page.WaitForURLAsync("**/account/login**");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", JicengWebFactory.TestPassword);
        await Task.WhenAll(page.WaitForURLAsync("**/cadres"), page.ClickAsync("button[type=submit]"));

        // The list loads its rows once the page is interactive; typing before that would be lost.
        await page.Locator("a.cadre-link").First.WaitForAsync();
        var search = page.Locator(".filters input").First;
        await search.FillAsync(target.Name);
        var link = page.Locator("a.cadre-link", new PageLocatorOptions { HasTextString = target.Name }).First;
        await link.WaitForAsync();
        await Assertions.Expect(page.Locator("table tbody tr")).ToHaveCountAsync(target.SameNameCount);
        await Save(page, "cadre-search");

        await link.ClickAsync();
        await page.WaitForURLAsync($"**/cadres/{target.Id}");
        await Assertions.Expect(page.Locator("#cadre-name")).ToHaveTextAsync(target.Name);
        await Assertions.Expect(page.GetByText("身份证号码").First).ToBeVisibleAsync();
        await Save(page, "cadre-page");

        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { NameString = "任职情况" }).ClickAsync();
        await Assertions.Expect(page.GetByText(target.Post).First).ToBeVisibleAsync();
        await Save(page, "cadre-posts");
    }

    private sealed record Target(int Id, string Name, string Post, int SameNameCount);

    // A serving township party secretary: someone a user would look up, with a post history to show.
    private async Task<Target> TownshipLeaderAsync()
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var post = await db.PostAssignments.Include(p => p.Cadre)
            .Where(p => p.Kind == PostKind.TownshipPartySecretary && p.End == null)
            .OrderBy(p => p.Id).FirstAsync();
        var sameName = await db.Cadres.CountAsync(c => c.Name.Contains(post.Cadre!.Name));
        return new Target(post.CadreId, post.Cadre!.Name, post.Title ?? "党委书记", sameName);
    }

    private static async Task Save(IPage page, string name)
    {
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });
        var dir = Path.Combine(RepoRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(dir);
        await File.WriteAllBytesAsync(Path.Combine(dir, $"{name}.png"), bytes);
        TestContext.Current.AddAttachment($"{name}.png", bytes, "image/png");
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jiceng.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? AppContext.BaseDirectory;
    }
}
