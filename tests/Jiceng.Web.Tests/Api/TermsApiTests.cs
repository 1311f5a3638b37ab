using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class TermsApiTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly object[] VillageSeats =
    [
        new { kind = "VillagePartySecretary", count = 1 }, new { kind = "VillageCommitteeDirector", count = 1 },
        new { kind = "VillageCommitteeMember", count = 3 },
    ];

    /// <summary>A village of the township user's own township (the first by code) and one of another township.</summary>
    private async Task<(int Own, int Foreign)> VillagesAsync(int nth)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var townships = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => u.Id).ToListAsync(Ct);
        var own = await db.OrgUnits.Where(u => u.ParentId == townships[0]).OrderBy(u => u.Code).Skip(nth).Select(u => u.Id).FirstAsync(Ct);
        var foreign = await db.OrgUnits.Where(u => u.ParentId == townships[1]).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync(Ct);
        return (own, foreign);
    }

    private static object Term(int number, string start, string end, object[]? seats = null) => new { number, start, end, seats = seats ?? VillageSeats };

    [Fact]
    public async Task ATerm_IsCreated_Edited_WithItsVersion_AndEnded()
    {
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var (village, _) = await VillagesAsync(1);

        var created = await client.PostAsJsonAsync($"/api/v1/org-units/{village}/terms", Term(13, "2031-01-01", "2035-12-31"), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var term = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = term.GetProperty("id").GetInt32();
        Assert.Equal(("VillageTwoCommittees", 5, 0), (term.GetProperty("body").GetString(), term.GetProperty("totalSeats").GetInt32(), term.GetProperty("version").GetInt32()));

        var fewerSeats = new object[] { new { kind = "VillagePartySecretary", count = 1 }, new { kind = "VillageCommitteeMember", count = 2 } };
        var edited = await client.PutAsJsonAsync($"/api/v1/terms/{id}", new { version = 0, term = Term(13, "2031-01-01", "2035-12-31", fewerSeats) }, Ct);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var after = await edited.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((3, 1), (after.GetProperty("totalSeats").GetInt32(), after.GetProperty("version").GetInt32()));

        var stale = await client.PutAsJsonAsync($"/api/v1/terms/{id}", new { version = 0, term = Term(13, "2031-01-01", "2035-12-31") }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("当前版本 1", await stale.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var ended = await client.PostAsJsonAsync($"/api/v1/terms/{id}/end", new { version = 1, end = "2033-06-30" }, Ct);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var read = await client.GetFromJsonAsync<JsonElement>($"/api/v1/terms/{id}", Ct);
        Assert.Equal(("2033-06-30", 2, 3), (read.GetProperty("end").GetString(), read.GetProperty("version").GetInt32(), read.GetProperty("totalSeats").GetInt32()));

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/org-units/{village}/terms", Ct);
        Assert.Equal(13, list[0].GetProperty("number").GetInt32());
    }

    [Theory]
    [InlineData(14, "2036-01-01", "2035-12-31", "end", "届满日期")]          // start after end
    [InlineData(14, "2036-01-01", "2040-12-31", "seats", "至少为1")]          // a seat count of 0
    [InlineData(14, "2030-06-01", "2034-12-31", "start", "与第12届的任期重叠")] // overlaps the seeded 12th term (2026–2030)
    [InlineData(12, "2041-01-01", "2045-12-31", "number", "第12届已登记")]
    [InlineData(null, "2041-01-01", "2045-12-31", "number", "届次：必填")]
    public async Task AnInvalidTerm_Is400_NamingTheField(int? number, string start, string end, string field, string message)
    {
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var (village, _) = await VillagesAsync(5);
        object[] seats = field == "seats" ? [new { kind = "VillagePartySecretary", count = 0 }] : VillageSeats;

        var response = await client.PostAsJsonAsync($"/api/v1/org-units/{village}/terms", new { number, start, end, seats }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var errors = problem.GetProperty("errors").GetProperty(field);
        Assert.Contains(errors.EnumerateArray(), e => e.GetString()!.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATownshipSeat_IsRefusedForAVillage_AndAnUpdateWithoutVersion_Is400()
    {
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var (village, _) = await VillagesAsync(3);
        var wrong = await client.PostAsJsonAsync($"/api/v1/org-units/{village}/terms",
            Term(13, "2031-01-01", "2035-12-31", [new { kind = "TownshipHead", count = 1 }]), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("不属于村“两委”", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/org-units/{village}/terms", Ct);
        var id = list[0].GetProperty("id").GetInt32();
        var noVersion = await client.PutAsJsonAsync($"/api/v1/terms/{id}", new { term = Term(12, "2026-01-01", "2030-12-31") }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        Assert.Contains("版本号", await noVersion.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TermsOutsideTheScope_Are404_ForEveryRoute()
    {
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var (_, foreign) = await VillagesAsync(0);
        int foreignTerm;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
            foreignTerm = await db.Terms.Where(t => t.OrgUnitId == foreign).Select(t => t.Id).FirstAsync(Ct);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/api/v1/org-units/{foreign}/terms", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/org-units/{foreign}/terms", Term(13, "2031-01-01", "2035-12-31"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/api/v1/terms/{foreignTerm}", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"/api/v1/terms/{foreignTerm}", new { version = 0, term = Term(12, "2026-01-01", "2030-12-31") }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/terms/{foreignTerm}/end", new { version = 0, end = "2028-12-31" }, Ct)).StatusCode);
    }
}
