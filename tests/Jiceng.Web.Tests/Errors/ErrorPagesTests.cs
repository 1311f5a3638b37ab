using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Testing;
using Jiceng.Web.Tests.Auth;

namespace Jiceng.Web.Tests.Errors;

/// <summary>What a person sees when something is refused or missing: the app's Chinese pages and Chinese problem titles, never the framework's English.</summary>
[Collection(ErrorsCollection.Name)]
public sealed class ErrorPagesTests(CapturingWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APageTheUserMayNotSee_LeadsToTheChineseAccessDeniedPage()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var response = await Forms.GetAsync(client, "/audit");
        var target = Forms.RedirectTarget(response);
        Assert.NotNull(target);
        var page = await Forms.GetAsync(client, target);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("无权访问", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/Account/AccessDenied")]
    [InlineData("/cadres/2147483647/nothing")]
    public async Task AnUnknownUrl_ShowsTheChineseNotFoundPage_ToASignedInUser(string path)
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var response = await Forms.GetAsync(client, path);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", html, StringComparison.Ordinal);
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ApiNotFoundAndForbidden_HaveChineseTitles()
    {
        var district = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var missing = await district.GetAsync(new Uri("/api/v1/cadres/2147483647", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("未找到", (await missing.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("title").GetString());

        var auditor = await app.SignedInClientAsync(await app.AuditorUserAsync());
        var forbidden = await auditor.DeleteAsync(new Uri("/api/v1/cadres/2147483647", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("无权访问", (await forbidden.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("ageBand=99", "ageBand")]
    [InlineData("education=99", "education")]
    [InlineData("category=99", "category")]
    [InlineData("sex=5", "sex")]
    [InlineData("sort=99", "sort")]
    [InlineData("page=0", "page")]
    [InlineData("page=1000001", "page")]
    [InlineData("page=2147483647", "page")]
    public async Task AnUnknownCodeOrAnImpossiblePage_InTheCadreList_Is400NamingTheField(string query, string field)
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var response = await client.GetAsync(new Uri($"/api/v1/cadres?{query}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task TheLastPossiblePage_IsEmpty_NotTheFirst()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/cadres?page=1000000&pageSize=200", Ct);
        Assert.Equal(1_000_000, page.GetProperty("page").GetInt32());
        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task AFailedPasswordChange_DoesNotSendThePasswordsBack()
    {
        var user = await app.EnsureDistrictUserAsync("t-pwfail", Data.Identity.Roles.OrgDepartment);
        var client = await app.SignedInClientAsync(user);
        const string wrongCurrent = "Wrong-Current-9x!", newOne = "Brand-New-Pass-7y!";
        var mismatch = await Forms.SubmitAsync(client, "/account/change-password", "change-password", new Dictionary<string, string>
        {
            ["Input.Current"] = JicengWebFactory.TestPassword, ["Input.New"] = newOne, ["Input.Confirm"] = newOne + "z",
        });
        var refused = await Forms.SubmitAsync(client, "/account/change-password", "change-password", new Dictionary<string, string>
        {
            ["Input.Current"] = wrongCurrent, ["Input.New"] = newOne, ["Input.Confirm"] = newOne,
        });
        foreach (var response in new[] { mismatch, refused })
        {
            var html = await response.Content.ReadAsStringAsync(Ct);
            Assert.Contains("form-error", html, StringComparison.Ordinal);
            Assert.DoesNotContain(newOne, html, StringComparison.Ordinal);
            Assert.DoesNotContain(wrongCurrent, html, StringComparison.Ordinal);
            Assert.DoesNotContain(JicengWebFactory.TestPassword, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AFailedSignIn_DoesNotSendThePasswordBack()
    {
        var client = app.NewClient();
        var response = await JicengWebFactory.PostLoginAsync(client, "nobody", "Typed-Secret-5q!");
        Assert.DoesNotContain("Typed-Secret-5q!", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
