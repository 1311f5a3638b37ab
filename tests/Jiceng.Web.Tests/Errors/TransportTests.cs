using System.Net;
using Jiceng.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Errors;

/// <summary>
/// The app on real Kestrel over plain HTTP on loopback, in the Development environment (where ASP.NET Core would show
/// its developer page): forwarded headers from loopback and foreign Host headers are refused with a 4xx, never a 500,
/// and no response carries a stack trace. A TLS proxy that says https is served.
/// </summary>
public sealed class TransportTests : IAsyncLifetime
{
    private readonly DevelopmentWebFactory _app = new();
    private HttpClient _client = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _app.UseKestrel(0);
        _app.StartServer();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(address) };
        return ValueTask.CompletedTask;
    }

    public static TheoryData<string, string, string> HostileHeaders => new()
    {
        { "GET", "X-Forwarded-For", "203.0.113.7" },
        { "POST", "X-Forwarded-For", "203.0.113.7" },
        { "GET", "Host", "evil.example" },
        { "POST", "Host", "evil.example" },
        { "GET", "Host", "127.0.0.1.evil.example" },
    };

    [Theory]
    [MemberData(nameof(HostileHeaders))]
    public async Task APageRequest_WithAForwardedAddressOrAForeignHost_IsRefusedWithout500OrStackTrace(string method, string header, string value)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/account/login");
        if (header == "Host")
        {
            request.Headers.Host = value;
        }
        else
        {
            request.Headers.Add(header, value);
        }

        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "login", ["Input.UserName"] = "x", ["Input.Password"] = "y" });
        }

        using var response = await _client.SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("127.0.0.1")] // a proxy on loopback forwarding a loopback client
    public async Task PlainHttpOnLoopback_StillServesTheSignInPage(string? forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        using var response = await _client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ALoopbackTlsProxy_SayingHttps_IsServed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await _client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    private sealed class DevelopmentWebFactory : JicengWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }
}
