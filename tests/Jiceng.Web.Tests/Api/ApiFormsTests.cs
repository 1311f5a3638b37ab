using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Data.Cadres;
using Jiceng.Testing;

namespace Jiceng.Web.Tests.Api;

/// <summary>
/// The API's forms agree: a field the cadre list shares with the cadre's detail has the same name and value there;
/// coded fields come as code and label; the page size is capped; a body without its wrapper is told the shape.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ApiFormsTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CadreList_And_Detail_AgreeOnEverySharedField()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/cadres?pageSize=3", Ct);
        foreach (var item in page.GetProperty("items").EnumerateArray())
        {
            var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cadres/{item.GetProperty("id").GetInt32()}", Ct);
            var shared = item.EnumerateObject().Where(p => detail.TryGetProperty(p.Name, out _)).Select(p => p.Name).ToList();
            Assert.Contains("sexCode", shared);
            Assert.Contains("sexLabel", shared);
            Assert.Contains("ethnicityLabel", shared);
            Assert.Contains("politicalStatusLabel", shared);
            foreach (var name in shared)
            {
                Assert.True(item.GetProperty(name).GetRawText() == detail.GetProperty(name).GetRawText(),
                    $"{name}: list {item.GetProperty(name).GetRawText()} vs detail {detail.GetProperty(name).GetRawText()}");
            }

            Assert.False(item.TryGetProperty("sex", out _), "the list names sex as sexCode/sexLabel, like the detail");
        }
    }

    [Theory]
    [InlineData("1", "男")]
    [InlineData("2", "女")]
    public async Task CodedFields_ComeAsCodeAndLabel(string sexCode, string label)
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cadres?pageSize=5&sex={sexCode}", Ct);
        Assert.NotEqual(0, page.GetProperty("items").GetArrayLength());
        Assert.All(page.GetProperty("items").EnumerateArray(), item =>
        {
            Assert.Equal(sexCode, item.GetProperty("sexCode").GetString());
            Assert.Equal(label, item.GetProperty("sexLabel").GetString());
        });
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(CadreFilter.MaxPageSize, CadreFilter.MaxPageSize)]
    [InlineData(CadreFilter.MaxPageSize + 1, CadreFilter.MaxPageSize)]
    [InlineData(100000, CadreFilter.MaxPageSize)]
    public async Task PageSize_IsCappedAtTheDocumentedMaximum(int asked, int served)
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cadres?pageSize={asked.ToString(CultureInfo.InvariantCulture)}", Ct);
        Assert.Equal(served, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(Math.Min(served, page.GetProperty("total").GetInt32()), page.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("{\"name\":\"张三\",\"sexCode\":\"1\"}")]
    [InlineData("[]")]
    [InlineData("\"cadre\"")]
    public async Task Update_WithoutTheWrapper_SaysWhatIsExpected(string body)
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var id = (await client.GetFromJsonAsync<JsonElement>("/api/v1/cadres?pageSize=1", Ct)).GetProperty("items")[0].GetProperty("id").GetInt32();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await client.PutAsync(new Uri($"/api/v1/cadres/{id}", UriKind.Relative), content, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync(Ct);
        var errors = JsonDocument.Parse(raw).RootElement.TryGetProperty("errors", out var e) ? e : default;
        Assert.True(errors.ValueKind == JsonValueKind.Object && errors.TryGetProperty("cadre", out _), raw);
        var message = errors.GetProperty("cadre")[0].GetString();
        Assert.Contains("{\"cadre\": {…}, \"version\": …}", message, StringComparison.Ordinal);
        Assert.Contains("必填", message, StringComparison.Ordinal);
    }
}
