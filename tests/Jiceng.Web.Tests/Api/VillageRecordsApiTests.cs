using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Api;

/// <summary>One-shoulder exemptions can be edited (with their version) and ended; reserve-pool stretches have entry, leaving and a reason.</summary>
[Collection(WebCollection.Name)]
public sealed class VillageRecordsApiTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(int Own, int Foreign)> VillagesAsync(int nth)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var townships = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => u.Id).ToListAsync(Ct);
        var own = await db.OrgUnits.Where(u => u.ParentId == townships[0]).OrderBy(u => u.Code).Skip(nth).Select(u => u.Id).FirstAsync(Ct);
        var foreign = await db.OrgUnits.Where(u => u.ParentId == townships[1]).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync(Ct);
        return (own, foreign);
    }

    [Fact]
    public async Task AnExemption_IsEdited_WithItsVersion_AndEnded()
    {
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var (village, _) = await VillagesAsync(6);
        var created = await client.PostAsJsonAsync($"/api/v1/org-units/{village}/one-shoulder-exemptions", new { reason = "书记为下派干部", from = "2026-01-01" }, Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();

        var edited = await client.PutAsJsonAsync($"/api/v1/one-shoulder-exemptions/{id}",
            new { version = 0, exemption = new { reason = "书记为上级下派干部，不具备参选资格", from = "2026-01-01" } }, Ct);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(1, (await edited.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetInt32());

        var stale = await client.PostAsJsonAsync($"/api/v1/one-shoulder-exemptions/{id}/end", new { version = 0, to = "2026-06-30" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var early = await client.PostAsJsonAsync($"/api/v1/one-shoulder-exemptions/{id}/end", new { version = 1, to = "2025-12-31" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("截止日期", await early.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var ended = await client.PostAsJsonAsync($"/api/v1/one-shoulder-exemptions/{id}/end", new { version = 1, to = "2026-06-30" }, Ct);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal("2026-06-30", (await ended.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("to").GetString());
    }

    [Fact]
    public async Task AReserve_LeavesThePool_WithAReason_AndStretchesMayNotOverlap()
    {
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var (village, _) = await VillagesAsync(7);
        var pool = await client.GetFromJsonAsync<JsonElement>($"/api/v1/org-units/{village}/reserve-pool", Ct);
        var open = pool.EnumerateArray().First(m => m.GetProperty("to").ValueKind == JsonValueKind.Null);
        var (id, cadre, from) = (open.GetProperty("id").GetInt32(), open.GetProperty("cadreId").GetInt32(), open.GetProperty("from").GetString());

        var noReason = await client.PutAsJsonAsync($"/api/v1/reserve-pool-memberships/{id}", new { version = 0, membership = new { from, to = "2026-06-30" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("出库原因", await noReason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var left = await client.PutAsJsonAsync($"/api/v1/reserve-pool-memberships/{id}",
            new { version = 0, membership = new { from, to = "2026-06-30", leaveReason = "外出务工" } }, Ct);
        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PutAsJsonAsync($"/api/v1/reserve-pool-memberships/{id}",
            new { version = 0, membership = new { from, to = "2026-05-31", leaveReason = "外出务工" } }, Ct)).StatusCode);

        var overlapping = await client.PostAsJsonAsync($"/api/v1/org-units/{village}/reserve-pool", new { cadreId = cadre, from = "2026-01-01" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, overlapping.StatusCode);
        var back = await client.PostAsJsonAsync($"/api/v1/org-units/{village}/reserve-pool", new { cadreId = cadre, from = "2026-07-01" }, Ct);
        Assert.Equal(HttpStatusCode.Created, back.StatusCode);
    }

    [Fact]
    public async Task ThePoolOfAVillageOutsideTheScope_Is404()
    {
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var (_, foreign) = await VillagesAsync(0);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/api/v1/org-units/{foreign}/reserve-pool", UriKind.Relative), Ct)).StatusCode);
        int membership;
        using (var scope = app.Services.CreateScope())
        {
            membership = await scope.ServiceProvider.GetRequiredService<JicengDbContext>().ReservePoolMemberships
                .Where(m => m.OrgUnitId == foreign).Select(m => m.Id).FirstAsync(Ct);
        }

        var put = await client.PutAsJsonAsync($"/api/v1/reserve-pool-memberships/{membership}",
            new { version = 0, membership = new { from = "2024-01-01", to = "2026-06-30", leaveReason = "越权" } }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
    }
}
