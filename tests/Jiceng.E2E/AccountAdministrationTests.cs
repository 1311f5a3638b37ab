using Jiceng.Data.Identity;
using Jiceng.Testing;
using Microsoft.Playwright;

namespace Jiceng.E2E;

/// <summary>
/// An administrator's first sign-in enrols an authenticator from a QR code drawn by the app, then the system
/// administrator creates an account on 账号管理 and sees its one-time password once; both pages fit 1280 and 360 pixels.
/// </summary>
public sealed class AccountAdministrationTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SystemAdministrator_EnrolsFromTheQrCode_AndCreatesAnAccount()
    {
        var page = await browser.NewPageAsync(1280, 900);
        var name = await browser.App.EnsureDistrictUserAsync("e2e-sysadmin", Roles.SystemAdmin);
        await page.GotoAsync($"{browser.BaseUrl}/account/login");
        await page.FillAsync("#username", name);
        await page.FillAsync("#password", JicengWebFactory.TestPassword);
        await Task.WhenAll(page.WaitForURLAsync("**/account/two-factor"), page.ClickAsync("form:not(.language-switch) button[type=submit]"));

        var qr = page.Locator("#totp-qr");
        await qr.WaitForAsync();
        Assert.StartsWith("data:image/png;base64,", await qr.GetAttributeAsync("src"), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => { const i = document.querySelector('#totp-qr'); return i.complete && i.naturalWidth > 100; }"));
        await BrowserFixture.SaveAsync(page, "two-factor-qr-1280");
        await AssertFitsAsync(page, 360, "two-factor-qr-360");

        var key = (await page.InnerTextAsync("#shared-key")).Replace(" ", "", StringComparison.Ordinal);
        await page.FillAsync("#code", CurrentCode(key));
        await Task.WhenAll(page.WaitForSelectorAsync("#recovery-codes"), page.ClickAsync("form:not(.language-switch) button[type=submit]"));
        Assert.Equal(10, await page.Locator("#recovery-codes li").CountAsync());
        await BrowserFixture.SaveAsync(page, "two-factor-recovery-codes-360");

        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync($"{browser.BaseUrl}/admin/accounts");
        await page.Locator("h1[data-interactive=true]").WaitForAsync();
        await page.Locator(":is(#new-username input, input#new-username)").FillAsync("e2e-township");
        await page.Locator(":is(#new-displayname input, input#new-displayname)").FillAsync("乡镇新账号");
        await page.ClickAsync("#new-account");
        var notice = page.Locator("#one-time-password");
        await notice.WaitForAsync();
        Assert.Matches("^[A-Za-z0-9]{16}$", await notice.Locator(".one-time-password").InnerTextAsync());
        await page.GetByText("e2e-township").First.WaitForAsync();
        await BrowserFixture.SaveAsync(page, "accounts-1280");
        await AssertFitsAsync(page, 360, "accounts-360");
    }

    private static async Task AssertFitsAsync(IPage page, int width, string screenshot)
    {
        await page.SetViewportSizeAsync(width, 800);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        await BrowserFixture.SaveAsync(page, screenshot);
        Assert.True(overflow <= 0, $"{screenshot}: {overflow}px wider than the screen");
    }

    // The code an authenticator app would show now (the app's own RFC 6238 computation, checked against the RFC elsewhere).
    private static string CurrentCode(string key) =>
        OneTimeAuthenticatorTokenProvider.Code(Base32.Decode(key)!, DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30)
            .ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
