using System.Globalization;
using System.Text.Json;
using Jiceng.Core.CodeTables;

namespace Jiceng.Web.Audit;

/// <summary>
/// An audit entry in words an auditor reads: role and record-type names in Chinese, user ids as user names, and the
/// JSON details as "字段：旧值 → 新值" lines. Technical parts without a label (row versions, hashes, the framework's
/// requirement texts) are left out here; the xlsx export keeps the raw JSON.
/// </summary>
/// <param name="label">A UI string by key, or null when there is none.</param>
/// <param name="names">User and role names by id (ids of accounts are GUIDs).</param>
public sealed class AuditEntryText(Func<string, string?> label, IReadOnlyDictionary<string, string> names)
{
    public string Roles(string roles) => string.Join("、",
        roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Role));

    public string Role(string role) => label("AuditRole_" + role) ?? role;

    public string RecordType(string type) => type.Length == 0 ? "" : label("AuditType_" + type) ?? type;

    /// <summary>The record's id, or the account's name when the id is an account's.</summary>
    public string RecordId(string id) => string.Join("，", id.Split(',').Select(part => names.GetValueOrDefault(part) ?? part));

    public IReadOnlyList<string> Details(string recordType, string json)
    {
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(json);
            root = doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return [json];
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var lines = new List<string>();
        var before = Member(root, "before");
        var after = Member(root, "after");
        if (before?.ValueKind == JsonValueKind.Object || after?.ValueKind == JsonValueKind.Object)
        {
            lines.AddRange(Changes(recordType, before, after));
        }

        foreach (var p in root.EnumerateObject())
        {
            if (p.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Object or JsonValueKind.Array)
            {
                continue;
            }

            var text = p.Name switch
            {
                "message" => p.Value.ToString(),
                "field" => Join(label("AuditKey_field"), FieldName(recordType, p.Value.ToString()) ?? p.Value.ToString()),
                _ => label("AuditKey_" + p.Name) is { } key ? Join(key, label($"AuditValue_{p.Name}_{p.Value}") ?? p.Value.ToString()) : null,
            };
            if (text is not null)
            {
                lines.Add(text);
            }
        }

        return lines;
    }

    private IEnumerable<string> Changes(string recordType, JsonElement? before, JsonElement? after)
    {
        var fields = (after ?? before)!.Value.EnumerateObject().Select(p => p.Name);
        foreach (var field in fields)
        {
            if (FieldName(recordType, field) is not { } name)
            {
                continue;
            }

            var old = before is { ValueKind: JsonValueKind.Object } b ? Value(recordType, field, Member(b, field)) : null;
            var now = after is { ValueKind: JsonValueKind.Object } a ? Value(recordType, field, Member(a, field)) : null;
            yield return old is not null && now is not null ? Join(name, $"{old} → {now}") : Join(name, now ?? old ?? "");
        }
    }

    // A field is shown only under a label of its own or of the form field it comes from (EthnicityCode → 民族).
    private string? FieldName(string recordType, string field) =>
        label($"AuditField_{recordType}_{field}") ?? label("AuditField_" + field) ?? label(field)
        ?? (field.EndsWith("Code", StringComparison.Ordinal) ? label(field[..^4]) : null)
        ?? (field.EndsWith("Id", StringComparison.Ordinal) && field.Length > 2 ? label(field[..^2]) : null);

    private string Value(string recordType, string field, JsonElement? value)
    {
        if (value is not { } v || v.ValueKind == JsonValueKind.Null)
        {
            return label("AuditEmpty") ?? "";
        }

        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return label(v.ValueKind == JsonValueKind.True ? "Yes" : "No") ?? v.ToString();
        }

        var text = v.ToString();
        if (recordType is "AppRole" or "IdentityRole" && field is "Name" or "NormalizedName")
        {
            return Role(text);
        }

        return names.GetValueOrDefault(text)
            ?? Code(field, text)
            ?? label($"{EnumOf(recordType, field)}_{text}")
            ?? (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at) && text.Contains('T', StringComparison.Ordinal)
                ? AuditFilterQuery.Local(at)
                : text);
    }

    private static string? Code(string field, string code) => field switch
    {
        "EthnicityCode" => CodeTables.Ethnicity.LabelOf(code),
        "PoliticalStatusCode" => CodeTables.PoliticalStatus.LabelOf(code),
        "EducationCode" => CodeTables.Education.LabelOf(code),
        "DegreeCode" => CodeTables.Degree.LabelOf(code),
        "HomeRegionCode" => CodeTables.RegionName(code) is { } region ? $"{code} {region}" : null,
        _ => null,
    };

    // Enum-valued fields are stored by member name; their labels are "{Enum}_{Member}".
    private static string EnumOf(string recordType, string field) => (recordType, field) switch
    {
        (_, "Category") => "CadreCategory",
        ("OrgUnit", "Kind") => "OrgUnitKind",
        (_, "Kind") => "PostKind",
        _ => field,
    };

    private static JsonElement? Member(JsonElement obj, string name) => obj.TryGetProperty(name, out var v) ? v : null;

    private static string Join(string? name, string value) => name is null ? value : $"{name}：{value}";
}
