using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Testing;
using Microsoft.AspNetCore.Mvc;

namespace Jiceng.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class OrgUnitsApiTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TownshipUser_SeesOnlyTheirSubtree()
    {
        var district = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var township = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var all = await district.GetFromJsonAsync<JsonElement[]>("/api/v1/org-units", Ct);
        var mine = await township.GetFromJsonAsync<JsonElement[]>("/api/v1/org-units", Ct);
        Assert.True(mine!.Length < all!.Length);
        var root = mine.Single(u => u.GetProperty("kind").GetString() == "Township");
        var rootPath = root.GetProperty("path").GetString()!;
        Assert.All(mine, u => Assert.StartsWith(rootPath, u.GetProperty("path").GetString(), StringComparison.Ordinal));

        var foreign = all.First(u => u.GetProperty("kind").GetString() == "Township" && u.GetProperty("id").GetInt32() != root.GetProperty("id").GetInt32());
        var response = await township.GetAsync(new Uri($"/api/v1/org-units/{foreign.GetProperty("id").GetInt32()}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Create_And_Delete_AVillage()
    {
        var township = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var mine = await township.GetFromJsonAsync<JsonElement[]>("/api/v1/org-units", Ct);
        var root = mine!.Single(u => u.GetProperty("kind").GetString() == "Township");
        var code = root.GetProperty("code").GetString()![..9] + "987";
        var created = await township.PostAsJsonAsync("/api/v1/org-units",
            new { code, name = "接口新村", kind = "Village", parentId = root.GetProperty("id").GetInt32() }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();

        var again = await township.PostAsJsonAsync("/api/v1/org-units",
            new { code, name = "重复代码村", kind = "Village", parentId = root.GetProperty("id").GetInt32() }, Ct);
        var problem = await again.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct);
        Assert.Contains("已被其他单位使用", problem!.Errors["code"][0], StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await township.DeleteAsync(new Uri($"/api/v1/org-units/{id}", UriKind.Relative), Ct)).StatusCode);
    }
}
