using Jiceng.Core.Findings;
using Jiceng.Core.Org;

namespace Jiceng.Core.Policy.Cases;

/// <summary>
/// Every key a case file accepts, in one place: the loader reads by these lists and a test keeps
/// <c>policy/cases/policy-case.schema.json</c> in step with them.
/// </summary>
public static class CaseFileKeys
{
    /// <summary>The local id of the case district (案例区) every case gets; a subject or parent may name it.</summary>
    public const string District = "案例区";

    public const string Cases = "cases";

    public static IReadOnlyList<string> File { get; } = [Cases];

    public static IReadOnlyList<string> Case { get; } = ["name", "note", "parameters", "year", "as_of", "records", "expect"];

    public static IReadOnlyList<string> Expect { get; } = ["findings", "none", "amounts"];

    public static IReadOnlyList<string> Finding { get; } = ["rule", "subject", "severity", "topic", "due", "measured", "required"];

    /// <summary>The record lists under <c>records</c> and the fields of each.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Records { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["units"] = ["id", "kind", "parent", "name", "code", "remote"],
        ["cadres"] = ["id", "unit", "sex", "birth", "name", "id_number", "ethnicity", "political_status", "education", "category",
            "joined_work", "joined_party", "grassroots_since"],
        ["terms"] = ["id", "unit", "number", "start", "end", "seats"],
        ["posts"] = ["id", "cadre", "unit", "kind", "title", "team", "start", "end", "term"],
        ["reserves"] = ["cadre", "village", "from", "to", "leave_reason"],
        ["exemptions"] = ["village", "reason", "from", "to"],
        ["pool_entries"] = ["cadre", "township", "source", "from", "to", "leave_reason"],
        ["commendations"] = ["cadre", "kind", "title", "body", "level", "date"],
    };

    /// <summary>The unit kinds a case may create (below the district), by their file names.</summary>
    public static IReadOnlyDictionary<string, OrgUnitKind> UnitKinds { get; } = new Dictionary<string, OrgUnitKind>(StringComparer.Ordinal)
    {
        ["township"] = OrgUnitKind.Township,
        ["subdistrict"] = OrgUnitKind.SubDistrict,
        ["village"] = OrgUnitKind.Village,
        ["community"] = OrgUnitKind.Community,
        ["department"] = OrgUnitKind.DistrictDepartment,
    };

    public static IReadOnlyDictionary<string, Severity> Severities { get; } = new Dictionary<string, Severity>(StringComparer.Ordinal)
    {
        ["violation"] = Severity.Violation,
        ["warning"] = Severity.Warning,
        ["info"] = Severity.Info,
    };

    /// <summary>Sex as written in a case: the Chinese word, as a person reads an ID card.</summary>
    public static IReadOnlyDictionary<string, Cadres.Sex> Sexes { get; } = new Dictionary<string, Cadres.Sex>(StringComparer.Ordinal)
    {
        ["男"] = Cadres.Sex.Male,
        ["女"] = Cadres.Sex.Female,
    };
}
