using System.Net;

namespace Jiceng.Web.Tests.Auth.ApiTokens;

/// <summary>A token works through the last day it was created for and is refused from the next China midnight on.</summary>
[Collection(ClockedCollection.Name)]
public sealed class ApiTokenExpiryTests(ClockedWebFactory app)
{
    [Fact]
    public async Task ExpiredToken_Is401_SaysSo()
    {
        var today = Core.Common.ChinaTime.Today(app.Time);
        var (_, token) = await Tokens.CreateAsync(app, await app.EnsureDistrictUserAsync("t-token-expired", Data.Identity.Roles.OrgDepartment), today.AddDays(1));
        var script = Tokens.Client(app, token);
        Assert.Equal(HttpStatusCode.OK, (await Tokens.GetAsync(script, "/api/v1/org-units")).StatusCode);

        var nextMidnight = new DateTimeOffset(today.AddDays(2).ToDateTime(TimeOnly.MinValue), Core.Common.ChinaTime.Offset);
        app.Time.SetUtcNow(nextMidnight.AddSeconds(-1));
        Assert.Equal(HttpStatusCode.OK, (await Tokens.GetAsync(script, "/api/v1/org-units")).StatusCode);
        app.Time.SetUtcNow(nextMidnight);
        var refused = await Tokens.GetAsync(script, "/api/v1/org-units");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("过期", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
