using System.Net;
using Jiceng.Testing;

namespace Jiceng.Web.Tests.Errors;

/// <summary>
/// The sign-in forms are the only ones open to anyone: oversized, overlong, overfull and hostile submissions are
/// refused with a 4xx (the rate limiter reads the form before anything else), never a 500.
/// </summary>
[Collection(ErrorsCollection.Name)]
public sealed class SignInFormFuzzTests(CapturingWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> FormPaths => new()
    {
        { "/account/login", "login" },
        { "/account/login-2fa", "login-2fa" },
    };

    [Theory]
    [MemberData(nameof(FormPaths))]
    public async Task AValueOverFourMegabytes_IsRefusedWith4xx(string path, string handler)
    {
        var client = app.NewClient();
        var fields = new List<KeyValuePair<string, string>> { new("_handler", handler), new("Input.UserName", new string('a', 4 * 1024 * 1024 + 1)) };
        using var form = new FormUrlEncodedContent(fields);
        var response = await client.PostAsync(new Uri(path, UriKind.Relative), form, Ct);
        AssertRefused(response, await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(FormPaths))]
    public async Task MoreThan1024Fields_AreRefusedWith4xx(string path, string handler)
    {
        var client = app.NewClient();
        var fields = Enumerable.Range(0, 1100).Select(i => new KeyValuePair<string, string>($"f{i}", "x")).Prepend(new("_handler", handler));
        using var form = new FormUrlEncodedContent(fields);
        var response = await client.PostAsync(new Uri(path, UriKind.Relative), form, Ct);
        AssertRefused(response, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task AHundredMegabyteChunkedBody_IsRefusedWith4xx()
    {
        var client = app.NewClient();
        using var content = new EndlessFormContent(100L * 1024 * 1024);
        HttpResponseMessage response;
        try
        {
            response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), content, Ct);
        }
        catch (HttpRequestException)
        {
            // The server may close the request stream once it has refused the body; what matters is that it did not fail.
            Assert.DoesNotContain(app.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("/account/login", StringComparison.Ordinal));
            return;
        }

        AssertRefused(response, await response.Content.ReadAsStringAsync(Ct));
        Assert.True(content.Written < 10L * 1024 * 1024, $"the server read {content.Written} bytes before refusing");
    }

    public static TheoryData<string> HostileValues => [.. OpenApiFuzzTests.HostileText];

    [Theory]
    [MemberData(nameof(HostileValues))]
    public async Task HostileValuesInEveryField_NeverCauseA500(string value)
    {
        foreach (var (path, handler) in new[] { ("/account/login", "login"), ("/account/login-2fa", "login-2fa") })
        {
            var client = app.NewClient();
            var page = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative), Ct);
            var token = JicengWebFactory.AntiforgeryToken(page);
            string[] names = ["__RequestVerificationToken", "_handler", "Input.UserName", "Input.Password", "Input.Code", "ReturnUrl"];
            foreach (var hostile in names)
            {
                var fields = new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token, ["_handler"] = handler, ["Input.UserName"] = "nobody",
                    ["Input.Password"] = "wrong", ["Input.Code"] = "123456",
                };
                fields[hostile] = value;
                using var form = new FormUrlEncodedContent(fields);
                var response = await client.PostAsync(new Uri(path + "?returnUrl=" + Uri.EscapeDataString(value), UriKind.Relative), form, Ct);
                Assert.True((int)response.StatusCode < 500, $"{path} with {hostile}={Shorten(value)}: {(int)response.StatusCode}");
            }
        }
    }

    private static void AssertRefused(HttpResponseMessage response, string body)
    {
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge,
            $"{(int)response.StatusCode}: {(body.Length > 300 ? body[..300] : body)}");
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;

    /// <summary>A form body of unknown length (sent chunked): one field whose value never ends.</summary>
    private sealed class EndlessFormContent : HttpContent
    {
        private readonly long _length;

        public EndlessFormContent(long length)
        {
            _length = length;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        }

        public long Written { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = "Input.UserName="u8.ToArray().Concat(Enumerable.Repeat((byte)'a', 64 * 1024 - 15)).ToArray();
            while (Written < _length)
            {
                await stream.WriteAsync(chunk);
                Written += chunk.Length;
                chunk = Enumerable.Repeat((byte)'a', 64 * 1024).ToArray();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
