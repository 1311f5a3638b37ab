using System.Net;
using System.Text.RegularExpressions;
using Jiceng.Testing;

namespace Jiceng.Web.Tests.Auth;

/// <summary>Submits the app's static server-rendered forms the way a browser does: page first, then the form with its token.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string path, string formName, IDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var values = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = JicengWebFactory.AntiforgeryToken(page),
            ["_handler"] = formName,
        };
        using var form = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    public static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path) =>
        await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    /// <summary>Where a redirect points (path and query), or null when the response is no redirect.</summary>
    public static string? RedirectTarget(HttpResponseMessage r) =>
        r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
            ? r.Headers.Location is { IsAbsoluteUri: true } abs ? abs.PathAndQuery : r.Headers.Location?.OriginalString
            : null;

    /// <summary>The text of the element with the given id.</summary>
    public static string ElementText(string html, string id)
    {
        var m = Regex.Match(html, $"id=\"{Regex.Escape(id)}\"[^>]*>([^<]*)<");
        Assert.True(m.Success, $"#{id} not in page");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    /// <summary>The session cookie ("name=value") a sign-in response set.</summary>
    public static string SessionCookie(HttpResponseMessage r) =>
        r.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Last(c => c.StartsWith(Web.Auth.CookieNames.Session + "=", StringComparison.Ordinal));

    /// <summary>A request carrying only the given cookie (a copied cookie replayed from elsewhere).</summary>
    public static async Task<HttpResponseMessage> ReplayAsync(JicengWebFactory app, string cookie, string path)
    {
        var client = app.NewClient(handleCookies: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
