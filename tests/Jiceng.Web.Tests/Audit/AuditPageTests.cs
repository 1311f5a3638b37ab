using System.Net;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Testing;
using Jiceng.Web.Tests.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Jiceng.Web.Tests.Audit;

/// <summary>The audit page and its export: only the audit roles; the export is audited and safe to open.</summary>
[Collection(WebCollection.Name)]
public sealed class AuditPageTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<List<AuditEntry>> SinceAsync(long mark)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<JicengDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Id > mark).OrderBy(e => e.Id).ToListAsync(Ct);
    }

    private async Task<long> MarkAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<JicengDbContext>().AuditEntries.MaxAsync(e => (long?)e.Id, Ct) ?? 0;
    }

    [Theory]
    [InlineData("/audit")]
    [InlineData("/audit/export")]
    public async Task OtherRoles_AreRefused_AndTheRefusalIsAudited(string path)
    {
        var user = await app.DistrictUserAsync();
        var client = await app.SignedInClientAsync(user);
        var mark = await MarkAsync();
        var response = await Forms.GetAsync(client, path);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var denied = Assert.Single(await SinceAsync(mark));
        Assert.Equal((AuditAction.AccessDenied, user), (denied.Action, denied.UserName));
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var response = await Forms.GetAsync(app.NewClient(handleCookies: false), "/audit/export");
        Assert.Equal("/account/login", Forms.RedirectTarget(response)?.Split('?')[0]);
    }

    [Fact]
    public async Task Auditor_SeesThePage_AndTheNavLink()
    {
        var client = await app.SignedInClientAsync(await app.AuditorUserAsync());
        var response = await Forms.GetAsync(client, "/audit");
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("审计日志", html, StringComparison.Ordinal);
        Assert.Contains("href=\"audit\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataStaff_DoNotSeeTheNavLink()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var html = await (await Forms.GetAsync(client, "/")).Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("href=\"audit\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_IsXlsx_FilteredAndNeutralised_AndIsAudited()
    {
        var hostile = "=HYPERLINK(\"http://x\")";
        await JicengWebFactory.PostLoginAsync(app.NewClient(), hostile, "whatever-1A!");
        var auditor = await app.AuditorUserAsync();
        var client = await app.SignedInClientAsync(auditor);
        var mark = await MarkAsync();

        var response = await Forms.GetAsync(client, "/audit/export?action=SignInFailed");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(nameof(AuditAction.SignInFailed), r["操作"]));
        Assert.Contains(rows, r => (string)r["用户"] == "'" + hostile);
        Assert.DoesNotContain(rows, r => ((string)r["用户"]).StartsWith('='));

        var export = Assert.Single(await SinceAsync(mark));
        Assert.Equal((AuditAction.Export, auditor), (export.Action, export.UserName));
    }
}
