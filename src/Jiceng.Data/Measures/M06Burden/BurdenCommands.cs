using Jiceng.Core.Common;
using Jiceng.Core.Measures.M06Burden;
using Jiceng.Core.Org;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M06Burden;

public sealed record ResponsibilityItemInput(int? OrgUnitId, int? Year, ResponsibilityListKind? Kind, string? Title, string? LegalBasis);

public sealed record AssignedTaskInput(
    int? TownshipId, int? DepartmentId, string? Title, DateOnly? AssignedOn, DateOnly? Deadline, int? ResponsibilityItemId,
    decimal? FundingYuan, string? FundingSource);

public sealed record PlanItemInput(int? Year, int? DepartmentId, string? Title);

public sealed record PlanDecisionInput(PlanItemStatus? Status, string? DecidedBy, DateOnly? DecidedOn);

public sealed record InspectionInput(int? TownshipId, int? DepartmentId, DateOnly? HeldOn, string? Title, int? PlanItemId);

public sealed record BurdenCountInput(int? TownshipId, int? DepartmentId, int? Year, BurdenKind? Kind, int? Count);

public sealed record BurdenReportInput(int? TownshipId, int? DepartmentId, BurdenKind? Kind, DateOnly? OccurredOn, int? Count, string? Description);

public sealed record ReportDecisionInput(bool Confirm, string? DecidedBy, DateOnly? DecidedOn);

/// <summary>
/// Clause 六's records through the caller's scope, audited by the context's save. A department (scope = the department)
/// writes its own tasks, plan proposals and inspections against the townships of its district; a township writes its
/// lists and reports; approving plan items and deciding reports takes the district's scope (the organization department).
/// </summary>
public static class BurdenCommands
{
    /// <summary>The largest amount the funding column (14 digits, 2 decimals) holds.</summary>
    public const decimal MaxFundingYuan = 999_999_999_999.99m;

    /// <summary>A unit as the checks need it (also the imports': <c>Exchange/Kinds/BurdenImportUnits</c>).</summary>
    internal sealed record Unit(int Id, OrgUnitKind Kind, int? ParentId, string Path);

    private static Task<Unit?> UnitAsync(JicengDbContext db, int? id, CancellationToken ct) =>
        db.OrgUnits.AsNoTracking().Where(u => u.Id == id).Select(u => new Unit(u.Id, u.Kind, u.ParentId, u.Path)).FirstOrDefaultAsync(ct);

    private static async Task<bool> IsDistrictScopeAsync(JicengDbContext db, DataScope scope, CancellationToken ct) =>
        await db.OrgUnits.AnyAsync(u => u.Id == scope.OrgUnitId && u.Kind <= OrgUnitKind.District, ct);

    /// <summary>Whether a scope unit of this kind decides plan items and reports (the district's organization department).</summary>
    internal static bool IsDistrictScope(OrgUnitKind scopeKind) => scopeKind <= OrgUnitKind.District;

    /// <summary>The department in scope, and the township of the same district (which a department's scope does not contain).</summary>
    private static async Task<(Unit? Department, Unit? Township)> PairAsync(
        JicengDbContext db, DataScope scope, int? departmentId, int? townshipId, List<FieldError> errors, CancellationToken ct)
    {
        var department = await UnitAsync(db, departmentId, ct);
        var township = townshipId is null ? null : await UnitAsync(db, townshipId, ct);
        return PairErrors(errors, scope, department, township, withTownship: townshipId is not null);
    }

    /// <summary>
    /// The pair check without the database (the imports' too): the department a district department in scope, and, with
    /// <paramref name="withTownship"/>, the township one of the department's district; the units that pass.
    /// </summary>
    internal static (Unit? Department, Unit? Township) PairErrors(List<FieldError> errors, DataScope scope, Unit? department, Unit? township, bool withTownship)
    {
        if (department is null || department.Kind != OrgUnitKind.DistrictDepartment || !scope.Contains(department.Path))
        {
            errors.Add(new FieldError("departmentId", "区直部门：不存在、不是区直部门或不在您的管理范围内"));
            department = null;
        }

        if (!withTownship)
        {
            return (department, null);
        }

        if (township is null || !township.Kind.IsTownshipLevel() || (department is not null && township.ParentId != department.ParentId))
        {
            errors.Add(new FieldError("townshipId", "乡镇（街道）：不存在，或不属于该部门所在的区（县）"));
            township = null;
        }

        return (department, township);
    }

    private static void Text(List<FieldError> errors, string field, string label, string? value, int max, bool required)
    {
        var length = value?.Trim().Length ?? 0;
        if ((required && length == 0) || length > max)
        {
            errors.Add(new FieldError(field, required ? $"{label}：必填，不超过{max}字" : $"{label}：不超过{max}字"));
        }
        else if (value is not null && value.Any(char.IsControl))
        {
            errors.Add(new FieldError(field, $"{label}：不能含控制字符（第{Array.FindIndex(value.ToCharArray(), char.IsControl) + 1}个字符）"));
        }
    }

    private static void Year(List<FieldError> errors, int? year, DateOnly today, string label = "年度")
    {
        if (year is not { } y || y < 2000 || y > today.Year + 1)
        {
            errors.Add(new FieldError("year", $"{label}：应在2000至{today.Year + 1}之间"));
        }
    }

    // 权力清单/责任清单

    private static async Task<List<FieldError>> ValidateItemAsync(JicengDbContext db, DataScope scope, ResponsibilityItemInput input, DateOnly today, CancellationToken ct) =>
        ItemErrors(await UnitAsync(db, input.OrgUnitId, ct), scope, input, today);

    /// <summary>What refuses a list item (the page's, the API's and the import's check): the unit a township or village in scope, year, kind, title, legal basis.</summary>
    internal static List<FieldError> ItemErrors(Unit? unit, DataScope scope, ResponsibilityItemInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (unit is null || !(unit.Kind.IsTownshipLevel() || unit.Kind.IsVillageLevel()) || !scope.Contains(unit.Path))
        {
            errors.Add(new FieldError("orgUnitId", "单位：应为您管理范围内的乡镇（街道）或村（社区）"));
        }

        Year(errors, input.Year, today, "清单年度");
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", "清单类别：应为权力清单或责任清单"));
        }

        Text(errors, "title", "事项名称", input.Title, ResponsibilityItem.TitleMaxLength, required: true);
        Text(errors, "legalBasis", "法定依据", input.LegalBasis, ResponsibilityItem.LegalBasisMaxLength, required: false);
        return errors;
    }

    private static void Apply(ResponsibilityItem item, ResponsibilityItemInput input)
    {
        item.OrgUnitId = input.OrgUnitId!.Value;
        item.Year = input.Year!.Value;
        item.Kind = input.Kind!.Value;
        item.Title = input.Title!.Trim();
        item.LegalBasis = input.LegalBasis?.Trim() ?? "";
    }

    public static async Task<CommandResult<ResponsibilityItem>> AddItemAsync(JicengDbContext db, DataScope scope, ResponsibilityItemInput input, DateOnly today, CancellationToken ct = default)
    {
        var item = new ResponsibilityItem();
        return await Measures.M03Staffing.VersionedUpdate.AddAsync(db, item, await ValidateItemAsync(db, scope, input, today, ct), () => Apply(item, input), ct);
    }

    /// <summary>
    /// Corrects an item (unit, year, kind, title, legal basis). An item a task names keeps its unit and year: the task's
    /// list membership (R6.4) was judged against them.
    /// </summary>
    public static async Task<CommandResult<ResponsibilityItem>> UpdateItemAsync(
        JicengDbContext db, DataScope scope, int id, int? version, ResponsibilityItemInput input, DateOnly today, CancellationToken ct = default)
    {
        var item = await db.ResponsibilityItems.FirstOrDefaultAsync(i => i.Id == id && i.OrgUnit!.Path.StartsWith(scope.Path), ct);
        if (item is null)
        {
            return CommandResult<ResponsibilityItem>.Missing();
        }

        return await Measures.M03Staffing.VersionedUpdate.RunAsync(db, item, version, async () =>
        {
            var errors = await ValidateItemAsync(db, scope, input, today, ct);
            if ((input.OrgUnitId != item.OrgUnitId || input.Year != item.Year) && await db.AssignedTasks.AnyAsync(t => t.ResponsibilityItemId == id, ct))
            {
                errors.Add(new FieldError(input.OrgUnitId != item.OrgUnitId ? "orgUnitId" : "year", "单位、清单年度：已有下派事项归入该清单事项，不能改到其他单位或年度"));
            }

            return errors;
        }, () => Apply(item, input), () => db.ResponsibilityItems.AsNoTracking().FirstAsync(i => i.Id == id, ct), ct);
    }

    /// <summary>
    /// Deletes an item entered by mistake. An item a task names is not deleted (the task's judgment rests on it): it is
    /// ended instead (<see cref="EndItemAsync"/>).
    /// </summary>
    public static async Task<CommandResult<ResponsibilityItem>> DeleteItemAsync(JicengDbContext db, DataScope scope, int id, int? version, CancellationToken ct = default)
    {
        var item = await db.ResponsibilityItems.FirstOrDefaultAsync(i => i.Id == id && i.OrgUnit!.Path.StartsWith(scope.Path), ct);
        return await DeleteVersionedAsync(db, item, version, async () =>
        {
            var tasks = await db.AssignedTasks.CountAsync(t => t.ResponsibilityItemId == id, ct);
            return tasks > 0 ? [new FieldError("id", $"清单事项：已有{tasks}项下派事项归入该事项，不能删除，请改为停止适用")] : [];
        }, ct);
    }

    /// <summary>
    /// Deletes a record found in scope at the version read, unless <paramref name="refusals"/> names why not (the record
    /// is kept, e.g. because a rule's judgment rests on it); audited by the save.
    /// </summary>
    private static async Task<CommandResult<T>> DeleteVersionedAsync<T>(JicengDbContext db, T? found, int? version, Func<Task<List<FieldError>>> refusals, CancellationToken ct)
        where T : class, IVersioned
    {
        if (found is null)
        {
            return CommandResult<T>.Missing();
        }

        if (version is not { } v)
        {
            return CommandResult<T>.Invalid([new FieldError("version", "版本号：必填（删除须基于读取时的版本）")]);
        }

        if (v != found.Version)
        {
            return new CommandResult<T> { Conflict = found };
        }

        var errors = await refusals();
        if (errors.Count > 0)
        {
            return CommandResult<T>.Invalid(errors);
        }

        await Measures.M03Staffing.VersionedUpdate.RemoveAsync(db, found, ct);
        return CommandResult<T>.Ok(found);
    }

    /// <summary>The items copied and those left out because the new year's list already had an item of that kind and title.</summary>
    public sealed record CopyResult(int Copied, int Skipped);

    /// <summary>
    /// Copies a unit's list of one year into another year (沿用上年清单): every item of <paramref name="fromYear"/> not
    /// ended before 1 January of <paramref name="toYear"/>, unless the new year already has an item of the same kind and
    /// title; one audited save.
    /// </summary>
    public static async Task<CommandResult<CopyResult>> CopyItemsAsync(
        JicengDbContext db, DataScope scope, int? orgUnitId, int? fromYear, int? toYear, DateOnly today, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        var unit = await UnitAsync(db, orgUnitId, ct);
        if (unit is null || !(unit.Kind.IsTownshipLevel() || unit.Kind.IsVillageLevel()) || !scope.Contains(unit.Path))
        {
            errors.Add(new FieldError("orgUnitId", "单位：应为您管理范围内的乡镇（街道）或村（社区）"));
        }

        Year(errors, toYear, today, "新清单年度");
        if (fromYear is not { } from || from < 2000 || from > today.Year + 1)
        {
            errors.Add(new FieldError("fromYear", $"沿用年度：应在2000至{today.Year + 1}之间"));
        }
        else if (from == toYear)
        {
            errors.Add(new FieldError("fromYear", "沿用年度：不能与新清单年度相同"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<CopyResult>.Invalid(errors);
        }

        var firstDay = new DateOnly(toYear!.Value, 1, 1);
        var source = await db.ResponsibilityItems.AsNoTracking()
            .Where(i => i.OrgUnitId == unit!.Id && i.Year == fromYear && (i.EndedOn == null || i.EndedOn >= firstDay)).OrderBy(i => i.Kind).ThenBy(i => i.Id).ToListAsync(ct);
        if (source.Count == 0)
        {
            return CommandResult<CopyResult>.Invalid([new FieldError("fromYear", $"沿用年度：{fromYear}年度该单位没有仍适用的清单事项")]);
        }

        var existing = (await db.ResponsibilityItems.AsNoTracking().Where(i => i.OrgUnitId == unit!.Id && i.Year == toYear).Select(i => new { i.Kind, i.Title }).ToListAsync(ct))
            .Select(i => (i.Kind, i.Title)).ToHashSet();
        var copied = source.Where(i => existing.Add((i.Kind, i.Title)))
            .Select(i => new ResponsibilityItem { OrgUnitId = i.OrgUnitId, Year = toYear.Value, Kind = i.Kind, Title = i.Title, LegalBasis = i.LegalBasis }).ToList();
        db.ResponsibilityItems.AddRange(copied);
        await db.SaveChangesAsync(ct);
        return CommandResult<CopyResult>.Ok(new CopyResult(copied.Count, source.Count - copied.Count));
    }

    /// <summary>Removes an item from its list from a day on (the day before is its last); the record stays for tasks that named it.</summary>
    public static async Task<CommandResult<ResponsibilityItem>> EndItemAsync(JicengDbContext db, DataScope scope, int id, int? version, DateOnly? lastDay, CancellationToken ct = default)
    {
        var item = await db.ResponsibilityItems.FirstOrDefaultAsync(i => i.Id == id && i.OrgUnit!.Path.StartsWith(scope.Path), ct);
        if (item is null)
        {
            return CommandResult<ResponsibilityItem>.Missing();
        }

        return await Measures.M03Staffing.VersionedUpdate.RunAsync(db, item, version, () => Task.FromResult<IReadOnlyList<FieldError>>(EndErrors(lastDay)),
            () => item.EndedOn = lastDay, () => db.ResponsibilityItems.AsNoTracking().FirstAsync(i => i.Id == id, ct), ct);
    }

    /// <summary>What refuses ending an item (also the import's 最后适用日期).</summary>
    internal static List<FieldError> EndErrors(DateOnly? lastDay) => lastDay is null ? [new FieldError("endedOn", "最后适用日期：必填")] : [];

    public static Task<List<ResponsibilityItem>> ListItemsAsync(JicengDbContext db, DataScope scope, int year, CancellationToken ct = default) =>
        db.ResponsibilityItems.AsNoTracking().Include(i => i.OrgUnit).Where(i => i.Year == year && i.OrgUnit!.Path.StartsWith(scope.Path))
            .OrderBy(i => i.OrgUnitId).ThenBy(i => i.Kind).ThenBy(i => i.Id).ToListAsync(ct);

    // 下派事项

    /// <summary>The refusal of a list item that is not one of the task's township (the import resolves the item by its natural key).</summary>
    internal const string TaskItemRefusal = "责任清单事项：应为该乡镇清单中的事项";

    private static async Task<List<FieldError>> ValidateTaskAsync(JicengDbContext db, DataScope scope, AssignedTaskInput input, DateOnly today, CancellationToken ct)
    {
        var township = await UnitAsync(db, input.TownshipId ?? 0, ct);
        var errors = TaskErrors(await UnitAsync(db, input.DepartmentId, ct), township, scope, input, today);
        if (input.ResponsibilityItemId is { } itemId && township is not null && !errors.Any(e => e.Field == "townshipId")
            && !await db.ResponsibilityItems.AnyAsync(i => i.Id == itemId && i.OrgUnitId == township.Id, ct))
        {
            errors.Add(new FieldError("responsibilityItemId", TaskItemRefusal));
        }

        return errors;
    }

    /// <summary>What refuses a task apart from its list item (which needs the database): the pair, title, dates, funding.</summary>
    internal static List<FieldError> TaskErrors(Unit? department, Unit? township, DataScope scope, AssignedTaskInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        PairErrors(errors, scope, department, township, withTownship: true);
        Text(errors, "title", "事项名称", input.Title, AssignedTask.TitleMaxLength, required: true);
        if (input.AssignedOn is not { } on || on > today)
        {
            errors.Add(new FieldError("assignedOn", "下派日期：必填，不能晚于今天"));
        }
        else if (input.Deadline is { } deadline && deadline < on)
        {
            errors.Add(new FieldError("deadline", "完成时限：不能早于下派日期"));
        }

        if (input.FundingYuan is { } money && (money < 0 || money > MaxFundingYuan || decimal.Round(money, 2) != money))
        {
            errors.Add(new FieldError("fundingYuan", "随事转移经费（元）：应在0至999999999999.99之间，最多两位小数"));
        }

        Text(errors, "fundingSource", "经费来源", input.FundingSource, AssignedTask.FundingSourceMaxLength, required: false);
        return errors;
    }

    private static void Apply(AssignedTask t, AssignedTaskInput input)
    {
        t.TownshipId = input.TownshipId!.Value;
        t.DepartmentId = input.DepartmentId!.Value;
        t.Title = input.Title!.Trim();
        t.AssignedOn = input.AssignedOn!.Value;
        t.Deadline = input.Deadline;
        t.ResponsibilityItemId = input.ResponsibilityItemId;
        t.FundingYuan = input.FundingYuan;
        t.FundingSource = input.FundingSource?.Trim() ?? "";
    }

    public static async Task<CommandResult<AssignedTask>> AddTaskAsync(JicengDbContext db, DataScope scope, AssignedTaskInput input, DateOnly today, CancellationToken ct = default)
    {
        var task = new AssignedTask();
        return await Measures.M03Staffing.VersionedUpdate.AddAsync(db, task, await ValidateTaskAsync(db, scope, input, today, ct), () => Apply(task, input), ct);
    }

    private static IQueryable<AssignedTask> Tasks(JicengDbContext db, DataScope scope) =>
        db.AssignedTasks.Where(t => t.Township!.Path.StartsWith(scope.Path) || t.Department!.Path.StartsWith(scope.Path));

    public static async Task<CommandResult<AssignedTask>> UpdateTaskAsync(
        JicengDbContext db, DataScope scope, int id, int? version, AssignedTaskInput input, DateOnly today, CancellationToken ct = default)
    {
        var task = await Tasks(db, scope).FirstOrDefaultAsync(t => t.Id == id && t.Department!.Path.StartsWith(scope.Path), ct);
        return task is null
            ? CommandResult<AssignedTask>.Missing()
            : await Measures.M03Staffing.VersionedUpdate.RunAsync(db, task, version, async () => await ValidateTaskAsync(db, scope, input, today, ct),
                () => Apply(task, input), () => db.AssignedTasks.AsNoTracking().FirstAsync(t => t.Id == id, ct), ct);
    }

    /// <summary>The department withdraws a task (撤回) on a day; from then on it is not judged.</summary>
    public static async Task<CommandResult<AssignedTask>> WithdrawTaskAsync(JicengDbContext db, DataScope scope, int id, int? version, DateOnly? on, CancellationToken ct = default)
    {
        var task = await Tasks(db, scope).FirstOrDefaultAsync(t => t.Id == id && t.Department!.Path.StartsWith(scope.Path), ct);
        return task is null
            ? CommandResult<AssignedTask>.Missing()
            : await Measures.M03Staffing.VersionedUpdate.RunAsync(db, task, version,
                () => Task.FromResult<IReadOnlyList<FieldError>>(WithdrawErrors(on, task.AssignedOn)),
                () => task.WithdrawnOn = on, () => db.AssignedTasks.AsNoTracking().FirstAsync(t => t.Id == id, ct), ct);
    }

    /// <summary>What refuses a withdrawal (also the import's 撤回日期).</summary>
    internal static List<FieldError> WithdrawErrors(DateOnly? on, DateOnly assignedOn) =>
        on is not { } d || d < assignedOn ? [new FieldError("withdrawnOn", "撤回日期：必填，不能早于下派日期")] : [];

    /// <summary>Tasks of a year whose township or assigning department is in scope (a department sees its own).</summary>
    public static Task<List<AssignedTask>> ListTasksAsync(JicengDbContext db, DataScope scope, int year, CancellationToken ct = default)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        return Tasks(db, scope).AsNoTracking().Include(t => t.Township).Include(t => t.Department).Include(t => t.ResponsibilityItem)
            .Where(t => t.AssignedOn >= start && t.AssignedOn <= end).OrderBy(t => t.AssignedOn).ThenBy(t => t.Id).ToListAsync(ct);
    }

    // 督查检查考核计划

    public static async Task<CommandResult<InspectionPlanItem>> ProposePlanItemAsync(JicengDbContext db, DataScope scope, PlanItemInput input, DateOnly today, CancellationToken ct = default)
    {
        var errors = PlanItemErrors(await UnitAsync(db, input.DepartmentId, ct), scope, input, today);
        var item = new InspectionPlanItem();
        return await Measures.M03Staffing.VersionedUpdate.AddAsync(db, item, errors, () =>
        {
            item.Year = input.Year!.Value;
            item.DepartmentId = input.DepartmentId!.Value;
            item.Title = input.Title!.Trim();
        }, ct);
    }

    /// <summary>What refuses a proposed plan item (the API's and the import's check): the department in scope, year, title.</summary>
    internal static List<FieldError> PlanItemErrors(Unit? department, DataScope scope, PlanItemInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        PairErrors(errors, scope, department, null, withTownship: false);
        Year(errors, input.Year, today, "计划年度");
        Text(errors, "title", "检查事项", input.Title, InspectionPlanItem.TitleMaxLength, required: true);
        return errors;
    }

    private static Task<InspectionPlanItem?> PlanItemInScopeAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct) =>
        db.InspectionPlanItems.FirstOrDefaultAsync(i => i.Id == id && i.Department!.Path.StartsWith(scope.Path), ct);

    /// <summary>The refusal of changing a decided plan item: the decision was taken on what it said.</summary>
    internal static List<FieldError> PendingErrors(InspectionPlanItem item, string action) =>
        item.Status == PlanItemStatus.Proposed ? [] : [new FieldError("status", $"计划事项：审批结果为“{BurdenLabels.Of(item.Status)}”，不能{action}（审批依据的是原内容），请另行报送")];

    /// <summary>Corrects a proposed plan item (year, department, title) while it awaits the decision.</summary>
    public static async Task<CommandResult<InspectionPlanItem>> UpdatePlanItemAsync(
        JicengDbContext db, DataScope scope, int id, int? version, PlanItemInput input, DateOnly today, CancellationToken ct = default)
    {
        var item = await PlanItemInScopeAsync(db, scope, id, ct);
        return item is null
            ? CommandResult<InspectionPlanItem>.Missing()
            : await Measures.M03Staffing.VersionedUpdate.RunAsync(db, item, version, async () =>
            {
                var errors = PendingErrors(item, "修改");
                errors.AddRange(PlanItemErrors(await UnitAsync(db, input.DepartmentId, ct), scope, input, today));
                if (input.DepartmentId != item.DepartmentId && await db.Inspections.AnyAsync(i => i.PlanItemId == id, ct))
                {
                    errors.Add(new FieldError("departmentId", "区直部门：已有检查登记为该计划事项，不能改到其他部门"));
                }

                return errors;
            }, () =>
            {
                item.Year = input.Year!.Value;
                item.DepartmentId = input.DepartmentId!.Value;
                item.Title = input.Title!.Trim();
            }, () => db.InspectionPlanItems.AsNoTracking().FirstAsync(i => i.Id == id, ct), ct);
    }

    /// <summary>Deletes a plan item proposed by mistake: only while pending, and not one an inspection was recorded against (R6.2 reads it).</summary>
    public static async Task<CommandResult<InspectionPlanItem>> DeletePlanItemAsync(JicengDbContext db, DataScope scope, int id, int? version, CancellationToken ct = default)
    {
        var item = await PlanItemInScopeAsync(db, scope, id, ct);
        return await DeleteVersionedAsync(db, item, version, async () =>
        {
            var errors = PendingErrors(item!, "删除");
            var inspections = await db.Inspections.CountAsync(i => i.PlanItemId == id, ct);
            if (inspections > 0)
            {
                errors.Add(new FieldError("id", $"计划事项：已有{inspections}次检查登记为该计划事项，不能删除"));
            }

            return errors;
        }, ct);
    }

    /// <summary>What refuses a plan decision: district scope only, a decided status, who, a day up to today.</summary>
    internal static List<FieldError> DecisionErrors(bool district, PlanDecisionInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (!district)
        {
            errors.Add(new FieldError("status", "审批：只有组织部门（区级）可以审批或备案"));
        }

        if (input.Status is not (PlanItemStatus.Approved or PlanItemStatus.Filed or PlanItemStatus.Rejected))
        {
            errors.Add(new FieldError("status", "审批结果：应为已审批、已报备或不予批准"));
        }

        Text(errors, "decidedBy", "审批人", input.DecidedBy, InspectionPlanItem.DeciderMaxLength, required: true);
        if (input.DecidedOn is not { } on || on > today)
        {
            errors.Add(new FieldError("decidedOn", "审批日期：必填，不能晚于今天"));
        }

        return errors;
    }

    /// <summary>The organization department approves, files or rejects a proposed item (district scope only).</summary>
    public static async Task<CommandResult<InspectionPlanItem>> DecidePlanItemAsync(
        JicengDbContext db, DataScope scope, int id, int? version, PlanDecisionInput input, DateOnly today, CancellationToken ct = default)
    {
        var item = await db.InspectionPlanItems.FirstOrDefaultAsync(i => i.Id == id && i.Department!.Path.StartsWith(scope.Path), ct);
        if (item is null)
        {
            return CommandResult<InspectionPlanItem>.Missing();
        }

        var district = await IsDistrictScopeAsync(db, scope, ct);
        return await Measures.M03Staffing.VersionedUpdate.RunAsync(db, item, version, () => Task.FromResult<IReadOnlyList<FieldError>>(DecisionErrors(district, input, today)), () =>
        {
            item.Status = input.Status!.Value;
            item.DecidedBy = input.DecidedBy!.Trim();
            item.DecidedOn = input.DecidedOn;
        }, () => db.InspectionPlanItems.AsNoTracking().FirstAsync(i => i.Id == id, ct), ct);
    }

    public static Task<List<InspectionPlanItem>> ListPlanItemsAsync(JicengDbContext db, DataScope scope, int year, CancellationToken ct = default) =>
        db.InspectionPlanItems.AsNoTracking().Include(i => i.Department).Where(i => i.Year == year && i.Department!.Path.StartsWith(scope.Path))
            .OrderBy(i => i.DepartmentId).ThenBy(i => i.Id).ToListAsync(ct);

    // 督查检查考核（实际开展）

    /// <summary>The recording's checks (also an edit's): <see cref="InspectionErrors"/> and the plan item one of the department's.</summary>
    private static async Task<List<FieldError>> ValidateInspectionAsync(JicengDbContext db, DataScope scope, InspectionInput input, DateOnly today, CancellationToken ct)
    {
        var errors = InspectionErrors(await UnitAsync(db, input.DepartmentId, ct), await UnitAsync(db, input.TownshipId ?? 0, ct), scope, input, today);
        if (input.PlanItemId is { } planId && !await db.InspectionPlanItems.AnyAsync(i => i.Id == planId && i.DepartmentId == input.DepartmentId, ct))
        {
            errors.Add(new FieldError("planItemId", InspectionPlanRefusal));
        }

        return errors;
    }

    private static void Apply(Inspection inspection, InspectionInput input)
    {
        inspection.TownshipId = input.TownshipId!.Value;
        inspection.DepartmentId = input.DepartmentId!.Value;
        inspection.HeldOn = input.HeldOn!.Value;
        inspection.Title = input.Title!.Trim();
        inspection.PlanItemId = input.PlanItemId;
    }

    public static async Task<CommandResult<Inspection>> RecordInspectionAsync(JicengDbContext db, DataScope scope, InspectionInput input, DateOnly today, CancellationToken ct = default)
    {
        var inspection = new Inspection();
        return await Measures.M03Staffing.VersionedUpdate.AddAsync(db, inspection, await ValidateInspectionAsync(db, scope, input, today, ct), () => Apply(inspection, input), ct);
    }

    /// <summary>An inspection whose holding department is in scope (the one that records it; a township only reads).</summary>
    private static Task<Inspection?> InspectionInScopeAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct) =>
        db.Inspections.FirstOrDefaultAsync(i => i.Id == id && i.Department!.Path.StartsWith(scope.Path), ct);

    /// <summary>Corrects an inspection with the recording's checks.</summary>
    public static async Task<CommandResult<Inspection>> UpdateInspectionAsync(
        JicengDbContext db, DataScope scope, int id, int? version, InspectionInput input, DateOnly today, CancellationToken ct = default)
    {
        var inspection = await InspectionInScopeAsync(db, scope, id, ct);
        return inspection is null
            ? CommandResult<Inspection>.Missing()
            : await Measures.M03Staffing.VersionedUpdate.RunAsync(db, inspection, version, async () => await ValidateInspectionAsync(db, scope, input, today, ct),
                () => Apply(inspection, input), () => db.Inspections.AsNoTracking().FirstAsync(i => i.Id == id, ct), ct);
    }

    /// <summary>Deletes an inspection recorded by mistake (one never held: R6.2 and R6.3 stop counting it).</summary>
    public static async Task<CommandResult<Inspection>> DeleteInspectionAsync(JicengDbContext db, DataScope scope, int id, int? version, CancellationToken ct = default) =>
        await DeleteVersionedAsync(db, await InspectionInScopeAsync(db, scope, id, ct), version, () => Task.FromResult(new List<FieldError>()), ct);

    /// <summary>The refusal of a plan item that is not the inspecting department's (the import resolves it by its natural key).</summary>
    internal const string InspectionPlanRefusal = "计划事项：应为本部门的计划事项（计划外检查不填）";

    /// <summary>What refuses an inspection apart from its plan item (which needs the database): the pair, the day, the title.</summary>
    internal static List<FieldError> InspectionErrors(Unit? department, Unit? township, DataScope scope, InspectionInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        PairErrors(errors, scope, department, township, withTownship: true);
        if (input.HeldOn is not { } held || held > today)
        {
            errors.Add(new FieldError("heldOn", "检查日期：必填，不能晚于今天"));
        }

        Text(errors, "title", "检查事项", input.Title, Inspection.TitleMaxLength, required: true);
        return errors;
    }

    public static Task<List<Inspection>> ListInspectionsAsync(JicengDbContext db, DataScope scope, int year, CancellationToken ct = default)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        return db.Inspections.AsNoTracking().Include(i => i.Township).Include(i => i.Department).Include(i => i.PlanItem)
            .Where(i => i.HeldOn >= start && i.HeldOn <= end && (i.Township!.Path.StartsWith(scope.Path) || i.Department!.Path.StartsWith(scope.Path)))
            .OrderBy(i => i.HeldOn).ThenBy(i => i.Id).ToListAsync(ct);
    }

    // 减负台账

    /// <summary>
    /// What refuses a ledger count: the department must be a district department, the township one of its district, in
    /// scope or written by the department in scope; a year up to next year; meetings, documents or forms; 0 to 100000.
    /// </summary>
    internal static List<FieldError> CountErrors(Unit? township, Unit? department, DataScope scope, int? year, BurdenKind? kind, int? count, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (department is null || department.Kind != OrgUnitKind.DistrictDepartment)
        {
            errors.Add(new FieldError("departmentId", "发文（会议、报表）部门：应为区直部门"));
            department = null;
        }

        if (township is null || !township.Kind.IsTownshipLevel() || (department is not null && township.ParentId != department.ParentId))
        {
            errors.Add(new FieldError("townshipId", "乡镇（街道）：不存在，或不属于该部门所在的区（县）"));
        }
        else if (!scope.Contains(township.Path) && (department is null || !scope.Contains(department.Path)))
        {
            errors.Add(new FieldError("townshipId", "乡镇（街道）：您只能登记本乡镇或本部门的台账"));
        }

        Year(errors, year, today);
        if (kind is not (BurdenKind.Meeting or BurdenKind.Document or BurdenKind.Form))
        {
            errors.Add(new FieldError("kind", "类别：应为会议、发文或填表报数（督查检查考核逐次登记）"));
        }

        if (count is not (>= 0 and <= MaxCount))
        {
            errors.Add(new FieldError("count", $"数量：应在0至{MaxCount}之间"));
        }

        return errors;
    }

    /// <summary>The largest count one ledger row holds.</summary>
    public const int MaxCount = 100_000;

    /// <summary>Sets the ledger's count of a township, year, kind and department (replacing the one recorded); 0 keeps a zero row.</summary>
    public static async Task<CommandResult<BurdenCount>> SetCountAsync(JicengDbContext db, DataScope scope, BurdenCountInput input, DateOnly today, CancellationToken ct = default)
    {
        var department = await UnitAsync(db, input.DepartmentId, ct);
        var township = await UnitAsync(db, input.TownshipId, ct);
        var errors = CountErrors(township, department, scope, input.Year, input.Kind, input.Count, today);
        if (errors.Count > 0)
        {
            return CommandResult<BurdenCount>.Invalid(errors);
        }

        var row = await db.BurdenCounts.FirstOrDefaultAsync(c => c.TownshipId == township!.Id && c.Year == input.Year && c.Kind == input.Kind
            && c.DepartmentId == department!.Id, ct);
        if (row is null)
        {
            row = new BurdenCount { TownshipId = township!.Id, DepartmentId = department!.Id, Year = input.Year!.Value, Kind = input.Kind!.Value };
            db.BurdenCounts.Add(row);
        }

        row.Count = input.Count!.Value;
        await db.SaveChangesAsync(ct);
        return CommandResult<BurdenCount>.Ok(row);
    }

    public static Task<List<BurdenCount>> ListCountsAsync(JicengDbContext db, DataScope scope, int year, CancellationToken ct = default) =>
        db.BurdenCounts.AsNoTracking().Include(c => c.Township).Include(c => c.Department)
            .Where(c => (c.Year == year || c.Year == year - 1) && (c.Township!.Path.StartsWith(scope.Path) || c.Department!.Path.StartsWith(scope.Path)))
            .OrderBy(c => c.TownshipId).ThenBy(c => c.Year).ThenBy(c => c.Kind).ThenBy(c => c.DepartmentId).ToListAsync(ct);

    // 未登记负担的反映与核实

    public static async Task<CommandResult<BurdenReport>> ReportAsync(JicengDbContext db, DataScope scope, BurdenReportInput input, DateOnly today, CancellationToken ct = default)
    {
        var township = await UnitAsync(db, input.TownshipId, ct);
        var department = await UnitAsync(db, input.DepartmentId, ct);
        var errors = ReportErrors(township, department, scope, input, today);
        var report = new BurdenReport();
        return await Measures.M03Staffing.VersionedUpdate.AddAsync(db, report, errors, () =>
        {
            report.TownshipId = township!.Id;
            report.DepartmentId = department!.Id;
            report.Kind = input.Kind!.Value;
            report.OccurredOn = input.OccurredOn!.Value;
            report.Count = input.Count ?? 1;
            report.Description = input.Description!.Trim();
        }, ct);
    }

    /// <summary>What refuses a township's report (the API's, the ledger page's and the import's check): the township in scope, a department of its district, kind, count, day, description.</summary>
    internal static List<FieldError> ReportErrors(Unit? township, Unit? department, DataScope scope, BurdenReportInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (township is null || !township.Kind.IsTownshipLevel() || !scope.Contains(township.Path))
        {
            errors.Add(new FieldError("townshipId", "乡镇（街道）：应为您管理范围内的乡镇（街道）"));
        }

        if (department is null || department.Kind != OrgUnitKind.DistrictDepartment || (township is not null && department.ParentId != township.ParentId))
        {
            errors.Add(new FieldError("departmentId", "区直部门：应为本区（县）的区直部门"));
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", "类别：应为会议、发文、填表报数或督查检查考核"));
        }
        else if (kind == BurdenKind.Inspection && input.Count is not (null or 1))
        {
            errors.Add(new FieldError("count", "数量：督查检查考核逐次反映，数量为1"));
        }

        if (input.Count is < 1 or > 10_000)
        {
            errors.Add(new FieldError("count", "数量：应在1至10000之间"));
        }

        if (input.OccurredOn is not { } on || on > today)
        {
            errors.Add(new FieldError("occurredOn", "发生日期：必填，不能晚于今天"));
        }

        Text(errors, "description", "情况说明", input.Description, BurdenReport.DescriptionMaxLength, required: true);
        return errors;
    }

    /// <summary>
    /// The organization department confirms or rejects a report (district scope only, once). A confirmed report counts in
    /// its year's ledger; a confirmed inspection is recorded as an inspection without a plan item in the same save.
    /// </summary>
    public static async Task<CommandResult<BurdenReport>> DecideReportAsync(
        JicengDbContext db, DataScope scope, int id, int? version, ReportDecisionInput input, DateOnly today, CancellationToken ct = default)
    {
        var report = await db.BurdenReports.FirstOrDefaultAsync(r => r.Id == id && r.Township!.Path.StartsWith(scope.Path), ct);
        if (report is null)
        {
            return CommandResult<BurdenReport>.Missing();
        }

        var district = await IsDistrictScopeAsync(db, scope, ct);
        return await Measures.M03Staffing.VersionedUpdate.RunAsync(db, report, version, () =>
        {
            var errors = new List<FieldError>();
            if (!district)
            {
                errors.Add(new FieldError("confirm", "核实：只有组织部门（区级）可以确认或不予确认"));
            }

            if (report.Status != BurdenReportStatus.Reported)
            {
                errors.Add(new FieldError("confirm", "核实：该反映已处理"));
            }

            Text(errors, "decidedBy", "核实人", input.DecidedBy, BurdenReport.DeciderMaxLength, required: true);
            if (input.DecidedOn is not { } on || on > today || on < report.OccurredOn)
            {
                errors.Add(new FieldError("decidedOn", "核实日期：必填，不能晚于今天，不能早于发生日期"));
            }

            return Task.FromResult<IReadOnlyList<FieldError>>(errors);
        }, () =>
        {
            report.Status = input.Confirm ? BurdenReportStatus.Confirmed : BurdenReportStatus.Rejected;
            report.DecidedBy = input.DecidedBy!.Trim();
            report.DecidedOn = input.DecidedOn;
            if (input.Confirm && report.Kind == BurdenKind.Inspection)
            {
                var description = report.Description.Length > Inspection.TitleMaxLength ? report.Description[..Inspection.TitleMaxLength] : report.Description;
                db.Inspections.Add(new Inspection { TownshipId = report.TownshipId, DepartmentId = report.DepartmentId, HeldOn = report.OccurredOn, Title = description });
            }
        }, () => db.BurdenReports.AsNoTracking().FirstAsync(r => r.Id == id, ct), ct);
    }

    public static Task<List<BurdenReport>> ListReportsAsync(JicengDbContext db, DataScope scope, int year, CancellationToken ct = default)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        return db.BurdenReports.AsNoTracking().Include(r => r.Township).Include(r => r.Department)
            .Where(r => r.OccurredOn >= start && r.OccurredOn <= end && (r.Township!.Path.StartsWith(scope.Path) || r.Department!.Path.StartsWith(scope.Path)))
            .OrderBy(r => r.OccurredOn).ThenBy(r => r.Id).ToListAsync(ct);
    }
}
