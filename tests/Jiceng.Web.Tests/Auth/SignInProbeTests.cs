using System.Net;
using Jiceng.Data.Identity;
using Jiceng.Testing;

namespace Jiceng.Web.Tests.Auth;

/// <summary>
/// What an outside probe of the sign-in form learns and how long it may go on: an unknown name costs a password
/// verification like a known one (so the answer's time says nothing), and failures spend an hourly budget per address
/// and for the whole app. Both facts run in one test each on their own app, in order (the budget is shared state).
/// </summary>
[Collection(SignInProbeCollection.Name)]
public sealed class SignInProbeTests(SignInProbeWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient ClientFrom(string address)
    {
        var client = app.NewClient();
        client.DefaultRequestHeaders.Add(SignInProbeWebFactory.AddressHeader, address);
        return client;
    }

    private async Task<HttpResponseMessage> FailAsync(string address, string userName) =>
        await JicengWebFactory.PostLoginAsync(ClientFrom(address), userName, "Wrong-Passw0rd!");

    [Fact]
    public async Task UnknownAndKnownNames_BothCostOnePasswordVerification_AndSprays_SpendThePerAddressThenTheGlobalBudget()
    {
        var known = await app.EnsureDistrictUserAsync("t-probe-known", Roles.OrgDepartment);

        var before = app.Hasher.Verifications;
        Assert.Equal(HttpStatusCode.OK, (await FailAsync("10.7.0.1", "t-probe-nobody")).StatusCode);
        var forUnknown = app.Hasher.Verifications - before;
        before = app.Hasher.Verifications;
        Assert.Equal(HttpStatusCode.OK, (await FailAsync("10.7.0.1", known)).StatusCode);
        var forKnown = app.Hasher.Verifications - before;
        Assert.Equal(1, forKnown);
        Assert.Equal(forKnown, forUnknown);

        // 10.7.0.1 has failed twice; the third failure spends its budget of 3.
        Assert.Equal(HttpStatusCode.OK, (await FailAsync("10.7.0.1", "t-probe-c")).StatusCode);
        var refused = await FailAsync("10.7.0.1", "t-probe-d");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("失败的登录尝试过多", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // Two more failures elsewhere spend the app's budget of 5: now a fresh address is refused too.
        Assert.Equal(HttpStatusCode.OK, (await FailAsync("10.7.0.2", "t-probe-e")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await FailAsync("10.7.0.3", "t-probe-f")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await FailAsync("10.7.0.4", known)).StatusCode);
    }
}
