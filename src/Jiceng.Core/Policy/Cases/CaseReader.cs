using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M01TeamBuilding;
using Jiceng.Core.Policy.Loading;
using Jiceng.Core.Posts;

namespace Jiceng.Core.Policy.Cases;

/// <summary>Walks the <c>cases</c> list of a case file and reads each case; references are checked by <see cref="CaseReferences"/>.</summary>
internal sealed class CaseReader(ProblemList problems, string source)
{
    private static readonly IReadOnlyDictionary<string, PostKind> PostKinds = EnumNames<PostKind>();
    private static readonly IReadOnlyDictionary<string, CadreCategory> Categories = EnumNames<CadreCategory>();
    private static readonly IReadOnlyDictionary<string, Measures.M03Staffing.EstablishmentKind> EstablishmentKinds = EnumNames<Measures.M03Staffing.EstablishmentKind>();
    private static readonly IReadOnlyDictionary<string, Measures.M03Staffing.AgencyHeadEventKind> AgencyDecisionKinds = EnumNames<Measures.M03Staffing.AgencyHeadEventKind>();
    private static readonly IReadOnlyDictionary<string, Measures.M03Staffing.TownshipOpinion> Opinions = EnumNames<Measures.M03Staffing.TownshipOpinion>();
    private static readonly IReadOnlyDictionary<string, Measures.M04Promotion.MoveKind> MoveKinds = EnumNames<Measures.M04Promotion.MoveKind>();
    private static readonly IReadOnlyDictionary<string, Measures.M02Capability.TrainingKind> TrainingKinds = EnumNames<Measures.M02Capability.TrainingKind>();
    private static readonly IReadOnlyDictionary<string, Measures.M02Capability.AdministrativeLevel> Levels = EnumNames<Measures.M02Capability.AdministrativeLevel>();
    private static readonly IReadOnlyDictionary<string, Measures.M02Capability.SecondmentDestination> Destinations = EnumNames<Measures.M02Capability.SecondmentDestination>();
    private static readonly IReadOnlyDictionary<string, CandidateSource> PoolSources = EnumNames<CandidateSource>();
    private static readonly IReadOnlyDictionary<string, CandidateLeaveReason> PoolLeaveReasons = EnumNames<CandidateLeaveReason>();
    private static readonly IReadOnlyDictionary<string, CommendationKind> CommendationKinds = EnumNames<CommendationKind>();

    /// <summary>Clause 七's choices, written in Chinese as the UI shows them.</summary>
    private static readonly IReadOnlyDictionary<string, SanctionKind> SanctionKindNames =
        Enum.GetValues<SanctionKind>().ToDictionary(k => k.Label(), StringComparer.Ordinal);

    private static readonly IReadOnlyDictionary<string, Measures.M07ErrorTolerance.CaseDecision> CaseDecisionNames =
        new Dictionary<string, Measures.M07ErrorTolerance.CaseDecision>(StringComparer.Ordinal)
        {
            ["容错免责"] = Measures.M07ErrorTolerance.CaseDecision.Exempted, ["从轻减轻"] = Measures.M07ErrorTolerance.CaseDecision.Mitigated,
            ["不予容错"] = Measures.M07ErrorTolerance.CaseDecision.NotTolerated,
        };

    private static readonly IReadOnlyDictionary<string, Measures.M07ErrorTolerance.AccusationConclusion> ConclusionNames =
        Enum.GetValues<Measures.M07ErrorTolerance.AccusationConclusion>().ToDictionary(Measures.M07ErrorTolerance.ClarificationRule.Label, StringComparer.Ordinal);
    private static readonly IReadOnlyDictionary<string, AwardLevel> AwardLevels = EnumNames<AwardLevel>();
    private static readonly IReadOnlyDictionary<string, Measures.M05Assessment.AwardKind> AwardKinds = EnumNames<Measures.M05Assessment.AwardKind>();
    private static readonly IReadOnlyDictionary<string, Measures.M06Burden.ResponsibilityListKind> ListKinds = EnumNames<Measures.M06Burden.ResponsibilityListKind>();
    private static readonly IReadOnlyDictionary<string, Measures.M06Burden.PlanItemStatus> PlanStatuses = EnumNames<Measures.M06Burden.PlanItemStatus>();
    private static readonly IReadOnlyDictionary<string, Measures.M08Guarantees.InsuranceKind> InsuranceKinds = EnumNames<Measures.M08Guarantees.InsuranceKind>();
    private static readonly IReadOnlyDictionary<string, Measures.M08Guarantees.FacilityKind> FacilityKinds = EnumNames<Measures.M08Guarantees.FacilityKind>();
    private static readonly IReadOnlyDictionary<string, Measures.M09Care.CheckupPayer> Payers = EnumNames<Measures.M09Care.CheckupPayer>();
    private static readonly IReadOnlyDictionary<string, Measures.M09Care.CareActivityKind> ActivityKinds = EnumNames<Measures.M09Care.CareActivityKind>();
    private static readonly IReadOnlyDictionary<string, string> GradeLabels =
        Measures.M05Assessment.AssessmentGrades.All.ToDictionary(g => g.Label, g => g.Code, StringComparer.Ordinal);

    private readonly ValueReader _values = new(problems);

    public IReadOnlyList<PolicyCase> Read(YMap root)
    {
        var file = CaseFields.Open(root, CaseFileKeys.File, "文件顶层", problems);
        if (file?.Node(CaseFileKeys.Cases) is not { } list)
        {
            problems.Add(ProfileProblemKind.MissingRequired, root.At, null, "文件中没有 cases 列表（每个用例是其中的一项，见 docs/policy-cases.md）");
            return [];
        }

        var cases = new List<PolicyCase>();
        var names = new Dictionary<string, Position>(StringComparer.Ordinal);
        foreach (var item in Items(list, "cases"))
        {
            if (ReadCase(item) is not { } c)
            {
                continue;
            }

            if (names.TryGetValue(c.Name, out var first))
            {
                problems.Add(ProfileProblemKind.DuplicateKey, new Position(c.At.Line, c.At.Column), null,
                    $"用例名称“{YNodes.Shorten(c.Name)}”重复，第一次出现在第 {first.Line} 行；每个用例的名称应不同");
            }
            else
            {
                names.Add(c.Name, new Position(c.At.Line, c.At.Column));
            }

            cases.Add(c);
        }

        if (cases.Count == 0 && problems.Count == 0)
        {
            problems.Add(ProfileProblemKind.Empty, list.At, null, "cases 列表是空的：至少写一个用例");
        }

        return cases;
    }

    private PolicyCase? ReadCase(YNode node)
    {
        if (CaseFields.Open(node, CaseFileKeys.Case, "用例", problems) is not { } f)
        {
            return null;
        }

        var name = f.RequiredText("name");
        var year = f.Int("year", 1949, 2100);

        var asOf = f.Date("as_of");
        if (asOf is { } day && year is { } y && day.Year != y)
        {
            problems.Add(ProfileProblemKind.OutOfRange, f.KeyAt("as_of"), null, $"as_of（评判日）{day:yyyy-MM-dd} 不在 year 所写的 {y} 年内");
        }

        var records = ReadRecords(f.Node("records"));
        var expect = ReadExpectations(f.Node("expect"), f.Map.At);
        // A case that only asserts calculator amounts judges no year; one that names rules needs it.
        if (year is null && !f.Has("year") && (expect.Rules.Count > 0 || expect.Amounts.Count == 0))
        {
            problems.Add(ProfileProblemKind.MissingField, f.Map.At, null, "用例缺少 year（评判的年度）");
        }

        new CaseReferences(problems).Check(records, expect);
        return new PolicyCase(source, name, f.At, f.Text("note"), ReadOverrides(f.Node("parameters")), year ?? 0, asOf, records, expect);
    }

    private Dictionary<string, object?> ReadOverrides(YNode? node)
    {
        var overrides = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (node is null or YBad)
        {
            return overrides;
        }

        if (node is not YMap map)
        {
            problems.Add(ProfileProblemKind.WrongType, node.At, null, $"parameters 应为映射（每行“参数编号: 值”），却是{node.Describe()}");
            return overrides;
        }

        foreach (var (key, value) in map.Entries)
        {
            if (!ParameterCatalog.TryGet(key.Value, out var definition))
            {
                problems.Add(ProfileProblemKind.UnknownKey, key.At, null, KeySuggestions.Unknown("参数", key.Value, ParameterCatalog.All.Select(d => d.Id)));
            }
            else if (_values.TryRead(definition, value, out var v))
            {
                if (v is null && definition.Required)
                {
                    problems.Add(ProfileProblemKind.MissingRequired, value.At, key.Value, $"必填参数“{definition.Label}”不能改为不设置（只有可选参数可以不填）");
                }

                overrides[key.Value] = v;
            }
        }

        return overrides;
    }

    private CaseRecords ReadRecords(YNode? node)
    {
        var f = node is null ? null : CaseFields.Open(node, [.. CaseFileKeys.Records.Keys], "records", problems);
        List<T> ListOf<T>(string kind, Func<CaseFields, T> read) =>
            f?.Node(kind) is { } list
                ? [.. Items(list, kind).Select(i => CaseFields.Open(i, CaseFileKeys.Records[kind], RecordLabel(kind), problems)).OfType<CaseFields>().Select(read)]
                : [];

        return new CaseRecords(
            ListOf("units", r => new CaseUnit(r.RequiredText("id"), r.Choice("kind", CaseFileKeys.UnitKinds, required: true) ?? default,
                r.Text("parent"), r.Text("name"), r.Text("code"), r.Bool("remote"), r.At, r.Date("established"))),
            ListOf("cadres", r => new CaseCadre(r.RequiredText("id"), r.RequiredText("unit"), r.Choice("sex", CaseFileKeys.Sexes, required: false) ?? Sex.Male,
                r.Date("birth"), r.Text("name"), r.Text("id_number"), r.Text("ethnicity"), r.Text("political_status"), r.Text("education"),
                r.Choice("category", Categories, required: false), r.Date("joined_work"), r.Date("joined_party"), r.Date("grassroots_since"), r.At)),
            ListOf("terms", r => new CaseTerm(r.RequiredText("id"), r.RequiredText("unit"), r.Int("number", 1, 1000), r.Date("start"), r.Date("end"),
                ReadSeats(r.Node("seats")), r.At)),
            ListOf("posts", r => new CasePost(r.Text("id"), r.RequiredText("cadre"), r.RequiredText("unit"),
                r.Choice("kind", PostKinds, required: true) ?? default, r.Text("title"), r.Bool("team"), r.Date("start"), r.Date("end"), r.Text("term"), r.At)),
            ListOf("reserves", r => new CaseReserve(r.RequiredText("cadre"), r.RequiredText("village"), r.Date("from"), r.Date("to"), r.Text("leave_reason"), r.At)),
            ListOf("exemptions", r => new CaseExemption(r.RequiredText("village"), r.Text("reason"), r.Date("from"), r.Date("to"), r.At)))
        {
            Establishments = ListOf("establishments", r => new CaseEstablishment(r.RequiredText("unit"),
                r.Choice("kind", EstablishmentKinds, required: true) ?? default, r.Int("approved", 0, 9999), r.Date("from"), r.Date("to"), r.At)),
            Positions = ListOf("positions", r => new CasePosition(r.Text("id"), r.RequiredText("unit"), r.Int("year", 1949, 2099), r.Text("title"),
                r.Int("hires", 0, 999), r.Int("exam_ratio", 0, 99), r.Bool("any_major"), r.Bool("relaxed_education"), r.Bool("relaxed_age"), r.At)),
            Agencies = ListOf("agencies", r => new CaseAgency(r.RequiredText("id"), r.RequiredText("township"), r.RequiredText("department"),
                r.Text("name"), r.Date("from"), r.Date("to"), r.At)),
            AgencyDecisions = ListOf("agency_decisions", r => new CaseAgencyDecision(r.Text("id"), r.RequiredText("agency"), r.RequiredText("cadre"),
                r.Choice("kind", AgencyDecisionKinds, required: true) ?? default, r.Date("date"), r.Date("opinion_on"),
                r.Choice("opinion", Opinions, required: false), r.Text("opinion_text"), r.At)),
            RankQuotas = ListOf("rank_quotas", r => new CaseRankQuota(r.RequiredText("unit"), RankCode(r), r.Int("count", 0, 999), r.Date("from"), r.At)),
            Ranks = ListOf("ranks", r => new CaseRank(r.Text("id"), r.RequiredText("cadre"), RankCode(r), r.Date("start"), r.Date("end"),
                r.Text("quota_unit"), r.Text("document"), r.At)),
            Moves = ListOf("moves", r => new CaseMove(r.RequiredText("cadre"), r.Text("from"), r.Text("to"), r.Text("external"), r.Date("on"),
                r.Choice("kind", MoveKinds, required: false) ?? Measures.M04Promotion.MoveKind.Exchange,
                r.Choice("status", CaseFileKeys.MoveStatuses, required: false) ?? Measures.M04Promotion.MoveStatus.Done, r.Text("document"), r.At)),
            Wishes = ListOf("wishes", r => new CaseWish(r.RequiredText("cadre"), r.Date("registered"), r.Text("destination"), r.Text("reason"),
                r.Date("answered"), r.Text("answer"), r.Text("answered_by"), r.At)),
            Trainings = ListOf("trainings", r => new CaseTraining(r.RequiredText("cadre"), r.Choice("kind", TrainingKinds, required: true) ?? default,
                r.Text("title"), r.Text("provider"), r.Choice("level", Levels, required: true) ?? default, r.Date("start"), r.Date("end"),
                r.Int("days", -1000, 100_000), r.Text("certificate"), r.At)),
            Secondments = ListOf("secondments", r => new CaseSecondment(r.RequiredText("cadre"), r.Text("place"), r.Choice("destination", Destinations, required: true) ?? default,
                r.Choice("level", Levels, required: true) ?? default, r.Text("post_title"), r.Date("start"), r.Date("end"), r.At)),
            PoolEntries = ListOf("pool_entries", r => new CasePoolEntry(r.RequiredText("cadre"), r.RequiredText("township"), r.Choice("source", PoolSources, required: true),
                r.Date("from"), r.Date("to"), r.Choice("leave_reason", PoolLeaveReasons, required: false), r.At)),
            Commendations = ListOf("commendations", r => new CaseCommendation(r.RequiredText("cadre"), r.Choice("kind", CommendationKinds, required: true) ?? default,
                r.Text("title"), r.Text("body"), r.Choice("level", AwardLevels, required: false), r.Date("date"), r.At)),
            Grades = ListOf("grades", r => new CaseGrade(r.RequiredText("cadre"), r.Int("year", 1949, 2099), GradeCode(r),
                r.Text("unit"), r.Bool("imported"), r.At)),
            Awards = ListOf("awards", r => new CaseAward(r.Text("id"), r.RequiredText("cadre"), r.Choice("kind", AwardKinds, required: false) ?? Measures.M05Assessment.AwardKind.Commendation,
                r.Text("title"), r.Text("event"), r.Date("event_on"), r.Date("granted_on"), r.Bool("grassroots"), r.At)),
            Disbursements = ListOf("disbursements", r => new CaseDisbursement(r.RequiredText("village"), r.RequiredText("cadre"), r.Int("year", 1949, 2099),
                r.Int("amount", 0, 100_000_000), r.Int("score", 0, 100), r.Date("paid_on"), r.At)),
            TownshipAssessments = ListOf("township_assessments", r => new CaseTownshipAssessment(r.RequiredText("township"), r.Int("year", 1949, 2099),
                r.Text("category"), r.Int("feedback", 0, 3), r.At)),
            Sanctions = ListOf("sanctions", r => new CaseSanction(r.Text("id"), r.RequiredText("cadre"), r.Choice("kind", SanctionKindNames, required: true) ?? default,
                r.Date("effective"), r.Date("revoked"), r.At)),
            ToleranceCases = ListOf("tolerance_cases", r => new CaseToleranceCase(r.RequiredText("cadre"), r.Date("received"), r.Text("sanction"),
                r.Choice("decision", CaseDecisionNames, required: false), r.Date("decided"), r.At)),
            Accusations = ListOf("accusations", r => new CaseAccusation(r.RequiredText("cadre"), r.Date("received"),
                r.Choice("conclusion", ConclusionNames, required: false), r.Date("concluded"), r.Date("clarified"), r.At)),
            ResponsibilityItems = ListOf("responsibility_items", r => new CaseResponsibilityItem(r.RequiredText("id"), r.RequiredText("unit"), r.Int("year", 2000, 2099),
                r.Choice("kind", ListKinds, required: false) ?? Measures.M06Burden.ResponsibilityListKind.Responsibility, r.Text("title"), r.Date("ended"), r.At)),
            Tasks = ListOf("tasks", r => new CaseAssignedTask(r.Text("id"), r.RequiredText("township"), r.RequiredText("department"), r.Text("title"),
                r.Date("assigned"), r.Text("item"), r.Int("funding", 0, 100_000_000), r.Date("withdrawn"), r.At)),
            PlanItems = ListOf("plan_items", r => new CasePlanItem(r.RequiredText("id"), r.RequiredText("department"), r.Int("year", 2000, 2099), r.Text("title"),
                r.Choice("status", PlanStatuses, required: false) ?? Measures.M06Burden.PlanItemStatus.Approved, r.Date("decided"), r.At)),
            Inspections = ListOf("inspections", r => new CaseInspection(r.Text("id"), r.RequiredText("township"), r.RequiredText("department"), r.Date("held"),
                r.Text("plan"), r.Text("title"), r.At)),
            BurdenCounts = ListOf("burden_counts", r => new CaseBurdenCount(r.RequiredText("township"), r.RequiredText("department"),
                r.Choice("kind", CaseFileKeys.CountedBurdens, required: true) ?? default, r.Int("year", 2000, 2099), r.Int("count", 0, 100_000), r.At)),
            PartyMembers = ListOf("party_members", r => new CasePartyMember(r.RequiredText("village"), r.Text("name"), r.Date("birth"), r.Date("admitted"),
                r.Text("cadre"), r.At)),
            RecruitmentPlans = ListOf("recruitment_plans", r => new CaseRecruitmentPlan(r.RequiredText("unit"), r.Int("year", 2000, 2099),
                r.Int("plan", -1000, 100_000), r.Int("targeted", -1000, 100_000), r.At)),
            Insurances = ListOf("insurances", r => new CaseInsurance(r.RequiredText("cadre"), r.RequiredText("village"),
                r.Choice("kind", InsuranceKinds, required: false) ?? Measures.M08Guarantees.InsuranceKind.Accident, r.Date("from"), r.Date("to"),
                r.Int("contribution", 0, 1_000_000), r.At)),
            Facilities = ListOf("facilities", r => new CaseFacility(r.RequiredText("township"), r.Choice("kind", FacilityKinds, required: true) ?? default,
                r.Date("opened"), r.Date("closed"), r.At)),
            Incomes = ListOf("incomes", r => new CaseIncome(r.RequiredText("village"), r.Int("year", 2000, 2099), r.Int("income", 0, 1_000_000_000),
                r.Int("new_income", -1_000_000_000, 1_000_000_000), r.At)),
            RewardPayments = ListOf("reward_payments", r => new CaseRewardPayment(r.RequiredText("village"), r.RequiredText("cadre"), r.Int("year", 2000, 2099),
                r.Int("weight", 1, 100), r.Int("amount", 0, 100_000_000), r.Date("paid_on"), r.At)),
            Fallen = ListOf("fallen", r => new CaseFallen(r.RequiredText("cadre"), r.Date("died"), r.Int("family", 0, 20), r.At)),
            Visits = ListOf("visits", r => new CaseVisit(r.RequiredText("cadre"), r.Date("on"), r.At)),
            SubsidyPayments = ListOf("subsidy_payments", r => new CaseSubsidyPayment(r.RequiredText("cadre"), r.RequiredText("subsidy"), r.RequiredText("month"),
                r.Money("amount"), r.Date("from"), r.Date("to"), r.Date("paid_on"), r.At)),
            AnnualLeaves = ListOf("annual_leaves", r => new CaseAnnualLeave(r.RequiredText("cadre"), r.Int("year", 2000, 2099), r.Int("taken", 0, 366),
                r.Money("wage"), r.Int("compensated", 0, 366), r.Money("compensation"), r.Date("compensated_on"), r.At)),
            Postings = ListOf("postings", r => new CasePosting(r.RequiredText("id"), r.RequiredText("cadre"), r.Date("start"), r.Date("end"), r.Text("home"),
                r.Date("corrected_start"), r.Date("corrected_end"), r.At)),
            TripClaims = ListOf("trip_claims", r => new CaseTripClaim(r.RequiredText("posting"), r.Date("date"), r.Money("amount"), r.At)),
            Stationings = ListOf("stationings", r => new CaseStationing(r.RequiredText("cadre"), r.RequiredText("village"), r.Date("start"), r.Date("end"), r.At)),
            Talks = ListOf("talks", r => new CaseTalk(r.RequiredText("cadre"), r.Date("on"), r.Text("talker"), r.Text("topics"), r.At)),
            Checkups = ListOf("checkups", r => new CaseCheckup(r.Text("id"), r.RequiredText("cadre"), r.Date("on"), r.Text("institution"), r.Money("cost"),
                r.Choice("paid_by", Payers, required: false) ?? Measures.M09Care.CheckupPayer.Finance, !r.Has("mental_health") || r.Bool("mental_health"), r.At)),
            Incidents = ListOf("incidents", r => new CaseIncident(r.Text("id"), r.RequiredText("cadre"), r.Instant("reported"), r.Instant("accepted"), r.Instant("closed"), r.At)),
            CareActivities = ListOf("care_activities", r => new CaseCareActivity(r.RequiredText("unit"), r.Date("held"),
                r.Choice("kind", ActivityKinds, required: false) ?? Measures.M09Care.CareActivityKind.MentalHealthLecture, r.Text("title"), r.At)),
        };
    }

    /// <summary>A grade written by its label (优秀 … 不进行考核), as its ZB18 code.</summary>
    private string? GradeCode(CaseFields r)
    {
        var label = r.RequiredText("grade");
        if (label.Length == 0)
        {
            return null;
        }

        if (GradeLabels.TryGetValue(label, out var code))
        {
            return code;
        }

        problems.Add(ProfileProblemKind.UndefinedReference, r.KeyAt("grade"), null,
            $"grade：“{YNodes.Shorten(label)}”不是考核等次（可写：{string.Join("、", GradeLabels.Keys)}）");
        return null;
    }

    /// <summary>A rank written by its label (一级主任科员) as the code table has it.</summary>
    private string? RankCode(CaseFields r)
    {
        var label = r.RequiredText("rank");
        if (label.Length == 0)
        {
            return null;
        }

        if (Ranks.RankLevels.Table.Entries.FirstOrDefault(e => e.Label == label) is { } entry)
        {
            return entry.Code;
        }

        problems.Add(ProfileProblemKind.UndefinedReference, r.KeyAt("rank"), null,
            $"rank：“{YNodes.Shorten(label)}”不是职级（可写：{string.Join("、", Ranks.RankLevels.Table.Entries.Select(e => e.Label))}）");
        return null;
    }

    private List<CaseSeat> ReadSeats(YNode? node)
    {
        var seats = new List<CaseSeat>();
        if (node is null or YBad)
        {
            return seats;
        }

        if (node is not YMap map)
        {
            problems.Add(ProfileProblemKind.WrongType, node.At, null, $"届次的 seats 应为映射（职务类别: 职数），却是{node.Describe()}");
            return seats;
        }

        var scalars = new ScalarReader(problems);
        foreach (var (key, value) in map.Entries)
        {
            var kind = CaseFields.Choice(key, "seats 的职务类别", PostKinds, problems);
            var count = scalars.Int(value, null, $"{key.Value} 的职数", 0, 1000);
            if (kind is { } k && count is { } c)
            {
                seats.Add(new CaseSeat(k, c));
            }
        }

        return seats;
    }

    private CaseExpectations ReadExpectations(YNode? node, Position caseAt)
    {
        if (node is null)
        {
            problems.Add(ProfileProblemKind.MissingField, caseAt, null, "用例缺少 expect（期望的结果：findings 或 none）");
            return new CaseExpectations([], []);
        }

        if (CaseFields.Open(node, CaseFileKeys.Expect, "expect", problems) is not { } f)
        {
            return new CaseExpectations([], []);
        }

        var findings = f.Node("findings") is { } list
            ? Items(list, "findings").Select(i => CaseFields.Open(i, CaseFileKeys.Finding, "期望的结果", problems)).OfType<CaseFields>().Select(ReadFinding).ToList()
            : [];
        var none = f.Node("none") is { } n ? Items(n, "none").Select(ReadRuleId).OfType<string>().ToList() : [];
        var amounts = f.Node("amounts") is { } a
            ? Items(a, "amounts").Select(i => CaseFields.Open(i, CaseFileKeys.Amount, "期望的金额", problems)).OfType<CaseFields>().Select(ReadAmount).ToList()
            : [];
        if (findings.Count == 0 && none.Count == 0 && !f.Has("amounts"))
        {
            problems.Add(ProfileProblemKind.MissingField, f.Map.At, null, "expect 至少要写 findings、none 或 amounts，否则用例什么也不检验");
        }

        return new CaseExpectations(findings, none) { Amounts = amounts };
    }

    /// <summary>
    /// An expected calculator result: the calculator by name, its inputs (a value, a list of values, or a list of maps of
    /// parts, as on the command line and in JSON) checked by the calculator's own reading, and the amount or the refusal.
    /// </summary>
    private ExpectedAmount ReadAmount(CaseFields f)
    {
        var name = f.RequiredText("calculator");
        var calculator = name.Length == 0 ? null : Measures.M08Guarantees.Calculators.Find(name);
        var names = Measures.M08Guarantees.Calculators.All.Select(c => c.Name).ToList();
        if (name.Length > 0 && calculator is null)
        {
            problems.Add(ProfileProblemKind.UndefinedReference, f.KeyAt("calculator"), null,
                $"{KeySuggestions.Unknown("计算器", name, names)}（已建成的计算器：{string.Join("、", names)}）");
        }

        var args = new Measures.M08Guarantees.CalcArgs();
        var before = problems.Count;
        var at = new Dictionary<string, Position>(StringComparer.Ordinal);
        switch (f.Node("inputs"))
        {
            case null:
                problems.Add(ProfileProblemKind.MissingField, f.Map.At, null, "期望的金额缺少 inputs（计算器的输入）");
                break;
            case YMap map:
                foreach (var (key, value) in map.Entries)
                {
                    at[key.Value] = key.At;
                    ReadInput(args, key.Value, value);
                }

                break;
            case YBad:
                break;
            case var other:
                problems.Add(ProfileProblemKind.WrongType, other.At, null, $"inputs 应为映射（每行“输入名: 值”），却是{other.Describe()}");
                break;
        }

        if (calculator is not null && problems.Count == before)
        {
            foreach (var error in calculator.Parse(args).Errors)
            {
                problems.Add(ProfileProblemKind.WrongType, at.TryGetValue(error.Field, out var p) ? p : f.KeyAt("inputs"), null,
                    $"计算器 {calculator.Name}：{error.Message}");
            }
        }

        var amount = f.Node("amount") is { } n ? new ScalarReader(problems).Decimal(n, null, "amount（期望金额，元）", ParameterType.Money) : null;
        var refused = f.Text("refused");
        if (f.Has("amount") == f.Has("refused"))
        {
            problems.Add(ProfileProblemKind.MissingField, f.Map.At, null, "期望的金额应写 amount（金额，元）或 refused（计算器拒绝时提示中的文字）二者之一");
        }

        var working = f.Node("working") is { } w
            ? w is YScalar ? [new ScalarReader(problems).Text(w, null, "working") ?? ""] : Items(w, "working").Select(i => new ScalarReader(problems).Text(i, null, "working 的一项") ?? "").ToList()
            : new List<string>();
        return new ExpectedAmount(name, args, amount, working, refused, f.At);
    }

    private void ReadInput(Measures.M08Guarantees.CalcArgs args, string key, YNode value)
    {
        switch (value)
        {
            case YScalar { IsNull: true }:
                return;
            case YScalar s:
                args.Add(key, s.Value);
                return;
            case YSeq seq:
                foreach (var item in seq.Items)
                {
                    switch (item)
                    {
                        case YScalar s:
                            args.Add(key, s.Value);
                            break;
                        case YMap m when m.Entries.All(e => e.Value is YScalar):
                            args.Add(key, new Measures.M08Guarantees.CalcArg(null,
                                m.Entries.ToDictionary(e => e.Key.Value, e => ((YScalar)e.Value).Value, StringComparer.Ordinal)));
                            break;
                        case YBad:
                            break;
                        default:
                            problems.Add(ProfileProblemKind.WrongType, item.At, null, $"输入 {key} 的一项应为一个值或一个映射（如 {{date: 2021-06-20, amount: 800}}），却是{item.Describe()}");
                            break;
                    }
                }

                return;
            case YBad:
                return;
            default:
                problems.Add(ProfileProblemKind.WrongType, value.At, null, $"输入 {key} 应为一个值或列表，却是{value.Describe()}");
                return;
        }
    }

    private ExpectedFinding ReadFinding(CaseFields f)
    {
        var rule = f.Node("rule") is { } r ? ReadRuleId(r) : null;
        if (!f.Has("rule"))
        {
            f.RequiredText("rule");
        }

        return new ExpectedFinding(rule ?? "", f.RequiredText("subject"), f.Choice("severity", CaseFileKeys.Severities, required: true) ?? default,
            f.Text("topic"), f.Date("due"), f.Text("measured"), f.Text("required"), f.At);
    }

    private string? ReadRuleId(YNode node)
    {
        if (new ScalarReader(problems).Text(node, null, "规则编号") is not { } id)
        {
            return null;
        }

        if (RuleCatalog.Find(id) is null)
        {
            problems.Add(ProfileProblemKind.UndefinedReference, node.At, null,
                $"{KeySuggestions.Unknown("规则", id, RuleCatalog.All.Select(x => x.Id))}（已建成的规则：{string.Join("、", RuleCatalog.All.Select(x => x.Id))}）");
            return null;
        }

        return id;
    }

    /// <summary>The items of a list field; anything else is reported.</summary>
    private IReadOnlyList<YNode> Items(YNode node, string key)
    {
        switch (node)
        {
            case YSeq seq:
                return seq.Items;
            case YBad:
                return [];
            default:
                problems.Add(ProfileProblemKind.WrongType, node.At, null, $"{key} 应为列表（每项以“- ”开头），却是{node.Describe()}");
                return [];
        }
    }

    private static string RecordLabel(string kind) => kind switch
    {
        "units" => "单位（units）",
        "cadres" => "干部（cadres）",
        "terms" => "届次（terms）",
        "posts" => "任职（posts）",
        "reserves" => "后备干部（reserves）",
        "establishments" => "编制（establishments）",
        "positions" => "招录岗位（positions）",
        "agencies" => "派驻机构（agencies）",
        "agency_decisions" => "派驻机构负责人考核任免（agency_decisions）",
        "rank_quotas" => "职级职数（rank_quotas）",
        "ranks" => "职级（ranks）",
        "moves" => "调动（moves）",
        "wishes" => "交流意愿（wishes）",
        "trainings" => "培训（trainings）",
        "secondments" => "挂职（secondments）",
        "pool_entries" => "推荐人选（pool_entries）",
        "commendations" => "表彰奖励（commendations）",
        "grades" => "年度考核结果（grades）",
        "awards" => "奖励（awards）",
        "disbursements" => "绩效考核资金兑现（disbursements）",
        "township_assessments" => "乡镇年度考核（township_assessments）",
        "sanctions" => "处分（sanctions）",
        "tolerance_cases" => "容错纠错案件（tolerance_cases）",
        "accusations" => "信访举报（accusations）",
        "responsibility_items" => "权责清单事项（responsibility_items）",
        "tasks" => "下派事项（tasks）",
        "plan_items" => "督查检查考核计划事项（plan_items）",
        "inspections" => "督查检查考核（inspections）",
        "burden_counts" => "减负台账（burden_counts）",
        "party_members" => "发展党员（party_members）",
        "recruitment_plans" => "公务员招录计划（recruitment_plans）",
        "insurances" => "村干部参保（insurances）",
        "facilities" => "乡镇“五小”（facilities）",
        "incomes" => "村级集体经济收入（incomes）",
        "reward_payments" => "集体经济发展奖励发放（reward_payments）",
        "fallen" => "因公殉职干部（fallen）",
        "visits" => "走访慰问（visits）",
        "subsidy_payments" => "补贴发放（subsidy_payments）",
        "annual_leaves" => "带薪年休假（annual_leaves）",
        "postings" => "异地交流任职（postings）",
        "trip_claims" => "往返交通费报销申报（trip_claims）",
        "stationings" => "驻村（stationings）",
        "talks" => "谈心谈话（talks）",
        "checkups" => "体检（checkups）",
        "incidents" => "人身安全事件（incidents）",
        "care_activities" => "关爱活动（care_activities）",
        _ => "一肩挑豁免（exemptions）",
    };

    private static Dictionary<string, T> EnumNames<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => v.ToString(), v => v, StringComparer.Ordinal);
}
