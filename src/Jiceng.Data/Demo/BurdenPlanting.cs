using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M06Burden;
using Jiceng.Core.Org;

namespace Jiceng.Data.Demo;

/// <summary>
/// The demo district's clause 六 records — responsibility lists, tasks, the inspection plan, inspections and the burden
/// ledger — and the R6.1–R6.4 findings they make on the data day, worked out here by plain counting (never with the
/// rules, their facts queries or helpers). The values are the shipped example profile's: 10 inspections a year,
/// inspections cut by half, meetings, documents and forms by 30 %. The data day falls inside the year, so R6.3's
/// excess is a warning.
/// Everything is planted on the first two townships and on two departments both demo scales have (自然资源局 and
/// 市场监督管理局; never the organization department, which approves the plan), so the small demo (two townships, three
/// departments) carries every R6 rule as well as the district.
/// </summary>
internal static class BurdenPlanting
{
    public const int MaxInspections = 10;
    public const decimal InspectionReduction = 0.5m;
    public const decimal MeetingReduction = 0.3m;
    public const decimal DocumentReduction = 0.3m;
    public const decimal FormReduction = 0.3m;

    /// <summary>The two departments the planting works with; both are in <see cref="DepartmentBuilder"/>'s small scale.</summary>
    public const string NaturalResources = "区自然资源局";
    public const string MarketRegulation = "区市场监督管理局";

    public static void Add(DemoContext ctx, IReadOnlyList<OrgUnit> townships, IReadOnlyList<OrgUnit> departments)
    {
        if (townships.Count < 2)
        {
            throw new InvalidOperationException($"BurdenPlanting needs two townships; the demo has {townships.Count}.");
        }

        OrgUnit Department(string name) => departments.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"BurdenPlanting needs the department {name}.");

        var year = DemoDistrictGenerator.DataAsOf.Year;
        var (t0, t1) = (townships[0], townships[1]);
        var (dn, dm) = (Department(NaturalResources), Department(MarketRegulation));
        var decider = "区委组织部";

        // The plan: dn's item approved on 1 February, dm's still proposed, dm's second item filed, and dn's item of last year.
        var approved = new InspectionPlanItem { Year = year, Department = dn, Title = "耕地保护专项检查", Status = PlanItemStatus.Approved, DecidedBy = decider, DecidedOn = new(year, 2, 1) };
        var proposed = new InspectionPlanItem { Year = year, Department = dm, Title = "食品安全督查" };
        var filed = new InspectionPlanItem { Year = year, Department = dm, Title = "特种设备安全年度考核", Status = PlanItemStatus.Filed, DecidedBy = decider, DecidedOn = new(year, 6, 1) };
        var lastYears = new InspectionPlanItem { Year = year - 1, Department = dn, Title = "耕地保护专项检查", Status = PlanItemStatus.Approved, DecidedBy = decider, DecidedOn = new(year - 1, 2, 1) };
        ctx.InspectionPlanItems.AddRange([approved, proposed, filed, lastYears]);

        Inspection Held(OrgUnit township, OrgUnit department, DateOnly on, InspectionPlanItem? plan, string title) =>
            new() { Township = township, Department = department, HeldOn = on, PlanItem = plan, Title = title };

        // R6.1: t0's first inspection is under the approved item (fine); t0's second under dm's item still proposed
        // (violation by dm); t1's last one under no item (violation by dn).
        ctx.Inspections.Add(Held(t0, dn, new(year, 3, 1), approved, "耕地保护专项检查"));
        ctx.Inspections.Add(Held(t0, dm, new(year, 4, 1), proposed, "食品安全督查"));
        ctx.Planted.Add(new PlantedFinding("R6.1", Severity.Violation, dm, null, "计划事项未审批即开展检查"));
        ctx.Inspections.Add(Held(t1, dn, new(year, 5, 1), null, "临时抽查"));
        ctx.Planted.Add(new PlantedFinding("R6.1", Severity.Violation, dn, null, "计划外检查"));

        // R6.2: t1 also receives the cap's worth of planned inspections (weekly from 2 February), so the unplanned one
        // above is one more than the cap. t1 had none last year: R6.3 does not judge its inspections.
        for (var i = 0; i < MaxInspections; i++)
        {
            ctx.Inspections.Add(Held(t1, dn, new DateOnly(year, 2, 2).AddDays(7 * i), approved, "耕地保护专项检查"));
        }

        ctx.Planted.Add(new PlantedFinding("R6.2", Severity.Violation, t1, null, $"督查检查考核{MaxInspections + 1}次"));

        // R6.3: t0 had 4 inspections last year and 2 this year (exactly half: enough); t1's meetings 10 → 8 (more than 7:
        // a warning while the year runs), its documents 10 → 7 (exactly 70 %: enough), t0's forms 5 → 3 (within 3.5).
        for (var m = 1; m <= 4; m++)
        {
            ctx.Inspections.Add(Held(t0, dn, new DateOnly(year - 1, 3 * m, 1), lastYears, "耕地保护专项检查"));
        }

        BurdenCount Count(OrgUnit township, OrgUnit department, int y, BurdenKind kind, int n) => new() { Township = township, Department = department, Year = y, Kind = kind, Count = n };
        ctx.BurdenCounts.AddRange(
        [
            Count(t1, dn, year - 1, BurdenKind.Meeting, 6), Count(t1, dm, year - 1, BurdenKind.Meeting, 4),
            Count(t1, dn, year, BurdenKind.Meeting, 5), Count(t1, dm, year, BurdenKind.Meeting, 3),
            Count(t1, dn, year - 1, BurdenKind.Document, 10), Count(t1, dn, year, BurdenKind.Document, 7),
            Count(t0, dm, year - 1, BurdenKind.Form, 5), Count(t0, dm, year, BurdenKind.Form, 3),
        ]);
        ctx.Planted.Add(new PlantedFinding("R6.3", Severity.Warning, t1, null, "会议10次→8次，未压减30%"));

        // R6.4: t0's list holds 防汛抗旱; dn's task to t0 names it, dn's task to t1 is funded, dm's task to t1 neither
        // (violation by dm); dm's withdrawn task and one assigned after the data day are not judged.
        var flood = new ResponsibilityItem { OrgUnit = t0, Year = year, Kind = ResponsibilityListKind.Responsibility, Title = "防汛抗旱", LegalBasis = "《中华人民共和国防洪法》" };
        ctx.ResponsibilityItems.Add(flood);
        ctx.ResponsibilityItems.Add(new ResponsibilityItem { OrgUnit = t0, Year = year, Kind = ResponsibilityListKind.Power, Title = "农村宅基地审批", LegalBasis = "《中华人民共和国土地管理法》" });
        ctx.ResponsibilityItems.Add(new ResponsibilityItem { OrgUnit = t1, Year = year, Kind = ResponsibilityListKind.Responsibility, Title = "耕地保护", LegalBasis = "《中华人民共和国土地管理法》" });
        AssignedTask Task(OrgUnit township, OrgUnit department, string title, DateOnly on) => new() { Township = township, Department = department, Title = title, AssignedOn = on };
        var inList = Task(t0, dn, "汛期巡查", new(year, 3, 10));
        inList.ResponsibilityItem = flood;
        inList.Deadline = new(year, 9, 30);
        var funded = Task(t1, dn, "高标准农田建设核查", new(year, 3, 20));
        (funded.FundingYuan, funded.FundingSource) = (5_000m, "区财政专项");
        var withdrawn = Task(t1, dm, "小餐饮摸底登记", new(year, 4, 20));
        withdrawn.WithdrawnOn = new(year, 5, 1);
        ctx.AssignedTasks.AddRange([inList, funded, Task(t1, dm, "农贸市场秩序整治", new(year, 4, 15)), withdrawn,
            Task(t1, dm, "节日市场检查", DemoDistrictGenerator.DataAsOf.AddDays(15))]);
        ctx.Planted.Add(new PlantedFinding("R6.4", Severity.Violation, dm, null, "清单外事项无经费下派"));
    }
}
