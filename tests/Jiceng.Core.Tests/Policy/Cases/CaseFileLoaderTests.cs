using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using Jiceng.Core.Policy.Cases;
using Jiceng.Core.Posts;

namespace Jiceng.Core.Tests.Policy.Cases;

/// <summary>The case file loader: a good file loads into the model; each kind of problem is reported at its line and column.</summary>
public sealed class CaseFileLoaderTests
{
    private const string Good = """
        cases:
          - name: 满5年当日应调整
            note: 说明
            parameters: {P4.max_years_same_post: 4, P1.bachelor_share_min: ~}
            year: 2020
            as_of: 2020-07-01
            records:
              units:
                - {id: 甲镇, kind: township, remote: true}
                - {id: 一村, kind: village, parent: 甲镇}
              cadres:
                - {id: 张三, unit: 甲镇, sex: 女, birth: 1980-03-01, category: SelectedGraduate}
              terms:
                - {id: 一村第十一届, unit: 一村, number: 11, start: 2018-01-01, end: 2022-12-31, seats: {VillagePartySecretary: 1}}
              posts:
                - {id: 委员, cadre: 张三, unit: 甲镇, kind: TownshipPartyCommitteeMember, start: 2015-07-01, team: true}
              reserves:
                - {cadre: 张三, village: 一村, from: 2019-01-01, to: 2020-01-01, leave_reason: 调走}
              exemptions:
                - {village: 一村, reason: 无合适人选, from: 2019-01-01}
            expect:
              findings:
                - {rule: R4.2, subject: 张三, severity: violation, due: 2020-07-01, topic: 委员}
              none: [R10.3]
        """;

    private static IReadOnlyList<ProfileProblem> Problems(string yaml)
    {
        var result = CaseFileLoader.Load(yaml, "c.yaml");
        Assert.False(result.Succeeded);
        return result.Problems;
    }

    private static ProfileProblem Single(string yaml, ProfileProblemKind kind, int line, int column, string fragment)
    {
        var problems = Problems(yaml);
        var p = Assert.Single(problems);
        Assert.Equal((kind, line, column), (p.Kind, p.Line, p.Column));
        Assert.Contains(fragment, p.Message, StringComparison.Ordinal);
        Assert.Equal("c.yaml", p.Source);
        return p;
    }

    /// <summary>The good file with one line replaced (1-based) so each problem sits at a known position.</summary>
    private static string GoodWith(int line, string text)
    {
        var lines = Good.Split('\n');
        lines[line - 1] = text;
        return string.Join('\n', lines);
    }

    [Fact]
    public void AGoodFile_LoadsEveryField()
    {
        var result = CaseFileLoader.Load(Good, "c.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var c = Assert.Single(result.Cases);
        Assert.Equal(("满5年当日应调整", 2020, new DateOnly(2020, 7, 1), new CaseAt(2, 5)), (c.Name, c.Year, c.JudgedOn, c.At));
        Assert.Equal(4, c.Overrides["P4.max_years_same_post"]);
        Assert.Null(c.Overrides["P1.bachelor_share_min"]);
        Assert.True(c.Records.Units[0].Remote);
        Assert.Equal(Jiceng.Core.Cadres.Sex.Female, c.Records.Cadres[0].Sex);
        Assert.Equal(new CaseSeat(PostKind.VillagePartySecretary, 1), Assert.Single(c.Records.Terms[0].Seats));
        Assert.Equal("委员", c.Records.Posts[0].Id);
        Assert.Equal(new DateOnly(2020, 1, 1), c.Records.Reserves[0].To);
        Assert.Equal("无合适人选", c.Records.Exemptions[0].Reason);
        var f = Assert.Single(c.Expect.Findings);
        Assert.Equal(("R4.2", "张三", Severity.Violation, "委员"), (f.Rule, f.Subject, f.Severity, f.Topic));
        Assert.Equal(["R4.2", "R10.3"], c.Expect.Rules);
    }

    [Theory]
    [InlineData("policy/cases/r4.2-post-tenure.yaml")]
    [InlineData("policy/cases/r10.3-reserve-pool.yaml")]
    [InlineData("policy/cases/r3.2-transfer-min-service.yaml")]
    [InlineData("policy/cases/r4.3-remote-long-service.yaml")]
    [InlineData("policy/cases/r4.4-two-way-exchange.yaml")]
    public void TheShippedCaseFiles_Load(string path)
    {
        var result = CaseFileLoader.Load(RepoFiles.ReadText(path), path);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.NotEmpty(result.Cases);
    }

    [Fact]
    public void AnUnknownKey_IsReportedWithASuggestion()
    {
        Single(GoodWith(6, "    as_off: 2020-07-01"), ProfileProblemKind.UnknownKey, 6, 5, "是不是“as_of”");
    }

    [Fact]
    public void AnUnknownRecordField_IsReportedWithASuggestion()
    {
        Single(GoodWith(12, "        - {id: 张三, unit: 甲镇, sex: 女, bith: 1980-03-01}"), ProfileProblemKind.UnknownKey, 12, 38, "是不是“birth”");
    }

    [Fact]
    public void AWrongType_IsReported()
    {
        Single(GoodWith(5, "    year: 二〇二〇"), ProfileProblemKind.WrongType, 5, 11, "整数");
    }

    [Fact]
    public void AnImpossibleDate_IsReported()
    {
        Single(GoodWith(6, "    as_of: 2020-02-30"), ProfileProblemKind.InvalidDate, 6, 12, "不存在的日期");
    }

    [Fact]
    public void AnAsOfOutsideTheYear_IsReported()
    {
        Single(GoodWith(6, "    as_of: 2021-07-01"), ProfileProblemKind.OutOfRange, 6, 5, "2020");
    }

    [Fact]
    public void AReferenceToAnUndefinedId_IsReportedAtTheRecord()
    {
        Single(GoodWith(18, "        - {cadre: 张四, village: 一村, from: 2019-01-01, to: 2020-01-01, leave_reason: 调走}"),
            ProfileProblemKind.UndefinedReference, 18, 11, "是不是“张三”");
    }

    [Fact]
    public void AReferenceToARecordOfAnotherKind_IsReported()
    {
        Single(GoodWith(20, "        - {village: 张三, reason: 无合适人选, from: 2019-01-01}"), ProfileProblemKind.UndefinedReference, 20, 11, "是干部，这里应是单位");
    }

    [Fact]
    public void ADuplicateId_IsReportedAcrossKinds()
    {
        Single(GoodWith(16, "        - {id: 张三, cadre: 张三, unit: 甲镇, kind: TownshipPartyCommitteeMember, start: 2015-07-01, team: true}"),
            ProfileProblemKind.DuplicateKey, 16, 11, "第一次出现在第 12 行");
    }

    [Fact]
    public void ADuplicateCaseName_IsReported()
    {
        var twice = Good + "\n" + string.Join('\n', Good.Split('\n').Skip(1));
        var p = Assert.Single(Problems(twice));
        Assert.Equal((ProfileProblemKind.DuplicateKey, 25, 5), (p.Kind, p.Line, p.Column));
        Assert.Contains("用例名称", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownRule_IsReportedWithTheBuiltOnes()
    {
        var p = Single(GoodWith(24, "      none: [R10.33]"), ProfileProblemKind.UndefinedReference, 24, 14, "是不是“R10.3”");
        Assert.Contains("R4.2", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownEnumName_ListsTheValidOnes()
    {
        var p = Single(GoodWith(9, "        - {id: 甲镇, kind: town, remote: true}"), ProfileProblemKind.WrongType, 9, 26, "township");
        Assert.Contains("village", p.Message, StringComparison.Ordinal);
        Single(GoodWith(23, "        - {rule: R4.2, subject: 张三, severity: error}"), ProfileProblemKind.WrongType, 23, 47, "violation");
        Single(GoodWith(16, "        - {id: 委员, cadre: 张三, unit: 甲镇, kind: PartyCommitteeMember, start: 2015-07-01}"),
            ProfileProblemKind.WrongType, 16, 47, "TownshipPartyCommitteeMember");
    }

    [Fact]
    public void AParameterOverride_IsCheckedLikeAProfileValue()
    {
        var p = Single(GoodWith(4, "    parameters: {P10.reserve_multiplier: -1}"), ProfileProblemKind.Negative, 4, 42, "不能为负数");
        Assert.Equal("P10.reserve_multiplier", p.ParameterId);
        Single(GoodWith(4, "    parameters: {P4.max_years_same_pots: 4}"), ProfileProblemKind.UnknownKey, 4, 18, "是不是“P4.max_years_same_post”");
        Single(GoodWith(4, "    parameters: {P4.max_years_same_post: ~}"), ProfileProblemKind.MissingRequired, 4, 42, "必填参数");
    }

    [Fact]
    public void Amounts_MustBeAList_OfCalculatorExpectations()
    {
        Single(GoodWith(24, "      amounts: {R8.1: 100}"), ProfileProblemKind.WrongType, 24, 16, "amounts 应为列表");
    }

    [Fact]
    public void AMissingRequiredField_IsReportedAtItsMap()
    {
        Single(GoodWith(9, "        - {id: 甲镇, remote: true}"), ProfileProblemKind.MissingField, 9, 11, "缺少 kind");
    }

    [Fact]
    public void EveryProblemIsReportedAtOnce()
    {
        var yaml = GoodWith(6, "    as_off: 2020-07-01").Replace("R10.3]", "R99]", StringComparison.Ordinal).Replace("kind: township", "kind: town", StringComparison.Ordinal);
        Assert.Equal(3, Problems(yaml).Count);
    }

    [Theory]
    [InlineData("", ProfileProblemKind.Empty)]
    [InlineData("- a\n- b", ProfileProblemKind.WrongType)]
    [InlineData("cases: [&a {name: x}, *a]", ProfileProblemKind.Unsupported)]
    [InlineData("cases: {}", ProfileProblemKind.WrongType)]
    [InlineData("kases: []", ProfileProblemKind.UnknownKey)]
    public void HostileOrEmptyInput_IsRefusedWithoutThrowing(string yaml, ProfileProblemKind kind)
    {
        Assert.Contains(Problems(yaml), p => p.Kind == kind);
    }

    [Fact]
    public void DeepNestingAndHugeFiles_AreRefused()
    {
        Assert.Contains(Problems("cases: " + new string('[', 100)), p => p.Kind == ProfileProblemKind.TooLarge);
        Assert.Contains(Problems(new string('#', CaseFileLoader.MaxLength + 1)), p => p.Kind == ProfileProblemKind.TooLarge);
    }

    [Fact]
    public void With_ReplacesAndUnsetsValues()
    {
        var profile = ProfileLoader.Load(RepoFiles.DefaultProfileText, "p.yaml").Profile!;
        var changed = profile.With(new Dictionary<string, object?> { ["P4.max_years_same_post"] = 3, ["P6.document_reduction"] = null });
        Assert.Equal(3, changed.Int("P4.max_years_same_post"));
        Assert.False(changed.IsSet("P6.document_reduction"));
        Assert.Equal(5, profile.Int("P4.max_years_same_post"));
    }

    private const string Care = """
        cases:
          - name: 关爱
            year: 2025
            records:
              units:
                - {id: 甲镇, kind: township}
                - {id: 一村, kind: village, parent: 甲镇}
              cadres:
                - {id: 张三, unit: 甲镇}
              stationings:
                - {cadre: 张三, village: 一村, start: 2025-03-01}
              talks:
                - {cadre: 张三, on: 2025-03-02}
              checkups:
                - {id: 体检, cadre: 张三, on: 2025-04-01, cost: 500.01, paid_by: Self, mental_health: false}
              incidents:
                - {id: 事件, cadre: 张三, reported: "2025-03-01 08:00", accepted: "2025-03-02 08:00"}
              care_activities:
                - {unit: 甲镇, held: 2025-05-01, kind: Sports}
            expect:
              none: [R9.5]
        """;

    private static string CareWith(int line, string text)
    {
        var lines = Care.Split('\n');
        lines[line - 1] = text;
        return string.Join('\n', lines);
    }

    [Fact]
    public void TheCareRecords_LoadWithTheirDefaults()
    {
        var result = CaseFileLoader.Load(Care, "c.yaml");
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => p.Message)));
        var records = Assert.Single(result.Cases!).Records;
        var stationing = Assert.Single(records.Stationings);
        Assert.Equal(("张三", "一村", new DateOnly(2025, 3, 1), (DateOnly?)null), (stationing.Cadre, stationing.Village, stationing.Start, stationing.End));
        Assert.Equal(new DateOnly(2025, 3, 2), Assert.Single(records.Talks).On);
        var checkup = Assert.Single(records.Checkups);
        Assert.Equal(("体检", 500.01m, Core.Measures.M09Care.CheckupPayer.Self, false), (checkup.Id, checkup.Cost, checkup.PaidBy, checkup.MentalHealth));
        var incident = Assert.Single(records.Incidents);
        Assert.Equal(new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc), incident.Reported!.Value.UtcDateTime);
        Assert.Equal(new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc), incident.Accepted!.Value.UtcDateTime);
        Assert.Null(incident.Closed);
        Assert.Equal(Core.Measures.M09Care.CareActivityKind.Sports, Assert.Single(records.CareActivities).Kind);
    }

    [Fact]
    public void ACheckupWithoutPayerOrItem_DefaultsToFinanceAndAssessed()
    {
        var result = CaseFileLoader.Load(CareWith(15, "            - {cadre: 张三, on: 2025-04-01}"), "c.yaml");
        var checkup = Assert.Single(Assert.Single(result.Cases!).Records.Checkups);
        Assert.Equal((Core.Measures.M09Care.CheckupPayer.Finance, true, (decimal?)null), (checkup.PaidBy, checkup.MentalHealth, checkup.Cost));
    }

    [Fact]
    public void AnInstantNotInChinaTimeFormat_IsReportedAtTheValue()
    {
        var line = "            - {id: 事件, cadre: 张三, reported: \"2025-03-01T08:00\"}";
        var p = Single(CareWith(17, line), ProfileProblemKind.WrongType, 17, line.IndexOf('"', StringComparison.Ordinal) + 1, "YYYY-MM-DD HH:mm");
        Assert.Contains("reported", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACostWithMoreThanTwoDecimals_IsReported()
    {
        var line = "            - {cadre: 张三, on: 2025-04-01, cost: 500.001}";
        Single(CareWith(15, line), ProfileProblemKind.WrongType, 15, line.IndexOf("500", StringComparison.Ordinal) + 1, "两位小数");
    }

    [Fact]
    public void ACheckupOfAnUndefinedCadre_IsReported()
    {
        Single(CareWith(15, "            - {cadre: 张四, on: 2025-04-01}"), ProfileProblemKind.UndefinedReference, 15, 15, "是不是“张三”");
    }
}
