using System.Text.Json;
using Jiceng.Core.Cadres;
using Jiceng.Core.Policy.Cases;
using Jiceng.Core.Posts;

namespace Jiceng.Core.Tests.Policy.Cases;

/// <summary>
/// policy/cases/policy-case.schema.json (the editor's view of the format) names exactly the keys and values the loader
/// accepts: a key added to the loader without the schema, or the other way round, fails here.
/// </summary>
public sealed class CaseSchemaTests
{
    private static readonly Lazy<JsonDocument> Schema = new(() => JsonDocument.Parse(RepoFiles.ReadText("policy/cases/policy-case.schema.json")));

    private static JsonElement Def(string name) => Schema.Value.RootElement.GetProperty("$defs").GetProperty(name);

    private static string[] Properties(JsonElement node) => [.. node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    private static string[] Enum(JsonElement node) => [.. node.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal)];

    private static string[] Sorted(IEnumerable<string> keys) => [.. keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void TheSchemaIsDraft2020_12()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.Value.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void TheMapsNameTheLoadersKeys()
    {
        Assert.Equal(Sorted(CaseFileKeys.File), Properties(Schema.Value.RootElement));
        Assert.Equal(Sorted(CaseFileKeys.Case), Properties(Def("case")));
        Assert.Equal(Sorted(CaseFileKeys.Expect), Properties(Def("expect")));
        Assert.Equal(Sorted(CaseFileKeys.Finding), Properties(Def("finding")));
        Assert.Equal(Sorted(CaseFileKeys.Records.Keys), Properties(Def("records")));
    }

    [Theory]
    [InlineData("units", "unit")]
    [InlineData("cadres", "cadre")]
    [InlineData("terms", "term")]
    [InlineData("posts", "post")]
    [InlineData("reserves", "reserve")]
    [InlineData("exemptions", "exemption")]
    [InlineData("rank_quotas", "rank_quota")]
    [InlineData("ranks", "rank")]
    [InlineData("pool_entries", "pool_entry")]
    [InlineData("commendations", "commendation")]
    [InlineData("grades", "grade")]
    [InlineData("awards", "award")]
    [InlineData("disbursements", "disbursement")]
    [InlineData("township_assessments", "township_assessment")]
    [InlineData("responsibility_items", "responsibility_item")]
    [InlineData("tasks", "task")]
    [InlineData("plan_items", "plan_item")]
    [InlineData("inspections", "inspection")]
    [InlineData("burden_counts", "burden_count")]
    [InlineData("party_members", "party_member")]
    [InlineData("recruitment_plans", "recruitment_plan")]
    [InlineData("subsidy_payments", "subsidy_payment")]
    [InlineData("annual_leaves", "annual_leave")]
    [InlineData("stationings", "stationing")]
    [InlineData("talks", "talk")]
    [InlineData("checkups", "checkup")]
    [InlineData("incidents", "incident")]
    [InlineData("care_activities", "care_activity")]
    public void EachRecordListNamesTheLoadersFields(string list, string def)
    {
        Assert.Equal($"#/$defs/{def}", Def("records").GetProperty("properties").GetProperty(list).GetProperty("items").GetProperty("$ref").GetString());
        Assert.Equal(Sorted(CaseFileKeys.Records[list]), Properties(Def(def)));
    }

    [Fact]
    public void TheChoicesAreTheLoadersChoices()
    {
        Assert.Equal(Sorted(CaseFileKeys.UnitKinds.Keys), Enum(Def("unit").GetProperty("properties").GetProperty("kind")));
        Assert.Equal(Sorted(CaseFileKeys.Sexes.Keys), Enum(Def("cadre").GetProperty("properties").GetProperty("sex")));
        Assert.Equal(Sorted(CaseFileKeys.Severities.Keys), Enum(Def("finding").GetProperty("properties").GetProperty("severity")));
        Assert.Equal(Sorted(System.Enum.GetNames<CadreCategory>()), Enum(Def("cadre").GetProperty("properties").GetProperty("category")));
        Assert.Equal(Sorted(System.Enum.GetNames<PostKind>()), Enum(Def("post").GetProperty("properties").GetProperty("kind")));
        Assert.Equal(Sorted(System.Enum.GetNames<Core.Measures.M01TeamBuilding.CandidateSource>()), Enum(Def("pool_entry").GetProperty("properties").GetProperty("source")));
        Assert.Equal(Sorted(System.Enum.GetNames<Core.Measures.M01TeamBuilding.CandidateLeaveReason>()), Enum(Def("pool_entry").GetProperty("properties").GetProperty("leave_reason")));
        Assert.Equal(Sorted(System.Enum.GetNames<Core.Measures.M01TeamBuilding.CommendationKind>()), Enum(Def("commendation").GetProperty("properties").GetProperty("kind")));
        Assert.Equal(Sorted(System.Enum.GetNames<Core.Measures.M01TeamBuilding.AwardLevel>()), Enum(Def("commendation").GetProperty("properties").GetProperty("level")));
        Assert.Equal(Sorted(System.Enum.GetNames<PostKind>()), Enum(Def("term").GetProperty("properties").GetProperty("seats").GetProperty("propertyNames")));
        Assert.Equal(Sorted(System.Enum.GetNames<Core.Measures.M06Burden.ResponsibilityListKind>()), Enum(Def("responsibility_item").GetProperty("properties").GetProperty("kind")));
        Assert.Equal(Sorted(System.Enum.GetNames<Core.Measures.M06Burden.PlanItemStatus>()), Enum(Def("plan_item").GetProperty("properties").GetProperty("status")));
        Assert.Equal(Sorted(CaseFileKeys.CountedBurdens.Keys), Enum(Def("burden_count").GetProperty("properties").GetProperty("kind")));
        Assert.Equal(Sorted(System.Enum.GetNames<Core.Measures.M09Care.CheckupPayer>()), Enum(Def("checkup").GetProperty("properties").GetProperty("paid_by")));
        Assert.Equal(Sorted(System.Enum.GetNames<Core.Measures.M09Care.CareActivityKind>()), Enum(Def("care_activity").GetProperty("properties").GetProperty("kind")));
    }
}
