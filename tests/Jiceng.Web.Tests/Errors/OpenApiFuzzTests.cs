using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jiceng.Web.Tests.Errors;

/// <summary>
/// Hostile values through every path and query parameter and every body field the OpenAPI document describes, as a
/// signed-in organization-department user (who may write). The document drives the pass, so endpoints added later are
/// covered without touching this test. Nothing may answer 500; every 4xx of the API must be problem details.
/// Identifiers are never small positive numbers, so a DELETE cannot hit a real record.
/// </summary>
[Collection(ErrorsCollection.Name)]
public sealed class OpenApiFuzzTests(CapturingWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Text values for path and query parameters: overflow, negatives, wrong types, unknown codes, control characters, huge.</summary>
    public static readonly string[] HostileText =
    [
        "", "0", "-1", "99", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1e309", "NaN", "abc",
        "true", "0001-01-01", "9999-12-31", "2019-02-29", "王\u202e\u200b五\u0007\u0000", "\u200b\u200b", "' OR 1=1 --",
        "../../etc/passwd", new string('9', 5000),
    ];

    /// <summary>JSON values for body fields.</summary>
    public static readonly string[] HostileJson =
    [
        "null", "0", "-1", "99", "2147483648", "-2147483649", "1e309", "99999999999999999999", "true", "\"\"", "\"abc\"",
        "\"99\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"2019-02-29\"", "\"王\\u202e\\u200b五\\u0007\\u0000\"", "\"\\u200b\\u200b\"",
        "[]", "{}", "\"" + new string('x', 100_000) + "\"",
    ];

    [Fact]
    public async Task NoParameterOrBodyField_OfAnyOperation_CausesA500()
    {
        var client = await app.SignedInClientAsync(await app.DistrictUserAsync());
        var doc = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct))!;
        var failures = new List<string>();
        var sent = 0;
        foreach (var (template, pathItem) in doc["paths"]!.AsObject())
        {
            foreach (var (method, operation) in pathItem!.AsObject().Where(p => p.Key is "get" or "post" or "put" or "delete" or "patch"))
            {
                foreach (var request in Requests(doc, template, method, operation!))
                {
                    using var response = await client.SendAsync(request, Ct);
                    sent++;
                    var body = await response.Content.ReadAsStringAsync(Ct);
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{method.ToUpperInvariant()} {request.RequestUri} → {(int)response.StatusCode} {Trim(body)}");
                    }
                    else if ((int)response.StatusCode >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    {
                        failures.Add($"{method.ToUpperInvariant()} {request.RequestUri} → {(int)response.StatusCode} without problem details");
                    }
                }
            }
        }

        Assert.True(sent > 200, $"only {sent} requests generated from the OpenAPI document");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} hostile requests failed:\n" + string.Join("\n", failures.Take(30)));
    }

    private static IEnumerable<HttpRequestMessage> Requests(JsonNode doc, string template, string method, JsonNode operation)
    {
        var parameters = (operation["parameters"]?.AsArray() ?? []).Select(p => Resolve(doc, p!)).ToList();
        var pathParams = parameters.Where(p => (string?)p["in"] == "path").Select(p => (string)p["name"]!).ToList();
        var queryParams = parameters.Where(p => (string?)p["in"] == "query").Select(p => (string)p["name"]!).ToList();
        var httpMethod = new HttpMethod(method.ToUpperInvariant());
        var bodySchema = operation["requestBody"]?["content"]?["application/json"]?["schema"] is { } s ? Resolve(doc, s) : null;

        // A path that matches the route with identifiers that exist nowhere.
        string PathWith(string? name, string value) => pathParams.Aggregate(template, (t, p) =>
            t.Replace("{" + p + "}", Uri.EscapeDataString(p == name ? value : "2147483647"), StringComparison.Ordinal));

        foreach (var name in pathParams)
        {
            // A NUL cannot be sent in a path (the test client refuses it; Kestrel answers 400 itself).
            foreach (var value in HostileText.Where(v => v.Length > 0 && !v.Contains('\0', StringComparison.Ordinal)))
            {
                yield return WithBody(new HttpRequestMessage(httpMethod, new Uri(PathWith(name, value), UriKind.Relative)), bodySchema is null ? null : "{}");
            }
        }

        foreach (var name in queryParams)
        {
            foreach (var value in HostileText)
            {
                var uri = $"{PathWith(null, "")}?{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}";
                yield return WithBody(new HttpRequestMessage(httpMethod, new Uri(uri, UriKind.Relative)), bodySchema is null ? null : "{}");
            }
        }

        if (bodySchema is null)
        {
            yield break;
        }

        foreach (var body in Bodies(doc, bodySchema))
        {
            yield return WithBody(new HttpRequestMessage(httpMethod, new Uri(PathWith(null, ""), UriKind.Relative)), body);
        }
    }

    /// <summary>Whole-body oddities, then each field (and each field of a nested object) set to each hostile value.</summary>
    private static IEnumerable<string> Bodies(JsonNode doc, JsonNode schema)
    {
        foreach (var whole in new[] { "", "null", "[]", "\"x\"", "{", "{}", new string('[', 5000) })
        {
            yield return whole;
        }

        foreach (var (name, property) in Properties(doc, schema))
        {
            foreach (var value in HostileJson)
            {
                yield return $"{{{JsonSerializer.Serialize(name)}:{value}}}";
            }

            foreach (var (inner, _) in Properties(doc, property))
            {
                foreach (var value in HostileJson)
                {
                    yield return $"{{{JsonSerializer.Serialize(name)}:{{{JsonSerializer.Serialize(inner)}:{value}}}}}";
                }
            }
        }
    }

    private static IEnumerable<(string Name, JsonNode Schema)> Properties(JsonNode doc, JsonNode schema)
    {
        var resolved = Resolve(doc, schema);
        // Nullable references are written as oneOf/anyOf [null, $ref].
        foreach (var alternative in (resolved["oneOf"] ?? resolved["anyOf"])?.AsArray() ?? [])
        {
            if (alternative?["$ref"] is not null)
            {
                resolved = Resolve(doc, alternative);
            }
        }

        return resolved["properties"]?.AsObject().Select(p => (p.Key, Resolve(doc, p.Value!))) ?? [];
    }

    private static JsonNode Resolve(JsonNode doc, JsonNode node)
    {
        for (var i = 0; i < 10 && node["$ref"] is { } reference; i++)
        {
            node = ((string)reference!).TrimStart('#', '/').Split('/').Aggregate(doc, (n, part) => n[part]!);
        }

        return node;
    }

    private static HttpRequestMessage WithBody(HttpRequestMessage request, string? body)
    {
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return request;
    }

    private static string Trim(string body) => body.Length > 300 ? body[..300] : body;
}
