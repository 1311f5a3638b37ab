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

    private sealed record Unit(int Id, OrgUnitKind Kind, int? ParentId, string Path);

    private static Task<Unit?> UnitAsync(JicengDbContext db, int? id, CancellationToken ct) =>
        db.OrgUnits.AsNoTracking().Where(u => u.Id == id).Select(u => new Unit(u.Id, u.Kind, u.ParentId, u.Path)).FirstOrDefaultAsync(ct);

    private static async Task<bool> IsDistrictScopeAsync(JicengDbContext db, DataScope scope, CancellationToken ct) =>
        await db.OrgUnits.AnyAsync(u => u.Id == scope.OrgUnitId && u.Kind <= OrgUnitKind.District, ct);

    /// <summary>The department in scope, and the township of the same district (which a department's scope does not contain).</summary>
    private static async Task<(Unit? Department, Unit? Township)> PairAsync(
        JicengDbContext db, DataScope scope, int? departmentId, int? townshipId, List<FieldError> errors, CancellationToken ct)
    {
        var department = await UnitAsync(db, departmentId, ct);
        if (department is null || department.Kind != OrgUnitKind.DistrictDepartment || !scope.Contains(department.Path))
        {
            errors.Add(new FieldError("departmentId", "区直部门：不存在、不是区直部门或不在您的管理范围内"));
            department = null;
        }

        if (townshipId is null)
        {
            return (department, null);
        }

        var township = await UnitAsync(db, townshipId, ct);
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

    public static async Task<CommandResult<ResponsibilityItem>> AddItemAsync(JicengDbContext db, DataScope scope, ResponsibilityItemInput input, DateOnly today, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        var unit = await UnitAsync(db, input.OrgUnitId, ct);
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
        if (errors.Count > 0)
        {
            return CommandResult<ResponsibilityItem>.Invalid(errors);
        }

        var item = new ResponsibilityItem
        {
            OrgUnitId = unit!.Id, Year = input.Year!.Value, Kind = input.Kind!.Value, Title = input.Title!.Trim(), LegalBasis = input.LegalBasis?.Trim() ?? "",
        };
        db.ResponsibilityItems.Add(item);
        await db.SaveChangesAsync(ct);
        return CommandResult<ResponsibilityItem>.Ok(item);
    }

    /// <summary>Removes an item from its list from a day on (the day before is its last); the record stays for tasks that named it.</summary>
    public static async Task<CommandResult<ResponsibilityItem>> EndItemAsync(JicengDbContext db, DataScope scope, int id, int? version, DateOnly? lastDay, CancellationToken ct = default)
    {
        var item = await db.ResponsibilityItems.FirstOrDefaultAsync(i => i.Id == id && i.OrgUnit!.Path.StartsWith(scope.Path), ct);
        if (item is null)
        {
            return CommandResult<ResponsibilityItem>.Missing();
        }

        return await Measures.M03Staffing.VersionedUpdate.RunAsync(db, item, version,
            () => Task.FromResult<IReadOnlyList<FieldError>>(lastDay is null ? [new FieldError("endedOn", "最后适用日期：必填")] : []),
            () => item.EndedOn = lastDay, () => db.ResponsibilityItems.AsNoTracking().FirstAsync(i => i.Id == id, ct), ct);
    }

    public static Task<List<ResponsibilityItem>> ListItemsAsync(JicengDbContext db, DataScope scope, int year, CancellationToken ct = default) =>
        db.ResponsibilityItems.AsNoTracking().Include(i => i.OrgUnit).Where(i => i.Year == year && i.OrgUnit!.Path.StartsWith(scope.Path))
            .OrderBy(i => i.OrgUnitId).ThenBy(i => i.Kind).ThenBy(i => i.Id).ToListAsync(ct);

    // 下派事项

    private static async Task<List<FieldError>> ValidateTaskAsync(JicengDbContext db, DataScope scope, AssignedTaskInput input, DateOnly today, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var (_, township) = await PairAsync(db, scope, input.DepartmentId, input.TownshipId ?? 0, errors, ct);
        Text(errors, "title", "事项名称", input.Title, AssignedTask.TitleMaxLength, required: true);
        if (input.AssignedOn is not { } on || on > today)
        {
            errors.Add(new FieldError("assignedOn", "下派日期：必填，不能晚于今天"));
        }
        else if (input.Deadline is { } deadline && deadline < on)
        {
            errors.Add(new FieldError("deadline", "完成时限：不能早于下派日期"));
        }

        if (input.ResponsibilityItemId is { } itemId && township is not null
            && !await db.ResponsibilityItems.AnyAsync(i => i.Id == itemId && i.OrgUnitId == township.Id, ct))
        {
            errors.Add(new FieldError("responsibilityItemId", "责任清单事项：应为该乡镇清单中的事项"));
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
                () => Task.FromResult<IReadOnlyList<FieldError>>(on is not { } d || d < task.AssignedOn ? [new FieldError("withdrawnOn", "撤回日期：必填，不能早于下派日期")] : []),
                () => task.WithdrawnOn = on, () => db.AssignedTasks.AsNoTracking().FirstAsync(t => t.Id == id, ct), ct);
    }

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
        var errors = new List<FieldError>();
        await PairAsync(db, scope, input.DepartmentId, null, errors, ct);
        Year(errors, input.Year, today, "计划年度");
        Text(errors, "title", "检查事项", input.Title, InspectionPlanItem.TitleMaxLength, required: true);
        var item = new InspectionPlanItem();
        return await Measures.M03Staffing.VersionedUpdate.AddAsync(db, item, errors, () =>
        {
            item.Year = input.Year!.Value;
            item.DepartmentId = input.DepartmentId!.Value;
            item.Title = input.Title!.Trim();
        }, ct);
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
        return await Measures.M03Staffing.VersionedUpdate.RunAsync(db, item, version, () =>
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

            return Task.FromResult<IReadOnlyList<FieldError>>(errors);
        }, () =>
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

    public static async Task<CommandResult<Inspection>> RecordInspectionAsync(JicengDbContext db, DataScope scope, InspectionInput input, DateOnly today, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        await PairAsync(db, scope, input.DepartmentId, input.TownshipId ?? 0, errors, ct);
        if (input.HeldOn is not { } held || held > today)
        {
            errors.Add(new FieldError("heldOn", "检查日期：必填，不能晚于今天"));
        }

        Text(errors, "title", "检查事项", input.Title, Inspection.TitleMaxLength, required: true);
        if (input.PlanItemId is { } planId && !await db.InspectionPlanItems.AnyAsync(i => i.Id == planId && i.DepartmentId == input.DepartmentId, ct))
        {
            errors.Add(new FieldError("planItemId", "计划事项：应为本部门的计划事项（计划外检查不填）"));
        }

        var inspection = new Inspection();
        return await Measures.M03Staffing.VersionedUpdate.AddAsync(db, inspection, errors, () =>
        {
            inspection.TownshipId = input.TownshipId!.Value;
            inspection.DepartmentId = input.DepartmentId!.Value;
            inspection.HeldOn = input.HeldOn!.Value;
            inspection.Title = input.Title!.Trim();
            inspection.PlanItemId = input.PlanItemId;
        }, ct);
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

    /// <summary>Sets the ledger's count of a township, year, kind and department (replacing the one recorded); 0 keeps a zero row.</summary>
    public static async Task<CommandResult<BurdenCount>> SetCountAsync(JicengDbContext db, DataScope scope, BurdenCountInput input, DateOnly today, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        var department = await UnitAsync(db, input.DepartmentId, ct);
        var township = await UnitAsync(db, input.TownshipId, ct);
        if (department is null || department.Kind != OrgUnitKind.DistrictDepartment)
        {
            errors.Add(new FieldError("departmentId", "发文（会议、报表）部门：应为区直部门"));
        }

        if (township is null || !township.Kind.IsTownshipLevel() || (department is not null && township.ParentId != department.ParentId))
        {
            errors.Add(new FieldError("townshipId", "乡镇（街道）：不存在，或不属于该部门所在的区（县）"));
        }
        else if (!scope.Contains(township.Path) && (department is null || !scope.Contains(department.Path)))
        {
            errors.Add(new FieldError("townshipId", "乡镇（街道）：您只能登记本乡镇或本部门的台账"));
        }

        Year(errors, input.Year, today);
        if (input.Kind is not (BurdenKind.Meeting or BurdenKind.Document or BurdenKind.Form))
        {
            errors.Add(new FieldError("kind", "类别：应为会议、发文或填表报数（督查检查考核逐次登记）"));
        }

        if (input.Count is not (>= 0 and <= 100_000))
        {
            errors.Add(new FieldError("count", "数量：应在0至100000之间"));
        }

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
        var errors = new List<FieldError>();
        var township = await UnitAsync(db, input.TownshipId, ct);
        var department = await UnitAsync(db, input.DepartmentId, ct);
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
