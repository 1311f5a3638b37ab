using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Core.Common;
using Jiceng.Testing;

namespace Jiceng.Web.Tests.Auth.ApiTokens;

/// <summary>Creates tokens the way a user does (signed in, through the API) and clients that present them.</summary>
public static class Tokens
{
    public static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    /// <summary>Signs in as the user and creates a token valid through <paramref name="expiresOn"/> (default: a week); returns its id and text.</summary>
    public static async Task<(int Id, string Token)> CreateAsync(JicengWebFactory app, string userName, DateOnly? expiresOn = null, string name = "测试脚本")
    {
        var client = await app.SignedInClientAsync(userName);
        var response = await client.PostAsJsonAsync("/api/v1/account/tokens", new { name, expiresOn = expiresOn ?? ChinaTime.Today(app.Clock ?? TimeProvider.System).AddDays(7) },
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return (body.GetProperty("info").GetProperty("id").GetInt32(), body.GetProperty("token").GetString()!);
    }

    /// <summary>A client with no cookies and no Origin that sends the token, as a script does.</summary>
    public static HttpClient Client(JicengWebFactory app, string token)
    {
        var client = app.NewClient(handleCookies: false);
        client.DefaultRequestHeaders.Remove("Origin");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static Task<HttpResponseMessage> GetAsync(HttpClient client, string path) =>
        client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
}
