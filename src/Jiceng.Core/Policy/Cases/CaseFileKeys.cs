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

    /// <summary>The fields of an expected calculator amount (<c>expect.amounts</c>).</summary>
    public static IReadOnlyList<string> Amount { get; } = ["calculator", "inputs", "amount", "working", "refused"];

    /// <summary>The record lists under <c>records</c> and the fields of each.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Records { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["units"] = ["id", "kind", "parent", "name", "code", "remote", "established"],
        ["cadres"] = ["id", "unit", "sex", "birth", "name", "id_number", "ethnicity", "political_status", "education", "category",
            "joined_work", "joined_party", "grassroots_since"],
        ["terms"] = ["id", "unit", "number", "start", "end", "seats"],
        ["posts"] = ["id", "cadre", "unit", "kind", "title", "team", "start", "end", "term"],
        ["reserves"] = ["cadre", "village", "from", "to", "leave_reason"],
        ["exemptions"] = ["village", "reason", "from", "to"],
        ["establishments"] = ["unit", "kind", "approved", "from", "to"],
        ["positions"] = ["id", "unit", "year", "title", "hires", "exam_ratio", "any_major", "relaxed_education", "relaxed_age"],
        ["agencies"] = ["id", "township", "department", "name", "from", "to"],
        ["agency_decisions"] = ["id", "agency", "cadre", "kind", "date", "opinion_on", "opinion", "opinion_text"],
        ["rank_quotas"] = ["unit", "rank", "count", "from"],
        ["ranks"] = ["id", "cadre", "rank", "start", "end", "quota_unit", "document"],
        ["moves"] = ["cadre", "from", "to", "external", "on", "kind", "status", "document"],
        ["wishes"] = ["cadre", "registered", "destination", "reason", "answered", "answer", "answered_by"],
        ["trainings"] = ["cadre", "kind", "title", "provider", "level", "start", "end", "days", "certificate"],
        ["secondments"] = ["cadre", "place", "destination", "level", "post_title", "start", "end"],
        ["pool_entries"] = ["cadre", "township", "source", "from", "to", "leave_reason"],
        ["commendations"] = ["cadre", "kind", "title", "body", "level", "date"],
        ["grades"] = ["cadre", "year", "grade", "unit", "imported"],
        ["awards"] = ["id", "cadre", "kind", "title", "event", "event_on", "granted_on", "grassroots"],
        ["disbursements"] = ["village", "cadre", "year", "amount", "score", "paid_on"],
        ["township_assessments"] = ["township", "year", "category", "feedback"],
        ["sanctions"] = ["id", "cadre", "kind", "effective", "revoked"],
        ["tolerance_cases"] = ["cadre", "received", "sanction", "decision", "decided"],
        ["accusations"] = ["cadre", "received", "conclusion", "concluded", "clarified"],
        ["responsibility_items"] = ["id", "unit", "year", "kind", "title", "ended"],
        ["tasks"] = ["id", "township", "department", "title", "assigned", "item", "funding", "withdrawn"],
        ["plan_items"] = ["id", "department", "year", "title", "status", "decided"],
        ["inspections"] = ["id", "township", "department", "held", "plan", "title"],
        ["burden_counts"] = ["township", "department", "kind", "year", "count"],
        ["party_members"] = ["village", "name", "birth", "admitted", "cadre"],
        ["recruitment_plans"] = ["unit", "year", "plan", "targeted"],
        ["insurances"] = ["cadre", "village", "kind", "from", "to", "contribution"],
        ["facilities"] = ["township", "kind", "opened", "closed"],
        ["incomes"] = ["village", "year", "income", "new_income"],
        ["reward_payments"] = ["village", "cadre", "year", "weight", "amount", "paid_on"],
        ["fallen"] = ["cadre", "died", "family"],
        ["visits"] = ["cadre", "on"],
        ["subsidy_payments"] = ["cadre", "subsidy", "month", "amount", "from", "to", "paid_on"],
        ["annual_leaves"] = ["cadre", "year", "taken", "wage", "compensated", "compensation", "compensated_on"],
        ["postings"] = ["id", "cadre", "start", "end", "home", "corrected_start", "corrected_end"],
        ["trip_claims"] = ["posting", "date", "amount"],
        ["stationings"] = ["cadre", "village", "start", "end"],
        ["talks"] = ["cadre", "on", "talker", "topics"],
        ["checkups"] = ["id", "cadre", "on", "institution", "cost", "paid_by", "mental_health"],
        ["incidents"] = ["id", "cadre", "reported", "accepted", "closed"],
        ["care_activities"] = ["unit", "held", "kind", "title"],
    };

    /// <summary>The ledger kinds a <c>burden_counts</c> row may count (inspections are written one by one).</summary>
    public static IReadOnlyDictionary<string, Measures.M06Burden.BurdenKind> CountedBurdens { get; } =
        new Dictionary<string, Measures.M06Burden.BurdenKind>(StringComparer.Ordinal)
        {
            ["Meeting"] = Measures.M06Burden.BurdenKind.Meeting,
            ["Document"] = Measures.M06Burden.BurdenKind.Document,
            ["Form"] = Measures.M06Burden.BurdenKind.Form,
        };

    /// <summary>A move's status as written in a case.</summary>
    public static IReadOnlyDictionary<string, Measures.M04Promotion.MoveStatus> MoveStatuses { get; } =
        new Dictionary<string, Measures.M04Promotion.MoveStatus>(StringComparer.Ordinal)
        {
            ["pending"] = Measures.M04Promotion.MoveStatus.Pending,
            ["done"] = Measures.M04Promotion.MoveStatus.Done,
            ["cancelled"] = Measures.M04Promotion.MoveStatus.Cancelled,
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
