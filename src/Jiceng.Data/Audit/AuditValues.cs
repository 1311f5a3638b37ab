using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Jiceng.Core.Cadres;

namespace Jiceng.Data.Audit;

/// <summary>
/// How values appear in an entry's details: secrets never (password hashes, stamps, tokens, ciphertext), ID
/// numbers masked, everything else as JSON with readable Chinese.
/// </summary>
public static class AuditValues
{
    public const string Redacted = "***";

    private static readonly HashSet<string> SecretNames = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp",
    };

    private static readonly string[] SecretParts = ["Cipher", "Encrypted", "BlindIndex", "Secret", "KeyMaterial"];

    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static bool IsSecret(string entityName, string propertyName) =>
        SecretNames.Contains(propertyName)
        || (entityName == "IdentityUserToken" && propertyName == "Value")
        || (entityName == "CadreFamilyMember" && propertyName is "Name" or "WorkUnit")
        || (entityName is "Sanction" or "ToleranceCase" && propertyName == "Facts")
        || (entityName == "CaseStep" && propertyName == "Note")
        || (entityName == "Accusation" && propertyName == "Content")
        || (entityName == "HealthCheckup" && propertyName.StartsWith("MentalHealth", StringComparison.Ordinal) && propertyName != "MentalHealthAssessed")
        || SecretParts.Any(p => propertyName.Contains(p, StringComparison.Ordinal));

    /// <summary>The value as written into the details (secrets are replaced before this is called).</summary>
    public static object? Show(object? value) => value switch
    {
        null => null,
        IdCardNumber id => id.Masked,
        byte[] => Redacted,
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };

    /// <summary>The details as JSON; for an actor using a personal API token, with that token's id as <c>apiToken</c>.</summary>
    public static string Serialize(object? details, int? apiTokenId)
    {
        var json = Serialize(details);
        if (apiTokenId is not { } id)
        {
            return json;
        }

        var parsed = JsonNode.Parse(json);
        var node = parsed as JsonObject ?? new JsonObject { ["details"] = parsed };
        node["apiToken"] = id;
        return node.ToJsonString(Json);
    }

    public static string Serialize(object? details) =>
        details switch
        {
            null => "{}",
            string s => JsonSerializer.Serialize(new { message = s }, Json),
            _ => JsonSerializer.Serialize(details, Json),
        };
}
