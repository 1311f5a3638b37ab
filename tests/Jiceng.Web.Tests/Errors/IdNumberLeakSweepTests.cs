using System.Net;
using System.Net.Http.Json;
using Jiceng.Core.Cadres;
using Jiceng.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Errors;

/// <summary>
/// Known ID numbers pushed through every validation path of the API (mismatched sex and birth date, duplicates,
/// a wrong check digit, an unknown region, a future birth date, a wrong JSON type, an update without version, a
/// search): no response body and no log line may contain any of them in full. Only the audited reveal shows a full
/// number, and it is not called here.
/// </summary>
[Collection(ErrorsCollection.Name)]
public sealed class IdNumberLeakSweepTests(CapturingWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Id(string region, DateOnly birth, int sequence)
    {
        var first17 = $"{region}{birth:yyyyMMdd}{sequence:000}";
        return first17 + IdCardNumber.CheckCharacter(first17);
    }

    private static object Cadre(int unit, string id, string birth, string sex) => new
    {
        name = "泄露测试", idNumber = id, birthDate = birth, sexCode = sex, ethnicityCode = "01", politicalStatusCode = "01",
        category = "TownshipCivilServant", orgUnitId = unit,
    };

    [Fact]
    public async Task NoValidationPath_EchoesAFullIdNumber_InResponsesOrLogs()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        int unit;
        using (var scope = app.Services.CreateScope())
        {
            unit = await scope.ServiceProvider.GetRequiredService<JicengDbContext>().OrgUnits
                .Where(u => u.Kind == Core.Org.OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync(Ct);
        }

        var male = Id("140603", new DateOnly(1986, 4, 5), 611);        // a man born 1986-04-05
        var other = Id("140603", new DateOnly(1987, 6, 7), 613);       // another man
        var female = Id("140603", new DateOnly(1988, 9, 10), 622);     // a woman
        var badCheck = male[..17] + (male[17] == '0' ? '1' : '0');
        var noRegion = Id("999999", new DateOnly(1986, 4, 5), 631);
        var future = Id("140603", new DateOnly(2099, 1, 1), 641);
        string[] known = [male, other, female, badCheck, noRegion, future];
        var bodies = new List<string>();

        async Task<HttpResponseMessage> Send(Func<Task<HttpResponseMessage>> send)
        {
            var response = await send();
            bodies.Add(response.Headers.Location?.ToString() + await response.Content.ReadAsStringAsync(Ct));
            return response;
        }

        var created = await Send(() => client.PostAsJsonAsync("/api/v1/cadres", Cadre(unit, male, "1986-04-05", "1"), Ct));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var createdJson = await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct);
        var (createdId, createdVersion) = (createdJson.GetProperty("id").GetInt32(), createdJson.GetProperty("version").GetInt32());
        var second = await Send(() => client.PostAsJsonAsync("/api/v1/cadres", Cadre(unit, other, "1987-06-07", "1"), Ct));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var secondJson = await second.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct);
        var (secondId, secondVersion) = (secondJson.GetProperty("id").GetInt32(), secondJson.GetProperty("version").GetInt32());

        HttpResponseMessage[] refusals =
        [
            await Send(() => client.PostAsJsonAsync("/api/v1/cadres", Cadre(unit, male, "1986-04-05", "1"), Ct)),   // duplicate
            await Send(() => client.PostAsJsonAsync("/api/v1/cadres", Cadre(unit, female, "1988-09-10", "1"), Ct)), // sex
            await Send(() => client.PostAsJsonAsync("/api/v1/cadres", Cadre(unit, female, "1980-01-01", "2"), Ct)), // birth date
            await Send(() => client.PostAsJsonAsync("/api/v1/cadres", Cadre(unit, female, "1980-01-01", "1"), Ct)), // both
            await Send(() => client.PostAsJsonAsync("/api/v1/cadres", Cadre(unit, badCheck, "1986-04-05", "1"), Ct)),
            await Send(() => client.PostAsJsonAsync("/api/v1/cadres", Cadre(unit, noRegion, "1986-04-05", "1"), Ct)),
            await Send(() => client.PostAsJsonAsync("/api/v1/cadres", Cadre(unit, future, "2099-01-01", "1"), Ct)),
            await Send(() => client.PostAsync(new Uri("/api/v1/cadres", UriKind.Relative),
                new StringContent($"{{\"idNumber\":{male[..17]}}}", System.Text.Encoding.UTF8, "application/json"), Ct)),
            await Send(() => client.PutAsJsonAsync($"/api/v1/cadres/{secondId}", new { cadre = Cadre(unit, male, "1986-04-05", "1"), version = secondVersion }, Ct)),
            await Send(() => client.PutAsJsonAsync($"/api/v1/cadres/{createdId}", new { cadre = Cadre(unit, female, "1980-01-01", "1"), version = createdVersion }, Ct)),
            await Send(() => client.PutAsJsonAsync($"/api/v1/cadres/{createdId}", new { cadre = Cadre(unit, other, "1987-06-07", "1") }, Ct)),
        ];
        Assert.All(refusals, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        await Send(() => client.GetAsync(new Uri($"/api/v1/cadres?q={male}", UriKind.Relative), Ct));
        await Send(() => client.GetAsync(new Uri($"/api/v1/cadres/{createdId}", UriKind.Relative), Ct));

        foreach (var number in known)
        {
            // The first 17 characters: a full number, whatever the case of its check character.
            var needle = number[..17];
            Assert.DoesNotContain(bodies, b => b.Contains(needle, StringComparison.Ordinal));
            Assert.DoesNotContain(app.Logs.Lines, l => l.Contains(needle, StringComparison.Ordinal));
        }
    }
}
