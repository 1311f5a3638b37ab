using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M06Burden;
using Jiceng.Core.Org;
using Jiceng.Data.Measures.M06Burden;
using Jiceng.Data.Scope;
using Jiceng.Data.Tests.Measures;

namespace Jiceng.Data.Tests.Measures.M06Burden;

/// <summary>
/// Clause 六's facts queries on both providers: the year and as-of bounds, R6.1's and R6.4's facts scoped by their department
/// (the subject), the ledger summed over departments with confirmed reports, withdrawn tasks; and the
/// commands' scope rules (a department writes only its own, approving is the district's).
/// </summary>
public abstract class BurdenFactsQueriesTests(FactsWorld world)
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static readonly EvaluationContext Mid2025 = new(2025, new DateOnly(2025, 6, 30));
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(JicengDbContext Db, OrgUnit Township, OrgUnit Other, OrgUnit Department, DataScope Scope)> WorldAsync()
    {
        var db = await world.NewContextAsync();
        var (township, _, scope) = await world.NewTownshipAsync(db);
        var (other, _, _) = await world.NewTownshipAsync(db);
        var district = db.OrgUnits.Single(u => u.Id == township.ParentId);
        var department = new OrgUnit { Code = township.Code[..9] + "900", Name = township.Name + "农业局", Kind = OrgUnitKind.DistrictDepartment, ParentId = district.Id };
        db.OrgUnits.Add(department);
        await db.SaveChangesAsync(Ct);
        department.Path = $"{district.Path}{department.Id}/";
        await db.SaveChangesAsync(Ct);
        return (db, township, other, department, scope);
    }

    [Fact]
    public async Task Inspections_OfTheYearUpToTheAsOfDay_InTheTownshipsScope_WithTheirPlanItem()
    {
        var (db, township, other, department, scope) = await WorldAsync();
        await using var _ = db;
        var plan = new InspectionPlanItem { Year = 2025, DepartmentId = department.Id, Title = "耕地", Status = PlanItemStatus.Approved, DecidedBy = "组织部", DecidedOn = new(2025, 2, 1) };
        db.InspectionPlanItems.Add(plan);
        await db.SaveChangesAsync(Ct);
        Inspection At(OrgUnit t, DateOnly on, int? planId = null) => new() { TownshipId = t.Id, DepartmentId = department.Id, HeldOn = on, Title = "检查", PlanItemId = planId };
        db.Inspections.AddRange(At(township, new(2025, 1, 1), plan.Id), At(township, new(2025, 6, 30)), At(township, new(2025, 7, 1)), At(township, new(2024, 12, 31)),
            At(township, new(2024, 3, 1)), At(township, new(2024, 5, 1)), At(other, new(2025, 3, 1)));
        await db.SaveChangesAsync(Ct);

        // R6.1's facts are the department's (its subject): a township's scope has none.
        Assert.Empty(await new InspectionPlanFactsQuery().LoadAsync(db, scope, Mid2025, Ct));
        var facts = (await new InspectionPlanFactsQuery().LoadAsync(db, new DataScope(department.Id, department.Path), Mid2025, Ct))
            .Where(f => f.Township == township.Name).ToList();
        Assert.Equal([new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30)], facts.Select(f => f.HeldOn));
        Assert.All(facts, f => Assert.Equal((SubjectKind.OrgUnit, department.Id, department.Path), (f.Department.Kind, f.Department.Id, f.Department.OrgUnitPath)));
        Assert.Equal((plan.Id, 2025, department.Id, PlanItemStatus.Approved, new DateOnly(2025, 2, 1)),
            (facts[0].PlanItemId!.Value, facts[0].PlanYear!.Value, facts[0].PlanDepartmentId!.Value, facts[0].PlanStatus!.Value, facts[0].PlanDecidedOn!.Value));
        Assert.Equal((null, null, null), (facts[1].PlanItemId, facts[1].PlanStatus, facts[1].PlanDecidedOn));

        var count = Assert.Single(await new InspectionCountFactsQuery().LoadAsync(db, scope, Mid2025, Ct));
        Assert.Equal((township.Id, 2), (count.Township.Id, count.Inspections));

        var trend = Assert.Single(await new BurdenTrendFactsQuery().LoadAsync(db, scope, Mid2025, Ct));
        Assert.Equal((BurdenKind.Inspection, 2, 3), (trend.Kind, trend.ThisYear, trend.LastYear));
    }

    [Fact]
    public async Task TheLedger_SumsDepartmentsAndConfirmedReports_OfTheTwoYears()
    {
        var (db, township, other, department, scope) = await WorldAsync();
        await using var _ = db;
        var second = new OrgUnit { Code = department.Code[..9] + "901", Name = department.Name + "二", Kind = OrgUnitKind.DistrictDepartment, ParentId = department.ParentId, Path = "" };
        db.OrgUnits.Add(second);
        await db.SaveChangesAsync(Ct);
        second.Path = department.Path.Replace($"/{department.Id}/", $"/{second.Id}/", StringComparison.Ordinal);
        BurdenCount C(OrgUnit t, OrgUnit d, int year, BurdenKind kind, int n) => new() { TownshipId = t.Id, DepartmentId = d.Id, Year = year, Kind = kind, Count = n };
        db.BurdenCounts.AddRange(C(township, department, 2025, BurdenKind.Meeting, 3), C(township, second, 2025, BurdenKind.Meeting, 4),
            C(township, department, 2024, BurdenKind.Meeting, 10), C(township, department, 2023, BurdenKind.Meeting, 99),
            C(township, department, 2024, BurdenKind.Form, 5), C(other, department, 2025, BurdenKind.Meeting, 50));
        BurdenReport R(DateOnly on, BurdenReportStatus status, DateOnly? decided, int n) => new()
        {
            TownshipId = township.Id, DepartmentId = department.Id, Kind = BurdenKind.Meeting, OccurredOn = on, Count = n, Description = "临时会议",
            Status = status, DecidedBy = "组织部", DecidedOn = decided,
        };
        db.BurdenReports.AddRange(R(new(2025, 3, 1), BurdenReportStatus.Confirmed, new(2025, 3, 5), 2), R(new(2025, 3, 1), BurdenReportStatus.Rejected, new(2025, 3, 5), 7),
            R(new(2025, 6, 1), BurdenReportStatus.Confirmed, new(2025, 7, 1), 8), R(new(2024, 8, 1), BurdenReportStatus.Confirmed, new(2024, 9, 1), 1));
        await db.SaveChangesAsync(Ct);

        var facts = await new BurdenTrendFactsQuery().LoadAsync(db, scope, Mid2025, Ct);
        Assert.Equal([(BurdenKind.Meeting, 9, 11), (BurdenKind.Form, 0, 5)], facts.Select(f => (f.Kind, f.ThisYear, f.LastYear)));
        Assert.All(facts, f => Assert.Equal(township.Id, f.Township.Id));
    }

    [Fact]
    public async Task Tasks_OfTheYearNotWithdrawnByTheAsOfDay_WithTheirListItem()
    {
        var (db, township, _, department, scope) = await WorldAsync();
        await using var _ = db;
        var item = new ResponsibilityItem { OrgUnitId = township.Id, Year = 2025, Kind = ResponsibilityListKind.Responsibility, Title = "防汛", EndedOn = new(2025, 5, 31) };
        db.ResponsibilityItems.Add(item);
        await db.SaveChangesAsync(Ct);
        AssignedTask T(string title, DateOnly on, DateOnly? withdrawn = null, int? itemId = null, decimal? money = null) => new()
        {
            TownshipId = township.Id, DepartmentId = department.Id, Title = title, AssignedOn = on, WithdrawnOn = withdrawn, ResponsibilityItemId = itemId, FundingYuan = money,
        };
        db.AssignedTasks.AddRange(T("清单内", new(2025, 4, 1), itemId: item.Id), T("有经费", new(2025, 4, 2), money: 1200.50m), T("撤回后", new(2025, 4, 3), withdrawn: new(2025, 6, 30)),
            T("撤回在后", new(2025, 4, 4), withdrawn: new(2025, 7, 1)), T("去年", new(2024, 12, 31)), T("以后", new(2025, 7, 1)));
        await db.SaveChangesAsync(Ct);

        Assert.Empty(await new TaskFundingFactsQuery().LoadAsync(db, scope, Mid2025, Ct));
        var facts = await new TaskFundingFactsQuery().LoadAsync(db, new DataScope(department.Id, department.Path), Mid2025, Ct);
        Assert.Equal(["清单内", "有经费", "撤回在后"], facts.Select(f => f.Title));
        Assert.Equal((township.Id, 2025, new DateOnly(2025, 5, 31)), (facts[0].ItemOrgUnitId!.Value, facts[0].ItemYear!.Value, facts[0].ItemEndedOn!.Value));
        Assert.Equal(1200.50m, facts[1].FundingYuan);
        Assert.Equal((null, null), (facts[2].ItemOrgUnitId, facts[2].FundingYuan));
        Assert.All(facts, f => Assert.Equal((department.Id, township.Id), (f.Department.Id, f.TownshipId)));
    }

    [Fact]
    public async Task ADepartment_WritesOnlyItsOwn_AndOnlyTheDistrictApproves()
    {
        var (db, township, other, department, scope) = await WorldAsync();
        await using var _ = db;
        var departmentScope = new DataScope(department.Id, department.Path);
        var task = await BurdenCommands.AddTaskAsync(db, departmentScope,
            new AssignedTaskInput(township.Id, department.Id, "秸秆禁烧巡查", new(2026, 3, 1), new(2026, 4, 1), null, null, null), Today, Ct);
        Assert.True(task.Succeeded);
        var refused = await BurdenCommands.AddTaskAsync(db, scope,
            new AssignedTaskInput(township.Id, department.Id, "秸秆禁烧巡查", new(2026, 3, 1), null, null, -1m, null), Today, Ct);
        Assert.Equal(["departmentId", "fundingYuan"], refused.Errors.Select(e => e.Field));
        Assert.Single(await BurdenCommands.ListTasksAsync(db, departmentScope, 2026, Ct));
        Assert.Single(await BurdenCommands.ListTasksAsync(db, scope, 2026, Ct));
        Assert.Empty(await BurdenCommands.ListTasksAsync(db, new DataScope(other.Id, other.Path), 2026, Ct));

        var plan = await BurdenCommands.ProposePlanItemAsync(db, departmentScope, new PlanItemInput(2026, department.Id, "耕地保护检查"), Today, Ct);
        Assert.True(plan.Succeeded);
        var decision = new PlanDecisionInput(PlanItemStatus.Approved, "区委组织部", new(2026, 2, 1));
        var byDepartment = await BurdenCommands.DecidePlanItemAsync(db, departmentScope, plan.Value!.Id, plan.Value.Version, decision, Today, Ct);
        Assert.Contains(byDepartment.Errors, e => e.Field == "status" && e.Message.Contains("组织部门", StringComparison.Ordinal));
        var districtScope = new DataScope(township.ParentId!.Value, department.Path[..(department.Path.Length - department.Id.ToString(System.Globalization.CultureInfo.InvariantCulture).Length - 1)]);
        var approved = await BurdenCommands.DecidePlanItemAsync(db, districtScope, plan.Value.Id, plan.Value.Version, decision, Today, Ct);
        Assert.True(approved.Succeeded);
        Assert.Equal((PlanItemStatus.Approved, "区委组织部"), (approved.Value!.Status, approved.Value.DecidedBy));
    }
}

public sealed class SqliteBurdenFactsQueriesTests(SqliteFactsWorld w) : BurdenFactsQueriesTests(w), IClassFixture<SqliteFactsWorld>;

public sealed class PostgresBurdenFactsQueriesTests(PostgresFactsWorld w) : BurdenFactsQueriesTests(w), IClassFixture<PostgresFactsWorld>;
