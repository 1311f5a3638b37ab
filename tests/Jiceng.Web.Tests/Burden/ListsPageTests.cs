using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jiceng.Core.Measures.M06Burden;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Demo;
using Jiceng.Testing;
using Jiceng.Web.Tests.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Burden;

/// <summary>
/// Clause 六's power and responsibility lists on the demo district (the first township's list holds 防汛抗旱 and
/// 农村宅基地审批, the second's 耕地保护): a township user sees its own list and never the second township's, on the page
/// or its print view (the probe is audited); it cannot add to, edit or delete another township's list; its own writes
/// (add, edit, copy to next year, delete) are audited under its name. Also: the burden chart's numbers sit right of
/// their bars, inside the chart, and /burden prints as the district's summary with a total row.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class ListsPageTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly int Year = DemoDistrictGenerator.DataAsOf.Year;

    private async Task<T> WithDbAsync<T>(Func<JicengDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    private Task<(int Id, string Name)[]> TownshipsAsync() => WithDbAsync(async db =>
        (await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => new { u.Id, u.Name }).Take(2).ToListAsync(Ct))
            .Select(u => (u.Id, u.Name)).ToArray());

    private Task<long> AuditMarkAsync() => WithDbAsync(async db => await db.AuditEntries.MaxAsync(e => (long?)e.Id, Ct) ?? 0);

    private static async Task<string> HtmlAsync(HttpClient client, string path)
    {
        var response = await Forms.GetAsync(client, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [Fact]
    public async Task ATownshipUser_SeesOnlyItsOwnList_OnThePageAndInThePrintView_AndAProbeIsAudited()
    {
        var towns = await TownshipsAsync();
        var (own, other) = (towns[0], towns[1]);
        var township = await app.TownshipUserAsync();
        var client = await app.SignedInClientAsync(township);

        var mine = await HtmlAsync(client, $"/burden/lists?year={Year}");
        Assert.Contains("防汛抗旱", mine, StringComparison.Ordinal);
        Assert.Contains("《中华人民共和国防洪法》", mine, StringComparison.Ordinal);
        Assert.Contains("href=\"burden/lists\"", mine, StringComparison.Ordinal);

        var mark = await AuditMarkAsync();
        var probe = await HtmlAsync(client, $"/burden/lists?unit={other.Id}&year={Year}");
        Assert.DoesNotContain("耕地保护", probe, StringComparison.Ordinal);
        Assert.Contains("防汛抗旱", probe, StringComparison.Ordinal); // its own township instead
        var printProbe = await HtmlAsync(client, $"/burden/lists/print?unit={other.Id}&year={Year}");
        Assert.DoesNotContain("耕地保护", printProbe, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Name, printProbe, StringComparison.Ordinal);
        Assert.Contains("不在您的管理范围内", printProbe, StringComparison.Ordinal);
        var denied = await WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Id > mark && e.Action == AuditAction.AccessDenied && e.UserName == township && e.RecordId.StartsWith("/burden/lists")).CountAsync(Ct));
        Assert.Equal(2, denied);

        // The district sees the second township's published list: unit, year, the list kind and its numbered items.
        var district = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var print = await HtmlAsync(district, $"/burden/lists/print?unit={other.Id}&year={Year}");
        Assert.Contains($"{other.Name}{Year}年度权力清单和责任清单", print, StringComparison.Ordinal);
        Assert.Matches(SheetRow("1", "耕地保护", "《中华人民共和国土地管理法》"), print);
        Assert.Contains("二、责任清单（共1项）", print, StringComparison.Ordinal);
        Assert.Contains("一、权力清单（共0项）", print, StringComparison.Ordinal);
    }

    private static Regex SheetRow(string number, string title, string basis) =>
        new($"<td class=\"no\">{number}</td><td>{Regex.Escape(title)}</td><td>{Regex.Escape(basis)}</td>");

    [Fact]
    public async Task ATownshipUser_CannotWriteAnotherTownshipsList_AndItsOwnWritesAreAudited()
    {
        var towns = await TownshipsAsync();
        var (own, other) = (towns[0], towns[1]);
        var township = await app.TownshipUserAsync();
        var client = await app.SignedInClientAsync(township);
        var otherItem = await WithDbAsync(db => db.ResponsibilityItems.AsNoTracking().Where(i => i.OrgUnitId == other.Id && i.Year == Year)
            .Select(i => new { i.Id, i.Version }).FirstAsync(Ct));

        var foreign = await client.PostAsJsonAsync("/api/v1/burden/items", new { orgUnitId = other.Id, year = Year, kind = "Responsibility", title = "测试：越权事项" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("管理范围", (await foreign.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("orgUnitId")[0].GetString(), StringComparison.Ordinal);
        var edit = await client.PutAsJsonAsync($"/api/v1/burden/items/{otherItem.Id}",
            new { version = otherItem.Version, item = new { orgUnitId = other.Id, year = Year, kind = "Responsibility", title = "改名" } }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync(new Uri($"/api/v1/burden/items/{otherItem.Id}?version={otherItem.Version}", UriKind.Relative), Ct)).StatusCode);
        var copyForeign = await client.PostAsJsonAsync("/api/v1/burden/items/copy", new { orgUnitId = other.Id, fromYear = Year, toYear = Year + 1 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, copyForeign.StatusCode);
        Assert.Equal("耕地保护", await WithDbAsync(db => db.ResponsibilityItems.AsNoTracking().Where(i => i.Id == otherItem.Id).Select(i => i.Title).SingleAsync(Ct)));

        var mark = await AuditMarkAsync();
        try
        {
            var blank = await client.PostAsJsonAsync("/api/v1/burden/items", new { orgUnitId = own.Id, year = Year, kind = "Power", title = " " }, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
            Assert.Contains("事项名称", (await blank.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("title")[0].GetString(), StringComparison.Ordinal);

            var created = await client.PostAsJsonAsync("/api/v1/burden/items",
                new { orgUnitId = own.Id, year = Year, kind = "Power", title = "测试：行政处罚", legalBasis = "《中华人民共和国行政处罚法》" }, Ct);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var item = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
            var id = item.GetProperty("id").GetInt32();
            var updated = await client.PutAsJsonAsync($"/api/v1/burden/items/{id}",
                new { version = item.GetProperty("version").GetInt32(), item = new { orgUnitId = own.Id, year = Year, kind = "Power", title = "测试：行政处罚（改）", legalBasis = "《中华人民共和国行政处罚法》第二十四条" } }, Ct);
            Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
            var version = (await updated.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetInt32();

            var copied = await client.PostAsJsonAsync("/api/v1/burden/items/copy", new { orgUnitId = own.Id, fromYear = Year, toYear = Year + 1 }, Ct);
            Assert.Equal(HttpStatusCode.OK, copied.StatusCode);
            var copy = await copied.Content.ReadFromJsonAsync<JsonElement>(Ct);
            var standing = await WithDbAsync(db => db.ResponsibilityItems.CountAsync(i => i.OrgUnitId == own.Id && i.Year == Year && i.EndedOn == null, Ct));
            Assert.Equal((standing, 0), (copy.GetProperty("copied").GetInt32(), copy.GetProperty("skipped").GetInt32()));
            var twice = await (await client.PostAsJsonAsync("/api/v1/burden/items/copy", new { orgUnitId = own.Id, fromYear = Year, toYear = Year + 1 }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal((0, standing), (twice.GetProperty("copied").GetInt32(), twice.GetProperty("skipped").GetInt32()));

            // A list item a task names is not deleted (the task's R6.4 judgment rests on it).
            var named = await WithDbAsync(db => db.AssignedTasks.AsNoTracking().Where(t => t.ResponsibilityItem!.OrgUnitId == own.Id)
                .Select(t => new { Id = t.ResponsibilityItemId!.Value, t.ResponsibilityItem!.Version }).FirstAsync(Ct));
            var inUse = await client.DeleteAsync(new Uri($"/api/v1/burden/items/{named.Id}?version={named.Version}", UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.BadRequest, inUse.StatusCode);
            Assert.Contains("停止适用", await inUse.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(new Uri($"/api/v1/burden/items/{id}?version={version}", UriKind.Relative), Ct)).StatusCode);

            var entries = await WithDbAsync(db => db.AuditEntries.AsNoTracking()
                .Where(e => e.Id > mark && e.RecordType == nameof(ResponsibilityItem) && e.Outcome == AuditOutcome.Success).OrderBy(e => e.Id).ToListAsync(Ct));
            Assert.All(entries, e => Assert.Equal(township, e.UserName));
            Assert.Equal(
                [AuditAction.Create, AuditAction.Update, .. Enumerable.Repeat(AuditAction.Create, standing), AuditAction.Delete],
                entries.Select(e => e.Action).ToList());
            Assert.Contains("测试：行政处罚（改）", entries[1].Details, StringComparison.Ordinal);
            Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), entries[^1].RecordId);
        }
        finally
        {
            await WithDbAsync(db => db.ResponsibilityItems.Where(i => i.OrgUnitId == own.Id && (i.Year == Year + 1 || i.Title.StartsWith("测试："))).ExecuteDeleteAsync(Ct));
        }
    }

    [GeneratedRegex("""<rect x="0" y="(?:2|17)" height="11" width="([0-9.]+)"[^>]*?(?:/>|></rect>)\s*<text x="([0-9.]+)" y="(?:11|26)" font-size="10"[^>]*>(\d+)</text>""")]
    private static partial Regex BarAndLabel();

    [Fact]
    public async Task TheBurdenChart_WritesEachNumberRightOfItsBarInsideTheChart_AndThePagePrintsAsTheDistrictSummary()
    {
        var district = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var html = await HtmlAsync(district, $"/burden?year={Year}");
        var bars = BarAndLabel().Matches(html);
        Assert.True(bars.Count >= 16, $"{bars.Count} bars");
        foreach (Match m in bars)
        {
            var width = decimal.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var x = decimal.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            var digits = m.Groups[3].Value.Length;
            Assert.True(x >= width + 3m, $"the label {m.Groups[3].Value} at {x} overlaps its bar ending at {width}");
            Assert.True(x + digits * 6m <= 160m, $"the label {m.Groups[3].Value} at {x} leaves the chart");
            Assert.Equal(m.Groups[3].Value == "0", width == 0m);
        }

        Assert.Contains($"{Year}年度全区减轻基层负担情况汇总", html, StringComparison.Ordinal);
        Assert.Contains("class=\"burden-total\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"burden-print\"", html, StringComparison.Ordinal);
    }
}
