using System.Net;
using System.Text;
using Jiceng.Data.Identity;
using Jiceng.Testing;
using Microsoft.AspNetCore.Http;

namespace Jiceng.Web.Tests.Auth;

/// <summary>
/// Sign-in attempts are limited per user name (5 a minute) and per client address (10 a minute), each on its own.
/// Attempts are sent straight to the test server so each can come from a chosen address; the limiter runs before the
/// form is checked, so an attempt without a token counts like any other (and is then refused with 400).
/// </summary>
[Collection(RateLimitedCollection.Name)]
public sealed class SignInRateLimitTests(RateLimitedWebFactory app)
{
    private Task<HttpContext> AttemptAsync(string address, string userName) => AttemptAsync(address, userName, "/account/login");

    private async Task<HttpContext> AttemptAsync(string address, string userName, string path)
    {
        var body = Encoding.UTF8.GetBytes($"_handler=login&Input.UserName={Uri.EscapeDataString(userName)}&Input.Password=Wrong-Passw0rd%21");
        return await app.Server.SendAsync(ctx =>
        {
            ctx.Request.Method = HttpMethods.Post;
            ctx.Request.Scheme = "https";
            ctx.Request.Path = path;
            ctx.Request.ContentType = "application/x-www-form-urlencoded";
            ctx.Request.Body = new MemoryStream(body);
            ctx.Connection.RemoteIpAddress = IPAddress.Parse(address);
        }, TestContext.Current.CancellationToken);
    }

    private static string Body(HttpContext ctx) => new StreamReader(ctx.Response.Body).ReadToEnd();

    [Fact]
    public async Task SixthAttemptForAUserName_Is429_FromAnyAddress()
    {
        for (var i = 1; i <= 5; i++)
        {
            Assert.NotEqual(StatusCodes.Status429TooManyRequests, (await AttemptAsync($"10.1.0.{i}", "t-rate-name")).Response.StatusCode);
        }

        var limited = await AttemptAsync("10.1.0.6", "T-Rate-Name");
        Assert.Equal(StatusCodes.Status429TooManyRequests, limited.Response.StatusCode);
        Assert.Contains("登录尝试过于频繁", Body(limited), StringComparison.Ordinal);
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, (await AttemptAsync("10.1.0.7", "t-rate-other")).Response.StatusCode);
    }

    [Fact]
    public async Task EleventhAttemptFromAnAddress_Is429_WhateverTheName()
    {
        for (var i = 1; i <= 10; i++)
        {
            Assert.NotEqual(StatusCodes.Status429TooManyRequests, (await AttemptAsync("10.2.0.1", $"t-rate-{i}")).Response.StatusCode);
        }

        Assert.Equal(StatusCodes.Status429TooManyRequests, (await AttemptAsync("10.2.0.1", "t-rate-11")).Response.StatusCode);
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, (await AttemptAsync("10.2.0.2", "t-rate-11")).Response.StatusCode);
    }

    [Theory]
    [InlineData("/account/login/")]
    [InlineData("/Account//Login/")]
    public async Task AnotherSpellingOfTheSignInRoute_CountsAgainstTheSameLimit(string spelling)
    {
        var name = "t-rate-slash" + spelling.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 1; i <= 5; i++)
        {
            Assert.NotEqual(StatusCodes.Status429TooManyRequests, (await AttemptAsync($"10.3.{spelling.Length}.{i}", name, spelling)).Response.StatusCode);
        }

        Assert.Equal(StatusCodes.Status429TooManyRequests, (await AttemptAsync($"10.3.{spelling.Length}.9", name, spelling)).Response.StatusCode);
    }

    [Fact]
    public async Task SecondFactorRoute_WithATrailingSlash_IsLimitedPerAddress()
    {
        for (var i = 1; i <= 10; i++)
        {
            Assert.NotEqual(StatusCodes.Status429TooManyRequests, (await AttemptAsync("10.4.0.1", $"t-2fa-{i}", "/account/login-2fa/")).Response.StatusCode);
        }

        Assert.Equal(StatusCodes.Status429TooManyRequests, (await AttemptAsync("10.4.0.1", "t-2fa-11", "/account/login-2fa/")).Response.StatusCode);
    }

    [Fact]
    public async Task OrdinarySignIn_AndPages_AreNotLimited()
    {
        var name = await app.EnsureDistrictUserAsync("t-rate-ok", Roles.OrgDepartment);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Forms.GetAsync(app.NewClient(), "/account/login")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await JicengWebFactory.PostLoginAsync(app.NewClient(), name, JicengWebFactory.TestPassword)).StatusCode);
    }
}
