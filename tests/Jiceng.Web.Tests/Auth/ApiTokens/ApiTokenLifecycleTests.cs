using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Data;
using Jiceng.Data.Identity;
using Jiceng.Data.Identity.ApiTokens;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Auth.ApiTokens;

/// <summary>A user creates, lists and revokes their own tokens; the secret is shown once and stored only as a hash.</summary>
[Collection(WebCollection.Name)]
public sealed class ApiTokenLifecycleTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> QueryAsync<T>(Func<JicengDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    [Fact]
    public async Task Created_Token_AuthenticatesAsItsUser_IsListedWithoutSecret_AndRevocationEndsIt_AtOnce()
    {
        var user = await app.EnsureDistrictUserAsync("t-token-life", Roles.OrgDepartment);
        var (id, token) = await Tokens.CreateAsync(app, user, name: "月报脚本");
        Assert.StartsWith(ApiTokenSecret.Prefix, token, StringComparison.Ordinal);

        var script = Tokens.Client(app, token);
        Assert.Equal(HttpStatusCode.OK, (await Tokens.GetAsync(script, "/api/v1/org-units")).StatusCode);

        var owner = await app.SignedInClientAsync(user);
        var listed = await owner.GetStringAsync(new Uri("/api/v1/account/tokens", UriKind.Relative), Ct);
        Assert.DoesNotContain(token, listed, StringComparison.Ordinal);
        var row = JsonDocument.Parse(listed).RootElement.EnumerateArray().Single(t => t.GetProperty("id").GetInt32() == id);
        Assert.Equal("月报脚本", row.GetProperty("name").GetString());
        Assert.Equal("Active", row.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, row.GetProperty("lastUsedAt").ValueKind);
        Assert.StartsWith(token[..8], row.GetProperty("hint").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync(new Uri($"/api/v1/account/tokens/{id}", UriKind.Relative), Ct)).StatusCode);
        var refused = await Tokens.GetAsync(script, "/api/v1/org-units");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("吊销", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var after = await owner.GetFromJsonAsync<JsonElement>("/api/v1/account/tokens", Ct);
        Assert.Equal("Revoked", after.EnumerateArray().Single(t => t.GetProperty("id").GetInt32() == id).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Stored_Token_IsOnlyTheSha256OfTheSecret()
    {
        var user = await app.EnsureDistrictUserAsync("t-token-hash", Roles.OrgDepartment);
        var (id, token) = await Tokens.CreateAsync(app, user);
        var stored = await QueryAsync(db => db.ApiTokens.AsNoTracking().SingleAsync(t => t.Id == id));
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
        Assert.Equal(expected, stored.SecretHash);
        Assert.DoesNotContain(token[ApiTokenSecret.Prefix.Length..], stored.Hint + stored.Name, StringComparison.Ordinal);
        var audit = await QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.RecordType == "ApiToken" && e.RecordId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync());
        Assert.Contains(audit, e => e.Action == Data.Audit.AuditAction.Create && e.UserName == user);
        Assert.All(audit, e => Assert.DoesNotContain(stored.SecretHash, e.Details, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.BadRequest)]
    [InlineData(-1, HttpStatusCode.BadRequest)]
    [InlineData(0, HttpStatusCode.Created)]
    [InlineData(90, HttpStatusCode.Created)]
    [InlineData(91, HttpStatusCode.BadRequest)]
    public async Task Expiry_IsRequired_AndAtMostTheConfiguredMaximum(int? daysFromToday, HttpStatusCode expected)
    {
        var client = await app.SignedInClientAsync(await app.EnsureDistrictUserAsync("t-token-expiry", Roles.OrgDepartment));
        var expiresOn = daysFromToday is { } d ? Tokens.Today.AddDays(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
        var response = await client.PostAsJsonAsync("/api/v1/account/tokens", new { name = "到期测试", expiresOn }, Ct);
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest)
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Contains("有效期至", problem.GetProperty("errors").GetProperty("expiresOn")[0].GetString(), StringComparison.Ordinal);
        }
        else
        {
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("info").GetProperty("id").GetInt32();
            await client.DeleteAsync(new Uri($"/api/v1/account/tokens/{id}", UriKind.Relative), Ct); // stay under the per-user limit
        }
    }

    [Fact]
    public async Task A_User_CannotRevokeAnotherUsersToken()
    {
        var (id, token) = await Tokens.CreateAsync(app, await app.EnsureDistrictUserAsync("t-token-owner", Roles.OrgDepartment));
        var other = await app.SignedInClientAsync(await app.EnsureDistrictUserAsync("t-token-other", Roles.OrgDepartment));
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync(new Uri($"/api/v1/account/tokens/{id}", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Tokens.GetAsync(Tokens.Client(app, token), "/api/v1/org-units")).StatusCode);
    }

    [Theory]
    [InlineData("jct_not-a-real-token")]
    [InlineData("jct_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("")]
    public async Task Unknown_Or_Malformed_Token_Is401_WithABearerChallenge(string token)
    {
        var client = app.NewClient(handleCookies: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/org-units", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }
}
