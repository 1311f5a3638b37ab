using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Data;
using Jiceng.Data.Identity;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.ErrorTolerance;

/// <summary>Clause 七's records are for discipline readers only; their narratives are ciphertext at rest and every read is audited.</summary>
[Collection(WebCollection.Name)]
public sealed class ErrorToleranceAccessTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(int Sanction, int Case, int Accusation)> IdsAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        return (await db.Sanctions.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(Ct),
            await db.ToleranceCases.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(Ct),
            await db.Accusations.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(Ct));
    }

    [Theory]
    [InlineData(Roles.TownshipStaff)]
    [InlineData(Roles.Auditor)]
    public async Task OtherRoles_AreRefused_ListsAndNarratives(string role)
    {
        var (sanction, toleranceCase, accusation) = await IdsAsync();
        var client = await app.SignedInClientAsync(role == Roles.TownshipStaff ? await app.TownshipUserAsync() : await app.AuditorUserAsync());
        var before = app.SensitiveReads.Reads.Count;
        foreach (var url in new[] { "/api/v1/sanctions", $"/api/v1/sanctions/{sanction}", "/api/v1/sanctions/eligible", "/api/v1/tolerance-cases",
                     $"/api/v1/tolerance-cases/{toleranceCase}", "/api/v1/accusations", $"/api/v1/accusations/{accusation}" })
        {
            var response = await client.GetAsync(url, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role} {url}: {response.StatusCode}");
        }

        Assert.Equal(before, app.SensitiveReads.Reads.Count);
    }

    [Fact]
    public async Task TheOrganizationDepartment_ReadsNarratives_AndEachReadIsAudited()
    {
        var (sanction, toleranceCase, accusation) = await IdsAsync();
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/sanctions?pageSize=200", Ct);
        Assert.DoesNotContain("演示数据", list.GetRawText(), StringComparison.Ordinal);

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sanctions/{sanction}", Ct);
        Assert.Contains("演示数据", detail.GetProperty("facts").GetString(), StringComparison.Ordinal);
        var read = string.Create(CultureInfo.InvariantCulture, $"{sanction}");
        Assert.Contains(("Sanction", read, "Facts"), app.SensitiveReads.Reads);

        var c = await client.GetFromJsonAsync<JsonElement>($"/api/v1/tolerance-cases/{toleranceCase}", Ct);
        Assert.Contains("演示数据", c.GetProperty("facts").GetString(), StringComparison.Ordinal);
        Assert.Contains(("ToleranceCase", toleranceCase.ToString(CultureInfo.InvariantCulture), "Facts,Notes"), app.SensitiveReads.Reads);

        var a = await client.GetFromJsonAsync<JsonElement>($"/api/v1/accusations/{accusation}", Ct);
        Assert.Contains("演示数据", a.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains(("Accusation", accusation.ToString(CultureInfo.InvariantCulture), "Content"), app.SensitiveReads.Reads);
    }

    [Fact]
    public async Task Narratives_AreCiphertextAtRest()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var stored = await db.Database.SqlQueryRaw<string>("SELECT \"Facts\" AS \"Value\" FROM sanctions WHERE \"Facts\" IS NOT NULL").ToListAsync(Ct);
        Assert.NotEmpty(stored);
        Assert.All(stored, s => Assert.DoesNotContain("演示数据", s, StringComparison.Ordinal));
        var content = await db.Database.SqlQueryRaw<string>("SELECT \"Content\" AS \"Value\" FROM accusations WHERE \"Content\" IS NOT NULL").ToListAsync(Ct);
        Assert.All(content, s => Assert.DoesNotContain("演示数据", s, StringComparison.Ordinal));
    }
}
