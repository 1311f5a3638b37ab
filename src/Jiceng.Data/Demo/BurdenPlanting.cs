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
/// </summary>
internal static class BurdenPlanting
{
    public const int MaxInspections = 10;
    public const decimal MeetingReduction = 0.3m;

    public static void Add(DemoContext ctx, IReadOnlyList<OrgUnit> townships, IReadOnlyList<OrgUnit> departments)
    {
        if (townships.Count < 4 || departments.Count < 2)
        {
            return;
        }

        var year = DemoDistrictGenerator.DataAsOf.Year;
        var (t0, t1, t2, t3) = (townships[0], townships[1], townships[2], townships[3]);
        var (d0, d1) = (departments[0], departments[1]);

        // The plan: d0's item approved on 1 February, d1's still proposed, and d0's item of last year.
        var approved = new InspectionPlanItem { Year = year, Department = d0, Title = "耕地保护专项检查", Status = PlanItemStatus.Approved, DecidedBy = "区委组织部", DecidedOn = new(year, 2, 1) };
        var proposed = new InspectionPlanItem { Year = year, Department = d1, Title = "河湖长制落实情况督查" };
        var lastYears = new InspectionPlanItem { Year = year - 1, Department = d0, Title = "耕地保护专项检查", Status = PlanItemStatus.Approved, DecidedBy = "区委组织部", DecidedOn = new(year - 1, 2, 1) };
        ctx.InspectionPlanItems.AddRange([approved, proposed, lastYears]);

        Inspection Held(OrgUnit township, OrgUnit department, DateOnly on, InspectionPlanItem? plan, string title) =>
            new() { Township = township, Department = department, HeldOn = on, PlanItem = plan, Title = title };

        // R6.1: t0's inspection is under the approved item; t1's under an item still proposed (d1), t2's under none (d0).
        ctx.Inspections.Add(Held(t0, d0, new(year, 3, 1), approved, "耕地保护专项检查"));
        ctx.Inspections.Add(Held(t1, d1, new(year, 4, 1), proposed, "河湖长制落实情况督查"));
        ctx.Planted.Add(new PlantedFinding("R6.1", Severity.Violation, d1, null, "计划事项未审批即开展检查"));
        ctx.Inspections.Add(Held(t2, d0, new(year, 5, 1), null, "临时抽查"));
        ctx.Planted.Add(new PlantedFinding("R6.1", Severity.Violation, d0, null, "计划外检查"));

        // R6.2: t3 receives one more than the cap, all planned (weekly from 2 February), none last year (R6.3 not judged).
        for (var i = 0; i <= MaxInspections; i++)
        {
            ctx.Inspections.Add(Held(t3, d0, new DateOnly(year, 2, 2).AddDays(7 * i), approved, "耕地保护专项检查"));
        }

        ctx.Planted.Add(new PlantedFinding("R6.2", Severity.Violation, t3, null, $"督查检查考核{MaxInspections + 1}次"));

        // R6.3: t0 had 4 inspections last year and 1 this year (within half); t1's meetings 10 → 8 (more than 7: a warning
        // while the year runs), its documents 10 → 7 (exactly 70 %), t2's forms 5 → 3 (within 3.5).
        for (var m = 1; m <= 4; m++)
        {
            ctx.Inspections.Add(Held(t0, d0, new DateOnly(year - 1, 3 * m, 1), lastYears, "耕地保护专项检查"));
        }

        BurdenCount Count(OrgUnit township, OrgUnit department, int y, BurdenKind kind, int n) => new() { Township = township, Department = department, Year = y, Kind = kind, Count = n };
        ctx.BurdenCounts.AddRange(
        [
            Count(t1, d0, year - 1, BurdenKind.Meeting, 6), Count(t1, d1, year - 1, BurdenKind.Meeting, 4),
            Count(t1, d0, year, BurdenKind.Meeting, 5), Count(t1, d1, year, BurdenKind.Meeting, 3),
            Count(t1, d0, year - 1, BurdenKind.Document, 10), Count(t1, d0, year, BurdenKind.Document, 7),
            Count(t2, d1, year - 1, BurdenKind.Form, 5), Count(t2, d1, year, BurdenKind.Form, 3),
        ]);
        if (8 > 10 * (1 - MeetingReduction))
        {
            ctx.Planted.Add(new PlantedFinding("R6.3", Severity.Warning, t1, null, "会议10次→8次，未压减30%"));
        }

        // R6.4: t0's list holds 防汛; d0's task to t0 names it, d0's task to t1 is funded, d1's task to t2 neither (violation);
        // d1's withdrawn task and one assigned after the data day are not judged.
        var flood = new ResponsibilityItem { OrgUnit = t0, Year = year, Kind = ResponsibilityListKind.Responsibility, Title = "防汛抗旱", LegalBasis = "《中华人民共和国防洪法》" };
        ctx.ResponsibilityItems.Add(flood);
        ctx.ResponsibilityItems.Add(new ResponsibilityItem { OrgUnit = t0, Year = year, Kind = ResponsibilityListKind.Power, Title = "农村宅基地审批", LegalBasis = "《中华人民共和国土地管理法》" });
        AssignedTask Task(OrgUnit township, OrgUnit department, string title, DateOnly on) => new() { Township = township, Department = department, Title = title, AssignedOn = on };
        var inList = Task(t0, d0, "汛期巡查", new(year, 3, 10));
        inList.ResponsibilityItem = flood;
        var funded = Task(t1, d0, "高标准农田建设核查", new(year, 3, 20));
        (funded.FundingYuan, funded.FundingSource) = (5_000m, "区财政专项");
        var withdrawn = Task(t2, d1, "入河排污口排查", new(year, 4, 20));
        withdrawn.WithdrawnOn = new(year, 5, 1);
        ctx.AssignedTasks.AddRange([inList, funded, Task(t2, d1, "河道垃圾清理", new(year, 4, 15)), withdrawn,
            Task(t2, d1, "汛后河道整治", DemoDistrictGenerator.DataAsOf.AddDays(15))]);
        ctx.Planted.Add(new PlantedFinding("R6.4", Severity.Violation, d1, null, "清单外事项无经费下派"));
    }
}
