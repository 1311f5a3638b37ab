using System.Net.Http.Json;
using System.Text.Json;
using Jiceng.Testing;

namespace Jiceng.Web.Tests.Api;

/// <summary>
/// Walks /openapi/v1.json: every operation has a unique operation id, a Chinese summary and a security requirement
/// that names a declared scheme (cookie, bearer). Endpoints added later are covered without touching this test.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class OpenApiDocumentTests(JicengWebFactory app)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    private async Task<JsonElement> DocumentAsync()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        return await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
    }

    private static IEnumerable<(string Name, JsonElement Operation)> Operations(JsonElement doc) =>
        doc.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(op => Methods.Contains(op.Name, StringComparer.Ordinal))
            .Select(op => ($"{op.Name.ToUpperInvariant()} {path.Name}", op.Value)));

    private static string? Text(JsonElement e, string property) =>
        e.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static bool IsChinese(string? text) => text is not null && text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    [Fact]
    public async Task EveryOperation_HasAnOperationId_AChineseSummary_AndASecurityRequirement()
    {
        var doc = await DocumentAsync();
        var schemes = doc.GetProperty("components").GetProperty("securitySchemes").EnumerateObject().Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["cookie", "bearer"], StringComparer.Ordinal), schemes);

        var operations = Operations(doc).ToList();
        Assert.True(operations.Count >= 15, $"only {operations.Count} operations");
        var problems = new List<string>();
        foreach (var (name, op) in operations)
        {
            if (string.IsNullOrWhiteSpace(Text(op, "operationId")))
            {
                problems.Add($"{name}: no operationId");
            }

            if (!IsChinese(Text(op, "summary")))
            {
                problems.Add($"{name}: no Chinese summary");
            }

            var requirements = op.TryGetProperty("security", out var s) ? s.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(x => x.Name)).ToList() : [];
            if (requirements.Count == 0 || requirements.Any(r => !schemes.Contains(r)))
            {
                problems.Add($"{name}: security [{string.Join(",", requirements)}]");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var ids = operations.Select(o => Text(o.Operation, "operationId")).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task BearerTokens_AreOffered_EverywhereButTokenManagement()
    {
        var doc = await DocumentAsync();
        foreach (var (name, op) in Operations(doc))
        {
            var schemes = op.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(x => x.Name)).ToList();
            Assert.Contains("cookie", schemes);
            Assert.Equal(!name.Contains("/account/tokens", StringComparison.Ordinal), schemes.Contains("bearer"));
        }
    }

    [Fact]
    public async Task PageSize_Limit_IsDocumented_OnTheCadreList()
    {
        var doc = await DocumentAsync();
        var paths = doc.GetProperty("paths").EnumerateObject().ToList();
        Assert.True(paths.Any(p => p.Name.TrimEnd('/') == "/api/v1/cadres"), string.Join(", ", paths.Select(p => p.Name)));
        var list = paths.Single(p => p.Name.TrimEnd('/') == "/api/v1/cadres").Value.GetProperty("get");
        var parameters = list.GetProperty("parameters").EnumerateArray().ToList();
        Assert.True(parameters.Any(p => p.GetProperty("name").GetString() == "pageSize"), list.GetRawText());
        var pageSize = parameters.Single(p => p.GetProperty("name").GetString() == "pageSize");
        Assert.Contains(Data.Cadres.CadreFilter.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(pageSize, "description"), StringComparison.Ordinal);
    }
}
