using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Org;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Core.Policy;
using Jiceng.Core.Policy.Cases;
using Jiceng.Core.Posts;
using Jiceng.Core.Ranks;
using Jiceng.Data.Cadres;
using Jiceng.Data.Common;
using Jiceng.Core.Measures.M03Staffing;
using Jiceng.Data.Measures.M03Staffing;
using Jiceng.Data.Measures.M04Promotion;
using Jiceng.Core.Measures.M02Capability;
using Jiceng.Data.Measures.M02Capability;
using Jiceng.Core.Measures.M01TeamBuilding;
using Jiceng.Data.Measures.M01TeamBuilding;
using Jiceng.Data.Measures.M10VillageCadres;
using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Data.Measures.M05Assessment;
using Jiceng.Data.OrgUnits;
using Jiceng.Data.Posts;
using Jiceng.Data.Ranks;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.PolicyCases;

/// <summary>
/// Creates a case's records through the command services the API uses, with the district's scope, so a record the
/// API would refuse stops the case with the API's own messages and the record's position. Unwritten fields take the
/// plain defaults of docs/policy-cases.md. Keeps the map from database ids back to local ids for the comparison.
/// </summary>
internal sealed class CaseRecordWriter(JicengDbContext db, DataScope district, DateOnly today)
{
    /// <summary>The default birth day of a cadre who does not write one.</summary>
    public static readonly DateOnly DefaultBirth = new(1985, 1, 1);

    private const string DistrictRegion = "140603";

    private const string DefaultCommendationTitle = "先进个人";

    private const string DefaultAwardingBody = "中共平鲁区委";

    private readonly Dictionary<string, (int Id, string Code)> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _cadres = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<(SubjectKind, int), string> _subjects = [];
    private readonly Dictionary<string, string> _postTopics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _agencies = new(StringComparer.Ordinal);

    /// <summary>The case's profile: a done move is refused against its minimum grassroots service (R3.2), as in the API.</summary>
    public PolicyProfile? Profile { get; init; }

    /// <summary>Writes every record; null when all were accepted, else the first refusal.</summary>
    public async Task<CaseDifference?> WriteAsync(CaseRecords records, CancellationToken ct)
    {
        _units[CaseFileKeys.District] = (district.OrgUnitId, CaseDatabase.DistrictCode);
        _subjects[(SubjectKind.OrgUnit, district.OrgUnitId)] = CaseFileKeys.District;
        _subjects[(SubjectKind.District, district.OrgUnitId)] = CaseFileKeys.District;
        var steps = UnitsInOrder(records.Units).Select(u => (Func<Task<CaseDifference?>>)(() => UnitAsync(u, ct)))
            .Concat(records.Cadres.Select((c, i) => (Func<Task<CaseDifference?>>)(() => CadreAsync(c, i + 1, ct))))
            .Concat(records.Terms.Select(t => (Func<Task<CaseDifference?>>)(() => TermAsync(t, ct))))
            .Concat(records.Posts.Select((p, i) => (Func<Task<CaseDifference?>>)(() => PostAsync(p, i + 1, ct))))
            .Concat(records.Reserves.Select(r => (Func<Task<CaseDifference?>>)(() => ReserveAsync(r, ct))))
            .Concat(records.Exemptions.Select(e => (Func<Task<CaseDifference?>>)(() => ExemptionAsync(e, ct))))
            .Concat(StaffingSteps(records, ct))
            .Concat(records.RankQuotas.Select(q => (Func<Task<CaseDifference?>>)(() => RankQuotaAsync(q, ct))))
            .Concat(records.Ranks.Select((r, i) => (Func<Task<CaseDifference?>>)(() => RankAsync(r, i + 1, ct))))
            .Concat(records.Moves.Select(m => (Func<Task<CaseDifference?>>)(() => MoveAsync(m, ct))))
            .Concat(records.Wishes.Select(w => (Func<Task<CaseDifference?>>)(() => WishAsync(w, ct))))
            .Concat(records.Trainings.Select((t, i) => (Func<Task<CaseDifference?>>)(() => TrainingAsync(t, i + 1, ct))))
            .Concat(records.Secondments.Select((s, i) => (Func<Task<CaseDifference?>>)(() => SecondmentAsync(s, i + 1, ct))))
            .Concat(records.PoolEntries.Select(e => (Func<Task<CaseDifference?>>)(() => PoolEntryAsync(e, ct))))
            .Concat(records.Commendations.Select(c => (Func<Task<CaseDifference?>>)(() => CommendationAsync(c, ct))))
            .Concat(records.Grades.Select(g => (Func<Task<CaseDifference?>>)(() => GradeAsync(g, ct))))
            .Concat(records.Awards.Select((a, i) => (Func<Task<CaseDifference?>>)(() => AwardAsync(a, i + 1, ct))))
            .Concat(records.Disbursements.Select(d => (Func<Task<CaseDifference?>>)(() => DisbursementAsync(d, ct))))
            .Concat(records.TownshipAssessments.Select(a => (Func<Task<CaseDifference?>>)(() => TownshipAssessmentAsync(a, ct))))
            .Concat(records.Sanctions.Select(x => (Func<Task<CaseDifference?>>)(() => SanctionAsync(x, ct))))
            .Concat(records.ToleranceCases.Select(x => (Func<Task<CaseDifference?>>)(() => ToleranceCaseAsync(x, ct))))
            .Concat(records.Accusations.Select(x => (Func<Task<CaseDifference?>>)(() => AccusationAsync(x, ct))))
            .Concat(BurdenSteps(records, ct))
            .Concat(PartyDevelopmentSteps(records, ct))
            .Concat(records.Insurances.Select(i => (Func<Task<CaseDifference?>>)(() => InsuranceAsync(i, ct))))
            .Concat(records.Facilities.Select(f => (Func<Task<CaseDifference?>>)(() => FacilityAsync(f, ct))))
            .Concat(records.Incomes.Select(i => (Func<Task<CaseDifference?>>)(() => IncomeAsync(i, ct))))
            .Concat(records.RewardPayments.Select(p => (Func<Task<CaseDifference?>>)(() => RewardPaymentAsync(p, ct))))
            .Concat(records.Fallen.Select(f => (Func<Task<CaseDifference?>>)(() => FallenAsync(f, ct))))
            .Concat(records.Visits.Select(v => (Func<Task<CaseDifference?>>)(() => VisitAsync(v, ct))))
            .Concat(records.SubsidyPayments.Select(x => (Func<Task<CaseDifference?>>)(() => SubsidyPaymentAsync(x, ct))))
            .Concat(records.AnnualLeaves.Select(x => (Func<Task<CaseDifference?>>)(() => AnnualLeaveAsync(x, ct))))
            .Concat(TripSteps(records, ct))
            .Concat(CareSteps(records, ct));
        foreach (var step in steps)
        {
            if (await step() is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    private readonly Dictionary<string, int> _burdenIds = new(StringComparer.Ordinal);

    private async Task<CaseDifference?> InsuranceAsync(CaseInsurance i, CancellationToken ct)
    {
        var input = new Measures.M08Guarantees.InsuranceInput(_cadres.GetValueOrDefault(i.Cadre), UnitId(i.Village) ?? 0, i.Kind, "案例保险机构", null, i.From, i.To, i.Contribution);
        var profile = Profile;
        return Refusal(await Measures.M08Guarantees.VillagePayCommands.AddInsuranceAsync(db, district, input,
            _ => profile ?? throw new InvalidOperationException("A pension enrolment needs the case's profile."), today, ct), "村干部参保", i.Cadre, i.At);
    }

    private async Task<CaseDifference?> IncomeAsync(CaseIncome i, CancellationToken ct) =>
        Refusal(await Measures.M08Guarantees.VillagePayCommands.AddIncomeAsync(db, district,
            new Measures.M08Guarantees.CollectiveIncomeInput(UnitId(i.Village) ?? 0, i.Year, i.Income, i.NewIncome), today, ct), "村级集体经济收入", i.Village, i.At);

    private async Task<CaseDifference?> RewardPaymentAsync(CaseRewardPayment p, CancellationToken ct) =>
        Refusal(await Measures.M08Guarantees.VillagePayCommands.AddPaymentAsync(db, district, new Measures.M08Guarantees.RewardPaymentInput(
            UnitId(p.Village) ?? 0, _cadres.GetValueOrDefault(p.Cadre), p.Year, p.Weight ?? 1, p.Amount, p.PaidOn ?? new DateOnly(p.Year ?? 2000, 12, 1)), today, ct),
            "集体经济发展奖励发放", p.Cadre, p.At);

    private readonly Dictionary<string, int> _fallen = new(StringComparer.Ordinal);

    private async Task<CaseDifference?> FallenAsync(CaseFallen f, CancellationToken ct)
    {
        var result = await Measures.M08Guarantees.FallenCommands.AddAsync(db, district,
            new Measures.M08Guarantees.FallenCadreInput(_cadres.GetValueOrDefault(f.Cadre), f.Died, "因公殉职"), today, ct);
        if (result.Succeeded)
        {
            _fallen[f.Cadre] = result.Value!.Id;
            for (var n = 1; n <= (f.Family ?? 1); n++)
            {
                await Measures.M08Guarantees.FallenCommands.AddFamilyMemberAsync(db, district, result.Value.Id,
                    new Measures.M08Guarantees.FamilyMemberInput($"家属{n}", "亲属", null), ct);
            }
        }

        return Refusal(result, "因公殉职干部", f.Cadre, f.At);
    }

    private async Task<CaseDifference?> VisitAsync(CaseVisit v, CancellationToken ct) =>
        Refusal(await Measures.M08Guarantees.FallenCommands.AddVisitAsync(db, district, _fallen.GetValueOrDefault(v.Cadre),
            new Measures.M08Guarantees.CareVisitInput(v.On, "乡党委", null), today, ct), "走访慰问", v.Cadre, v.At);

    private async Task<CaseDifference?> FacilityAsync(CaseFacility f, CancellationToken ct)
    {
        var input = new Measures.M08Guarantees.FacilityInput(UnitId(f.Township) ?? 0, f.Kind, f.Opened, f.Closed, null);
        return Refusal(await Measures.M08Guarantees.FacilitiesCommands.AddAsync(db, district, input, today, ct), "乡镇“五小”", f.Township, f.At);
    }

    private IEnumerable<Func<Task<CaseDifference?>>> BurdenSteps(CaseRecords records, CancellationToken ct) =>
        records.ResponsibilityItems.Select(i => (Func<Task<CaseDifference?>>)(() => ResponsibilityItemAsync(i, ct)))
            .Concat(records.Tasks.Select((t, i) => (Func<Task<CaseDifference?>>)(() => TaskAsync(t, i + 1, ct))))
            .Concat(records.PlanItems.Select(p => (Func<Task<CaseDifference?>>)(() => PlanItemAsync(p, ct))))
            .Concat(records.Inspections.Select((x, i) => (Func<Task<CaseDifference?>>)(() => InspectionAsync(x, i + 1, ct))))
            .Concat(records.BurdenCounts.Select(c => (Func<Task<CaseDifference?>>)(() => BurdenCountAsync(c, ct))));

    private IEnumerable<Func<Task<CaseDifference?>>> CareSteps(CaseRecords records, CancellationToken ct) =>
        records.Stationings.Select(x => (Func<Task<CaseDifference?>>)(() => StationingAsync(x, ct)))
            .Concat(records.Talks.Select(x => (Func<Task<CaseDifference?>>)(() => TalkAsync(x, ct))))
            .Concat(records.Checkups.Select((x, i) => (Func<Task<CaseDifference?>>)(() => CheckupAsync(x, i + 1, ct))))
            .Concat(records.Incidents.Select((x, i) => (Func<Task<CaseDifference?>>)(() => IncidentAsync(x, i + 1, ct))))
            .Concat(records.CareActivities.Select(x => (Func<Task<CaseDifference?>>)(() => CareActivityAsync(x, ct))));

    private async Task<CaseDifference?> StationingAsync(CaseStationing x, CancellationToken ct)
    {
        var input = new Measures.M09Care.StationingInput(UnitId(x.Village), x.Start ?? new DateOnly(2000, 1, 1), x.End);
        return Refusal(await Measures.M09Care.CareCommands.AddStationingAsync(db, district, _cadres.GetValueOrDefault(x.Cadre), input, today, ct), "驻村", x.Cadre, x.At);
    }

    private async Task<CaseDifference?> TalkAsync(CaseTalk x, CancellationToken ct)
    {
        var input = new Measures.M09Care.TalkInput(x.On, x.Talker ?? "乡镇党委书记", x.Topics ?? "工作和生活情况", null);
        return Refusal(await Measures.M09Care.CareCommands.AddTalkAsync(db, district, _cadres.GetValueOrDefault(x.Cadre), input, today, ct), "谈心谈话", x.Cadre, x.At);
    }

    private async Task<CaseDifference?> CheckupAsync(CaseCheckup x, int index, CancellationToken ct)
    {
        var input = new Measures.M09Care.CheckupInput(x.Institution ?? "区人民医院", x.On, "常规体检", x.Cost ?? 300m, x.PaidBy, x.MentalHealth);
        var result = await Measures.M09Care.CareCommands.AddCheckupAsync(db, district, _cadres.GetValueOrDefault(x.Cadre), input, today, ct);
        var name = x.Id ?? $"第{index}次体检";
        if (result.Succeeded)
        {
            _postTopics["checkup-" + result.Value!.Id.ToString(CultureInfo.InvariantCulture)] = name;
        }

        return Refusal(result, "体检", name, x.At);
    }

    private async Task<CaseDifference?> IncidentAsync(CaseIncident x, int index, CancellationToken ct)
    {
        var now = new DateTimeOffset(today.ToDateTime(new TimeOnly(23, 59)), TimeSpan.FromHours(8));
        var result = await Measures.M09Care.CareCommands.ReportIncidentAsync(db, district, _cadres.GetValueOrDefault(x.Cadre),
            new Measures.M09Care.IncidentInput(x.Reported, "人身安全受到威胁"), now, ct);
        var name = x.Id ?? $"第{index}起人身安全事件";
        if (result.Succeeded)
        {
            var id = result.Value!.Id.ToString(CultureInfo.InvariantCulture);
            _postTopics[$"incident-{id}-accept"] = $"{name}（受理）";
            _postTopics[$"incident-{id}-close"] = $"{name}（办结）";
            if (x.Accepted is { } accepted)
            {
                result = await Measures.M09Care.CareCommands.AddIncidentStepAsync(db, district, result.Value.Id,
                    new Measures.M09Care.IncidentStepInput(result.Value.Version, Measures.M09Care.IncidentStepKind.Accept, accepted, "受理", "组织部", null), now, ct);
            }

            if (result.Succeeded && x.Closed is { } closed)
            {
                result = await Measures.M09Care.CareCommands.AddIncidentStepAsync(db, district, result.Value!.Id,
                    new Measures.M09Care.IncidentStepInput(result.Value.Version, Measures.M09Care.IncidentStepKind.Close, closed, "办结", "组织部", "已妥善处置"), now, ct);
            }
        }

        return Refusal(result, "人身安全事件", name, x.At);
    }

    private async Task<CaseDifference?> CareActivityAsync(CaseCareActivity x, CancellationToken ct)
    {
        var input = new Measures.M09Care.ActivityInput(UnitId(x.Unit), x.Kind, x.Held, x.Title ?? Core.Measures.M09Care.CareLabels.Of(x.Kind), null);
        return Refusal(await Measures.M09Care.CareCommands.AddActivityAsync(db, district, input, today, ct), "关爱活动", x.Unit, x.At);
    }

    private async Task<CaseDifference?> ResponsibilityItemAsync(CaseResponsibilityItem i, CancellationToken ct)
    {
        var input = new Measures.M06Burden.ResponsibilityItemInput(UnitId(i.Unit) ?? 0, i.Year, i.Kind, i.Title ?? i.Id, null);
        var result = await Measures.M06Burden.BurdenCommands.AddItemAsync(db, district, input, today, ct);
        if (result.Succeeded)
        {
            _burdenIds["item:" + i.Id] = result.Value!.Id;
            if (i.Ended is { } ended)
            {
                result = await Measures.M06Burden.BurdenCommands.EndItemAsync(db, district, result.Value.Id, result.Value.Version, ended, ct);
            }
        }

        return Refusal(result, "权责清单事项", i.Id, i.At);
    }

    private async Task<CaseDifference?> TaskAsync(CaseAssignedTask t, int index, CancellationToken ct)
    {
        int? item = t.Item is null ? null : _burdenIds.GetValueOrDefault("item:" + t.Item);
        var input = new Measures.M06Burden.AssignedTaskInput(UnitId(t.Township) ?? 0, UnitId(t.Department) ?? 0, t.Title ?? t.Id ?? "下派事项", t.Assigned, null, item,
            t.Funding, t.Funding is > 0 ? "区财政专项" : null);
        var result = await Measures.M06Burden.BurdenCommands.AddTaskAsync(db, district, input, today, ct);
        var name = t.Id ?? $"第{index}条下派事项";
        if (result.Succeeded)
        {
            _postTopics["task-" + result.Value!.Id.ToString(CultureInfo.InvariantCulture)] = name;
            if (t.Withdrawn is { } withdrawn)
            {
                result = await Measures.M06Burden.BurdenCommands.WithdrawTaskAsync(db, district, result.Value.Id, result.Value.Version, withdrawn, ct);
            }
        }

        return Refusal(result, "下派事项", name, t.At);
    }

    private async Task<CaseDifference?> PlanItemAsync(CasePlanItem p, CancellationToken ct)
    {
        var result = await Measures.M06Burden.BurdenCommands.ProposePlanItemAsync(db, district,
            new Measures.M06Burden.PlanItemInput(p.Year, UnitId(p.Department) ?? 0, p.Title ?? p.Id), today, ct);
        if (result.Succeeded)
        {
            _burdenIds["plan:" + p.Id] = result.Value!.Id;
            if (p.Status != Core.Measures.M06Burden.PlanItemStatus.Proposed)
            {
                var decision = new Measures.M06Burden.PlanDecisionInput(p.Status, "区委组织部", p.Decided ?? new DateOnly(p.Year ?? 2000, 1, 1));
                result = await Measures.M06Burden.BurdenCommands.DecidePlanItemAsync(db, district, result.Value.Id, result.Value.Version, decision, today, ct);
            }
        }

        return Refusal(result, "计划事项", p.Id, p.At);
    }

    private async Task<CaseDifference?> InspectionAsync(CaseInspection x, int index, CancellationToken ct)
    {
        int? plan = x.Plan is null ? null : _burdenIds.GetValueOrDefault("plan:" + x.Plan);
        var input = new Measures.M06Burden.InspectionInput(UnitId(x.Township) ?? 0, UnitId(x.Department) ?? 0, x.Held, x.Title ?? x.Id ?? "督查检查", plan);
        var result = await Measures.M06Burden.BurdenCommands.RecordInspectionAsync(db, district, input, today, ct);
        var name = x.Id ?? $"第{index}条督查检查";
        if (result.Succeeded)
        {
            _postTopics["inspection-" + result.Value!.Id.ToString(CultureInfo.InvariantCulture)] = name;
        }

        return Refusal(result, "督查检查考核", name, x.At);
    }

    private async Task<CaseDifference?> BurdenCountAsync(CaseBurdenCount c, CancellationToken ct)
    {
        var input = new Measures.M06Burden.BurdenCountInput(UnitId(c.Township) ?? 0, UnitId(c.Department) ?? 0, c.Year, c.Kind, c.Count);
        return Refusal(await Measures.M06Burden.BurdenCommands.SetCountAsync(db, district, input, today, ct), "减负台账", c.Township, c.At);
    }

    // Clause 十 party development (R10.4) and targeted recruitment (R10.5), through the same commands as the API.
    private IEnumerable<Func<Task<CaseDifference?>>> PartyDevelopmentSteps(CaseRecords records, CancellationToken ct) =>
        records.PartyMembers.Select((m, i) => (Func<Task<CaseDifference?>>)(() => PartyMemberAsync(m, i + 1, ct)))
            .Concat(records.RecruitmentPlans.Select(p => (Func<Task<CaseDifference?>>)(() => RecruitmentPlanAsync(p, ct))));

    private async Task<CaseDifference?> PartyMemberAsync(CasePartyMember m, int index, CancellationToken ct)
    {
        var name = m.Name ?? $"第{index}名发展党员";
        int? cadre = m.Cadre is null ? null : _cadres.GetValueOrDefault(m.Cadre);
        var input = new PartyDevelopmentInput(name, m.Birth ?? new DateOnly(1990, 1, 1), m.Admitted, cadre);
        return Refusal(await PartyDevelopmentCommands.AddAsync(db, district, UnitId(m.Village) ?? 0, input, ct), "发展党员", name, m.At);
    }

    private async Task<CaseDifference?> RecruitmentPlanAsync(CaseRecruitmentPlan p, CancellationToken ct)
    {
        var input = new TargetedRecruitmentInput(p.Year, p.Plan, p.Targeted);
        return Refusal(await TargetedRecruitmentCommands.AddAsync(db, district, UnitId(p.Unit) ?? 0, input, ct), "公务员招录计划", p.Unit, p.At);
    }

    /// <summary>A finding as the case sees it: subject and topic by local id.</summary>
    public CaseFinding Translate(Finding f) => new(
        f.Rule,
        _subjects.GetValueOrDefault((f.Subject.Kind, f.Subject.Id), f.Subject.Name),
        f.Severity,
        _postTopics.GetValueOrDefault(f.Topic, f.Topic),
        f.Due,
        f.Measured,
        f.Required,
        f.Message);

    /// <summary>Parents before children, whatever order the file lists them in (references may point forwards).</summary>
    private static IEnumerable<CaseUnit> UnitsInOrder(IReadOnlyList<CaseUnit> units)
    {
        var placed = new HashSet<string>(StringComparer.Ordinal) { CaseFileKeys.District };
        var left = units.ToList();
        while (left.Count > 0)
        {
            var ready = left.Where(u => placed.Contains(u.Parent ?? CaseFileKeys.District)).ToList();
            if (ready.Count == 0)
            {
                ready = [left[0]]; // a cycle: the API refuses the missing parent
            }

            foreach (var u in ready)
            {
                placed.Add(u.Id);
                left.Remove(u);
                yield return u;
            }
        }
    }

    private async Task<CaseDifference?> UnitAsync(CaseUnit u, CancellationToken ct)
    {
        var parent = _units.GetValueOrDefault(u.Parent ?? CaseFileKeys.District);
        var input = new OrgUnitInput
        {
            Code = u.Code ?? NextCode(u.Kind, parent.Code), Name = u.Name ?? u.Id, Kind = u.Kind,
            ParentId = parent.Id == 0 ? null : parent.Id, IsRemoteHardship = u.Remote, EstablishedOn = u.Established,
        };
        var result = await OrgUnitCommands.CreateAsync(db, district, input, maySetRemoteHardship: true, ct);
        if (result.Value is { } row)
        {
            _units[u.Id] = (row.Id, row.Code);
            _subjects[(SubjectKind.OrgUnit, row.Id)] = u.Id;
        }

        return Refusal(result, "单位", u.Id, u.At);
    }

    private async Task<CaseDifference?> CadreAsync(CaseCadre c, int index, CancellationToken ct)
    {
        var birth = c.Birth ?? DefaultBirth;
        var input = new CadreInput
        {
            Name = c.Name ?? c.Id,
            SexCode = c.Sex == Sex.Female ? "2" : "1",
            BirthDate = birth,
            IdNumber = c.IdNumber ?? IdNumberFor(birth, c.Sex, index),
            EthnicityCode = c.Ethnicity ?? "01",
            PoliticalStatusCode = c.PoliticalStatus ?? "01",
            EducationCode = c.Education ?? "21",
            Category = c.Category ?? CadreCategory.TownshipCivilServant,
            JoinedWorkOn = c.JoinedWork,
            JoinedPartyOn = c.JoinedParty,
            GrassrootsServiceSince = c.GrassrootsSince,
            OrgUnitId = UnitId(c.Unit),
        };
        var result = await CadreCommands.CreateAsync(db, district, input, today, ct);
        if (result.Value is { } cadre)
        {
            _cadres[c.Id] = cadre.Id;
            _subjects[(SubjectKind.Cadre, cadre.Id)] = c.Id;
        }

        return Refusal(result, "干部", c.Id, c.At);
    }

    private async Task<CaseDifference?> TermAsync(CaseTerm t, CancellationToken ct)
    {
        var input = new TermInput(t.Number, t.Start, t.End, [.. t.Seats.Select(s => new SeatInput(s.Kind, s.Count))]);
        var result = await TermCommands.CreateAsync(db, district, UnitId(t.Unit) ?? 0, input, ct);
        if (result.Value is { } term)
        {
            _terms[t.Id] = term.Id;
        }

        return Refusal(result, "届次", t.Id, t.At);
    }

    private async Task<CaseDifference?> PostAsync(CasePost p, int index, CancellationToken ct)
    {
        var input = new PostInput
        {
            OrgUnitId = UnitId(p.Unit), Kind = p.Kind, Title = p.Title, IsLeadershipTeamMember = p.Team, Start = p.Start, End = p.End,
            TermId = p.Term is { } term ? _terms.GetValueOrDefault(term) : null,
        };
        var result = await PostCommands.AddAsync(db, district, _cadres.GetValueOrDefault(p.Cadre), input, today, ct);
        if (result.Value is { } post)
        {
            // R4.2 names the post in its topic: show (and compare) it as the post's local id, or "第N条任职".
            _postTopics[post.Id.ToString(CultureInfo.InvariantCulture)] = p.Id ?? $"第{index}条任职";
        }

        return Refusal(result, "任职", p.Id ?? $"{p.Cadre} 的第{index}条任职", p.At);
    }

    private async Task<CaseDifference?> ReserveAsync(CaseReserve r, CancellationToken ct)
    {
        var input = new ReservePoolInput(_cadres.GetValueOrDefault(r.Cadre), r.From, r.To, r.LeaveReason);
        var result = await ReservePoolCommands.AddAsync(db, district, UnitId(r.Village) ?? 0, input, ct);
        return Refusal(result, "后备干部", r.Cadre, r.At);
    }

    private async Task<CaseDifference?> ExemptionAsync(CaseExemption e, CancellationToken ct)
    {
        var result = await OneShoulderExemptionCommands.AddAsync(db, district, UnitId(e.Village) ?? 0, new OneShoulderExemptionInput(e.Reason, e.From, e.To), ct);
        return Refusal(result, "一肩挑豁免", e.Village, e.At);
    }

    // Clause 三 staffing records, after the cadres they count and name.
    private IEnumerable<Func<Task<CaseDifference?>>> StaffingSteps(CaseRecords records, CancellationToken ct) =>
        records.Establishments.Select(e => (Func<Task<CaseDifference?>>)(() => EstablishmentAsync(e, ct)))
            .Concat(records.Positions.Select((p, i) => (Func<Task<CaseDifference?>>)(() => PositionAsync(p, i + 1, ct))))
            .Concat(records.Agencies.Select(a => (Func<Task<CaseDifference?>>)(() => AgencyAsync(a, ct))))
            .Concat(records.AgencyDecisions.Select((d, i) => (Func<Task<CaseDifference?>>)(() => AgencyDecisionAsync(d, i + 1, ct))));

    private async Task<CaseDifference?> EstablishmentAsync(CaseEstablishment e, CancellationToken ct)
    {
        var input = new EstablishmentQuotaInput(UnitId(e.Unit), e.Kind, e.Approved, e.From ?? new DateOnly(2000, 1, 1), e.To, null);
        return Refusal(await EstablishmentQuotaCommands.CreateAsync(db, district, input, ct), "编制", e.Unit, e.At);
    }

    private async Task<CaseDifference?> PositionAsync(CasePosition p, int index, CancellationToken ct)
    {
        var input = new RecruitmentPositionInput(UnitId(p.Unit), p.Year, p.Title ?? p.Id ?? $"岗位{index}", p.Hires ?? 1, p.ExamRatio,
            p.AnyMajor, p.RelaxedEducation, p.RelaxedAge);
        var result = await RecruitmentPositionCommands.CreateAsync(db, district, input, ct);
        if (result.Value is { } position)
        {
            _postTopics[RemoteExamRatioRule.TopicOf(position.Id)] = p.Id ?? $"第{index}个招录岗位";
        }

        return Refusal(result, "招录岗位", p.Id ?? $"第{index}个招录岗位", p.At);
    }

    private async Task<CaseDifference?> AgencyAsync(CaseAgency a, CancellationToken ct)
    {
        var input = new DispatchedAgencyInput(a.Name ?? a.Id, UnitId(a.Township), UnitId(a.Department), a.From ?? new DateOnly(2000, 1, 1), a.To);
        var result = await DispatchedAgencyCommands.CreateAsync(db, district, input, ct);
        if (result.Value is { } agency)
        {
            _agencies[a.Id] = agency.Id;
        }

        return Refusal(result, "派驻机构", a.Id, a.At);
    }

    private async Task<CaseDifference?> AgencyDecisionAsync(CaseAgencyDecision d, int index, CancellationToken ct)
    {
        var input = new AgencyHeadEventInput(_cadres.GetValueOrDefault(d.Cadre), d.Kind, d.Date, d.OpinionOn,
            d.OpinionOn is null ? d.Opinion : d.Opinion ?? TownshipOpinion.Agree, d.OpinionText);
        var result = await DispatchedAgencyCommands.AddEventAsync(db, district, _agencies.GetValueOrDefault(d.Agency), input, today, ct);
        if (result.Value is { } e)
        {
            _postTopics[AgencyHeadOpinionRule.TopicOf(e.Id)] = d.Id ?? $"第{index}条派驻机构负责人事项";
        }

        return Refusal(result, "派驻机构负责人事项", d.Id ?? $"第{index}条派驻机构负责人事项", d.At);
    }

    private async Task<CaseDifference?> RankQuotaAsync(CaseRankQuota q, CancellationToken ct)
    {
        var input = new RankQuotaInput { OrgUnitId = UnitId(q.Unit), RankCode = q.RankCode, Count = q.Count, From = q.From };
        var result = await RankQuotaCommands.AddAsync(db, district, input, ct);
        // R4.1 names a rank over quota in its topic by code: show (and compare) it by the label the file uses.
        _postTopics[$"quota:{q.RankCode}"] = $"quota:{RankLevels.Label(q.RankCode)}";
        return Refusal(result, "职级职数", q.Unit, q.At);
    }

    private async Task<CaseDifference?> RankAsync(CaseRank r, int index, CancellationToken ct)
    {
        var input = new RankInput
        {
            RankCode = r.RankCode, Start = r.Start, End = r.End, QuotaUnitId = r.QuotaUnit is { } unit ? UnitId(unit) : null, DocumentNumber = r.Document,
        };
        var result = await RankCommands.PromoteAsync(db, district, _cadres.GetValueOrDefault(r.Cadre), input, today, ct);
        if (result.Value is { } rank)
        {
            // R4.1 names a rank used by another unit's staff in its topic by the record's id: show its local id, or "第N条职级".
            _postTopics[$"foreign:{rank.Id.ToString(CultureInfo.InvariantCulture)}"] = $"foreign:{r.Id ?? $"第{index}条职级"}";
            _postTopics[$"quota:{rank.RankCode}"] = $"quota:{RankLevels.Label(rank.RankCode)}";
        }

        return Refusal(result, "职级", r.Id ?? $"{r.Cadre} 的第{index}条职级", r.At);
    }

    /// <summary>A move is entered as the API enters it; a cancelled one is entered pending and then cancelled.</summary>
    private async Task<CaseDifference?> MoveAsync(CaseMove m, CancellationToken ct)
    {
        var input = new MoveInput
        {
            CadreId = _cadres.GetValueOrDefault(m.Cadre), FromOrgUnitId = m.From is { } from ? UnitId(from) ?? 0 : null,
            ToOrgUnitId = m.To is { } to ? UnitId(to) ?? 0 : null, ExternalDestination = m.External, EffectiveOn = m.On, Kind = m.Kind,
            Status = m.Status == MoveStatus.Cancelled ? MoveStatus.Pending : m.Status, DocumentNumber = m.Document,
        };
        var profile = Profile ?? throw new InvalidOperationException("A case with moves needs the case's profile.");
        var result = await MoveCommands.CreateAsync(db, district, input, profile, today, endPosts: false, ct);
        if (m.Status == MoveStatus.Cancelled && result.Value is { } pending)
        {
            result = await MoveCommands.CancelAsync(db, district, pending.Id, pending.Version, ct);
        }

        if (result.Value is { } move)
        {
            _postTopics[move.Id.ToString(CultureInfo.InvariantCulture)] = $"{m.Cadre}的调动";
        }

        return Refusal(result, "调动", m.Cadre, m.At);
    }

    private async Task<CaseDifference?> WishAsync(CaseWish w, CancellationToken ct)
    {
        var input = new WishInput
        {
            CadreId = _cadres.GetValueOrDefault(w.Cadre), RegisteredOn = w.Registered, Destination = w.Destination ?? "区直部门",
            Reason = w.Reason ?? "照顾家庭", AnsweredOn = w.Answered, Answer = w.Answered is null ? w.Answer : w.Answer ?? "已答复",
            AnsweredBy = w.Answered is null ? w.AnsweredBy : w.AnsweredBy ?? "组织部",
        };
        var result = await WishCommands.CreateAsync(db, district, input, today, ct);
        if (result.Value is { } wish)
        {
            _postTopics[RemoteLongServiceRule.WishTopicPrefix + wish.Id.ToString(CultureInfo.InvariantCulture)] = $"{w.Cadre}的交流意愿";
        }

        return Refusal(result, "交流意愿", w.Cadre, w.At);
    }

    /// <summary>A training through the API's command; unwritten title and provider are plain placeholders, days the calendar span.</summary>
    private async Task<CaseDifference?> TrainingAsync(CaseTraining t, int index, CancellationToken ct)
    {
        var days = t.Days ?? (t.Start is { } s && t.End is { } e && e >= s ? TrainingValidator.Span(s, e) : null);
        var input = new TrainingInput(_cadres.GetValueOrDefault(t.Cadre), t.Kind, t.Title ?? "培训", t.Provider ?? "举办单位", t.Level, t.Start, t.End, days, t.Certificate);
        return Refusal(await TrainingCommands.AddAsync(db, district, input, ct), "培训", $"{t.Cadre} 的第{index}条培训", t.At);
    }

    private async Task<CaseDifference?> SecondmentAsync(CaseSecondment s, int index, CancellationToken ct)
    {
        var input = new SecondmentInput(_cadres.GetValueOrDefault(s.Cadre), s.Place ?? "挂职单位", s.Destination, s.Level, s.PostTitle, s.Start, s.End);
        return Refusal(await SecondmentCommands.AddAsync(db, district, input, ct), "挂职", $"{s.Cadre} 的第{index}条挂职", s.At);
    }

    private async Task<CaseDifference?> PoolEntryAsync(CasePoolEntry e, CancellationToken ct)
    {
        var input = new CandidatePoolInput(_cadres.GetValueOrDefault(e.Cadre), e.Source, e.From, e.To, e.LeaveReason, null);
        var result = await CandidatePoolCommands.AddAsync(db, district, UnitId(e.Township) ?? 0, input, today, ct);
        return Refusal(result, "推荐人选", e.Cadre, e.At);
    }

    private async Task<CaseDifference?> CommendationAsync(CaseCommendation c, CancellationToken ct)
    {
        var input = new CommendationInput(c.Title ?? DefaultCommendationTitle, c.Kind, c.Body ?? DefaultAwardingBody, c.Level ?? AwardLevel.District, c.Date);
        var result = await CommendationCommands.AddAsync(db, district, _cadres.GetValueOrDefault(c.Cadre), input, today, ct);
        return Refusal(result, "表彰奖励", c.Cadre, c.At);
    }

    private async Task<CaseDifference?> GradeAsync(CaseGrade g, CancellationToken ct)
    {
        var input = new GradeInput(g.Year, g.GradeCode, g.Unit is null ? null : UnitId(g.Unit) ?? 0);
        var cadreId = _cadres.GetValueOrDefault(g.Cadre);
        var result = g.Imported
            ? await GradeCommands.ImportAsync(db, district, cadreId, input, today, ct)
            : await GradeCommands.SaveAsync(db, district, cadreId, input, Profile ?? throw new InvalidOperationException("The case has no profile."), today, ct);
        return Refusal(result, "年度考核结果", g.Cadre, g.At);
    }

    private async Task<CaseDifference?> AwardAsync(CaseAward a, int index, CancellationToken ct)
    {
        var input = new AwardInput(a.Kind, a.Title ?? a.Id ?? "先进个人", a.Event, a.EventOn, a.GrantedOn, a.Grassroots, null);
        var result = await AssessmentCommands.AddAwardAsync(db, district, _cadres.GetValueOrDefault(a.Cadre), input, today, ct);
        if (result.Succeeded && a.Id is { } id)
        {
            _postTopics[TimelyAwardRule.TopicPrefix + result.Value!.Id.ToString(CultureInfo.InvariantCulture)] = id;
        }

        return Refusal(result, "奖励", a.Id ?? $"{a.Cadre} 的第{index}条奖励", a.At);
    }

    private async Task<CaseDifference?> DisbursementAsync(CaseDisbursement d, CancellationToken ct)
    {
        var input = new DisbursementInput(UnitId(d.Village) ?? 0, _cadres.GetValueOrDefault(d.Cadre), d.Year, d.Amount, d.Score, d.PaidOn ?? new DateOnly(d.Year ?? 2000, 12, 1));
        return Refusal(await AssessmentCommands.AddDisbursementAsync(db, district, input, today, ct), "绩效考核资金兑现", d.Cadre, d.At);
    }

    private async Task<CaseDifference?> TownshipAssessmentAsync(CaseTownshipAssessment a, CancellationToken ct)
    {
        var year = a.Year ?? 0;
        var feedback = Enum.GetValues<FeedbackSource>().Take(a.Feedback ?? 0)
            .Select(s => new FeedbackInput(s, 20, 90m, new DateOnly(Math.Max(year, 2000), 12, 1))).ToList();
        var input = new TownshipAssessmentInput(UnitId(a.Township) ?? 0, a.Year, a.Category ?? "农业型", null, feedback);
        return Refusal(await AssessmentCommands.AddTownshipAssessmentAsync(db, district, input, today, ct), "乡镇年度考核", a.Township, a.At);
    }

    private readonly Dictionary<string, int> _sanctions = new(StringComparer.Ordinal);

    private async Task<CaseDifference?> SanctionAsync(CaseSanction x, CancellationToken ct)
    {
        var input = new Measures.M07ErrorTolerance.SanctionInput { Kind = x.Kind, EffectiveOn = x.Effective, Authority = DefaultAwardingBody };
        var result = await Measures.M07ErrorTolerance.SanctionCommands.AddAsync(db, district, _cadres.GetValueOrDefault(x.Cadre), input, today, ct);
        if (result.Succeeded && x.Revoked is not null)
        {
            result = await Measures.M07ErrorTolerance.SanctionCommands.RevokeAsync(db, district, result.Value!.Id, x.Revoked, result.Value.Version, today, ct);
        }

        if (result.Succeeded && x.Id is { } id)
        {
            _sanctions[id] = result.Value!.Id;
        }

        return Refusal(result, "处分", x.Cadre, x.At);
    }

    private async Task<CaseDifference?> ToleranceCaseAsync(CaseToleranceCase x, CancellationToken ct)
    {
        var input = new Measures.M07ErrorTolerance.CaseInput
        {
            ReceivedOn = x.Received, SanctionId = x.Sanction is { } s && _sanctions.TryGetValue(s, out var sid) ? sid : null,
        };
        var result = await Measures.M07ErrorTolerance.CaseCommands.AddAsync(db, district, _cadres.GetValueOrDefault(x.Cadre), input, today, ct);
        if (result.Succeeded && (x.Decision is not null || x.Decided is not null))
        {
            var step = new Measures.M07ErrorTolerance.CaseStepInput
            {
                Stage = Core.Measures.M07ErrorTolerance.CaseStage.Decision, Author = "组织部", On = x.Decided, Decision = x.Decision,
            };
            result = await Measures.M07ErrorTolerance.CaseCommands.AddStepAsync(db, district, result.Value!.Id, step, result.Value.Version, today, ct);
        }

        return Refusal(result, "容错纠错案件", x.Cadre, x.At);
    }

    private async Task<CaseDifference?> AccusationAsync(CaseAccusation x, CancellationToken ct)
    {
        var input = new Measures.M07ErrorTolerance.AccusationInput { ReceivedOn = x.Received, Source = "信访举报" };
        var result = await Measures.M07ErrorTolerance.AccusationCommands.AddAsync(db, district, _cadres.GetValueOrDefault(x.Cadre), input, today, ct);
        if (result.Succeeded && (x.Conclusion is not null || x.Clarified is not null))
        {
            var outcome = new Measures.M07ErrorTolerance.AccusationOutcomeInput
            {
                Conclusion = x.Conclusion, ConcludedOn = x.Concluded,
                ClarifyMethod = x.Clarified is null ? null : "召开澄清会", ClarifyScope = x.Clarified is null ? null : "所在单位", ClarifiedOn = x.Clarified,
            };
            result = await Measures.M07ErrorTolerance.AccusationCommands.ConcludeAsync(db, district, result.Value!.Id, outcome, result.Value.Version, today, ct);
        }

        return Refusal(result, "信访举报", x.Cadre, x.At);
    }

    private async Task<CaseDifference?> SubsidyPaymentAsync(CaseSubsidyPayment x, CancellationToken ct)
    {
        var month = Measures.M08Guarantees.SubsidyPaymentCommands.ParseMonth(x.Month);
        var input = new Measures.M08Guarantees.SubsidyPaymentInput
        {
            Subsidy = x.Subsidy, Month = x.Month, EligibleFrom = x.From, EligibleTo = x.To, AmountYuan = x.Amount,
            PaidOn = x.PaidOn ?? month?.AddMonths(1).AddDays(-1),
        };
        var profile = Profile;
        var result = await Measures.M08Guarantees.SubsidyPaymentCommands.AddAsync(db, district, _cadres.GetValueOrDefault(x.Cadre), input, _ => profile, today, ct);
        return Refusal(result, "补贴发放", x.Cadre, x.At);
    }

    private async Task<CaseDifference?> AnnualLeaveAsync(CaseAnnualLeave x, CancellationToken ct)
    {
        var year = x.Year ?? today.Year;
        var compensated = x.Compensated ?? 0;
        var input = new Measures.M08Guarantees.AnnualLeaveInput
        {
            TakenDays = x.Taken ?? 0, MonthlyWageYuan = x.Wage, CompensatedDays = compensated,
            CompensationYuan = compensated > 0 ? x.Compensation ?? 0m : null,
            CompensatedOn = compensated > 0 ? x.CompensatedOn ?? new DateOnly(year, 12, 31) : null,
        };
        var result = await Measures.M08Guarantees.AnnualLeaveCommands.SaveAsync(db, district, _cadres.GetValueOrDefault(x.Cadre), year, input, null, today, ct);
        return Refusal(result, "带薪年休假", x.Cadre, x.At);
    }

    private readonly Dictionary<string, int> _postings = new(StringComparer.Ordinal);

    /// <summary>Postings as first recorded, then their claims in file order (decided by R8.1 at entry), then the corrections written.</summary>
    private IEnumerable<Func<Task<CaseDifference?>>> TripSteps(CaseRecords records, CancellationToken ct) =>
        records.Postings.Select(x => (Func<Task<CaseDifference?>>)(() => PostingAsync(x, ct)))
            .Concat(records.TripClaims.Select(x => (Func<Task<CaseDifference?>>)(() => TripClaimAsync(x, ct))))
            .Concat(records.Postings.Where(x => x.CorrectedStart is not null || x.CorrectedEnd is not null)
                .Select(x => (Func<Task<CaseDifference?>>)(() => PostingCorrectionAsync(x, ct))));

    private static Measures.M08Guarantees.PostingInput PostingInput(DateOnly? start, DateOnly? end, CasePosting x) =>
        new() { Start = start, End = end, HomePlace = x.Home ?? "案例家庭居住地" };

    private async Task<CaseDifference?> PostingAsync(CasePosting x, CancellationToken ct)
    {
        var result = await Measures.M08Guarantees.PostingCommands.AddAsync(db, district, _cadres.GetValueOrDefault(x.Cadre), PostingInput(x.Start, x.End, x), today, ct);
        if (result.Succeeded)
        {
            _postings[x.Id] = result.Value!.Id;
        }

        return Refusal(result, "异地交流任职", x.Id, x.At);
    }

    /// <summary>A claim decided at entry under the case's values in force on the trip date.</summary>
    private async Task<CaseDifference?> TripClaimAsync(CaseTripClaim x, CancellationToken ct)
    {
        var profile = Profile;
        var input = new Measures.M08Guarantees.TripClaimInput { TripDate = x.Date, AmountYuan = x.Amount ?? 100m };
        return Refusal(await Measures.M08Guarantees.PostingCommands.AddClaimAsync(db, district, _postings.GetValueOrDefault(x.Posting), input, d => profile?.At(d), today, ct),
            "往返交通费报销申报", x.Posting, x.At);
    }

    private async Task<CaseDifference?> PostingCorrectionAsync(CasePosting x, CancellationToken ct)
    {
        var id = _postings.GetValueOrDefault(x.Id);
        var current = await db.CrossRegionPostings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        var input = PostingInput(x.CorrectedStart ?? x.Start, x.CorrectedEnd ?? x.End, x);
        return Refusal(await Measures.M08Guarantees.PostingCommands.UpdateAsync(db, district, id, input, current?.Version, today, ct), "异地交流任职更正", x.Id, x.At);
    }

    private int? UnitId(string local) => _units.TryGetValue(local, out var u) ? u.Id : null;

    /// <summary>The next free code under the parent: 3 digits for a township or department, 3 more for a village.</summary>
    private string NextCode(OrgUnitKind kind, string? parentCode)
    {
        var parent = parentCode ?? CaseDatabase.DistrictCode;
        var villageLevel = kind.IsVillageLevel();
        var prefix = villageLevel ? parent[..9] : parent[..6];
        var siblings = _units.Values.Count(u => u.Code.StartsWith(prefix, StringComparison.Ordinal) && u.Code != parent);
        var number = (100 + siblings).ToString("000", CultureInfo.InvariantCulture);
        return villageLevel ? prefix + number : prefix + number + "000";
    }

    /// <summary>A valid ID number for the birth day and sex, distinct per cadre of the case (odd sequence for men, even for women).</summary>
    private static string IdNumberFor(DateOnly birth, Sex sex, int index)
    {
        var sequence = ((index % 499) * 2) + (sex == Sex.Female ? 2 : 1);
        var first17 = string.Concat(DistrictRegion, birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture), sequence.ToString("000", CultureInfo.InvariantCulture));
        return first17 + IdCardNumber.CheckCharacter(first17);
    }

    private static CaseDifference? Refusal<T>(CommandResult<T> result, string what, string id, CaseAt at)
    {
        if (result.Succeeded)
        {
            return null;
        }

        var reason = result.NotFound ? "所属单位或干部不存在" : string.Join("；", result.Errors.Select(e => e.Message));
        return new CaseDifference(CaseDifferenceKind.RecordRefused, $"{what}“{id}”未能建立（与接口的校验相同）：{reason}", at);
    }
}
