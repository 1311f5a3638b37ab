using Jiceng.Core.Common;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Org;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M03Staffing;
using Jiceng.Data.Measures.M05Assessment;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M08Guarantees;

/// <summary>A remuneration standard as entered.</summary>
public sealed record PayStandardInput(int? DistrictId, VillagePayPost? Post, decimal? MonthlyYuan, DateOnly? From, DateOnly? To, string? Document);

/// <summary>A payment line as entered; <see cref="Month"/> is written yyyy-MM.</summary>
public sealed record VillagePaymentInput(int? CadreId, int? VillageId, VillagePayKind? Kind, string? Month, decimal? AmountYuan, DateOnly? PaidOn, string? Note);

/// <summary>
/// Village cadres' remuneration standards (district-level records, like clause 五's assessment schemes: seen by the
/// districts inside or above the scope; written only with the district inside the scope, and the callers let only the
/// organization department or finance write) and the monthly payment lines (remuneration, transport, phone) in the
/// caller's scope, by village. Every save is row-audited by the context.
/// </summary>
public static class VillageCadrePayCommands
{
    /// <summary>The standards the scope sees: those of districts inside it or above it.</summary>
    public static IQueryable<VillageCadrePayStandard> Visible(JicengDbContext db, DataScope scope)
    {
        var above = SchemeCommands.PathIds(scope.Path);
        return db.VillageCadrePayStandards.Where(s => above.Contains(s.DistrictId) || s.District!.Path.StartsWith(scope.Path));
    }

    public static async Task<IReadOnlyList<VillageCadrePayStandard>> ListStandardsAsync(JicengDbContext db, DataScope scope, CancellationToken ct = default) =>
        await Visible(db, scope).AsNoTracking().Include(s => s.District)
            .OrderBy(s => s.DistrictId).ThenBy(s => s.Post).ThenByDescending(s => s.From).ToListAsync(ct);

    public static async Task<IReadOnlyList<FieldError>> ValidateAsync(
        JicengDbContext db, DataScope scope, PayStandardInput input, int? id, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (input.DistrictId is not { } districtId
            || !await db.OrgUnits.InScope(scope).AnyAsync(u => u.Id == districtId && u.Kind == OrgUnitKind.District, ct))
        {
            errors.Add(new FieldError("districtId", "区县：不存在或不在您的管理范围内（报酬标准由区县制定）"));
        }

        if (input.Post is not { } post || !Enum.IsDefined(post))
        {
            errors.Add(new FieldError("post", "岗位：应为 PartySecretary（村党组织书记）、CommitteeDirector（村委会主任）或 OtherMember（其他村“两委”成员）"));
        }

        CareValidation.Yuan(input.MonthlyYuan, "monthlyYuan", "月基本报酬（元）", 0m, true, errors);
        if (input.From is not { } from)
        {
            errors.Add(new FieldError("from", "执行起始日：必填"));
        }
        else if (Dates.OutsideRecordRange(from) is { } why)
        {
            errors.Add(new FieldError("from", $"执行起始日：{why}"));
        }

        CareValidation.End(input.From, input.To, "to", "执行截止日", errors);
        CareValidation.Text(input.Document, "document", "文号", VillageCadrePayStandard.DocumentMaxLength, false, errors);
        if (errors.Count == 0)
        {
            var others = await db.VillageCadrePayStandards.AsNoTracking()
                .Where(s => s.DistrictId == input.DistrictId && s.Post == input.Post && s.Id != (id ?? 0))
                .Select(s => new { s.From, s.To }).ToListAsync(ct);
            if (others.FirstOrDefault(o => VillagePayPosts.Overlap(input.From!.Value, input.To, o.From, o.To)) is { } clash)
            {
                errors.Add(new FieldError("from",
                    $"执行起始日：与该岗位已有的标准（{Dates.Format(clash.From)}至{(clash.To is { } t ? Dates.Format(t) : "今")}）时间重叠，请先结束原标准"));
            }
        }

        return errors;
    }

    private static void Apply(VillageCadrePayStandard s, PayStandardInput input)
    {
        s.DistrictId = input.DistrictId!.Value;
        s.Post = input.Post!.Value;
        s.MonthlyYuan = input.MonthlyYuan!.Value;
        s.From = input.From!.Value;
        s.To = input.To;
        s.Document = string.IsNullOrWhiteSpace(input.Document) ? null : input.Document.Trim();
    }

    private static IQueryable<VillageCadrePayStandard> Writable(JicengDbContext db, DataScope scope) =>
        db.VillageCadrePayStandards.Where(s => s.District!.Path.StartsWith(scope.Path));

    public static async Task<CommandResult<VillageCadrePayStandard>> AddStandardAsync(JicengDbContext db, DataScope scope, PayStandardInput input, CancellationToken ct = default)
    {
        var created = new VillageCadrePayStandard();
        return await VersionedUpdate.AddAsync(db, created, await ValidateAsync(db, scope, input, null, ct), () => Apply(created, input), ct);
    }

    public static async Task<CommandResult<VillageCadrePayStandard>> UpdateStandardAsync(
        JicengDbContext db, DataScope scope, int id, PayStandardInput input, int? expectedVersion, CancellationToken ct = default)
    {
        var found = await Writable(db, scope).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (found is null)
        {
            return CommandResult<VillageCadrePayStandard>.Missing();
        }

        return await VersionedUpdate.RunAsync(db, found, expectedVersion, async () =>
            {
                var errors = new List<FieldError>(await ValidateAsync(db, scope, input, id, ct));
                if (input.DistrictId is { } d && d != found.DistrictId)
                {
                    errors.Add(new FieldError("districtId", "区县：标准所属区县不能修改"));
                }

                return errors;
            }, () => Apply(found, input), () => db.VillageCadrePayStandards.AsNoTracking().FirstAsync(x => x.Id == id, ct), ct);
    }

    /// <summary>Ends a standard on <paramref name="lastDay"/> (the day before its successor starts), at the version read.</summary>
    public static async Task<CommandResult<VillageCadrePayStandard>> EndStandardAsync(
        JicengDbContext db, DataScope scope, int id, DateOnly? lastDay, int? expectedVersion, CancellationToken ct = default)
    {
        var found = await Writable(db, scope).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (found is null)
        {
            return CommandResult<VillageCadrePayStandard>.Missing();
        }

        if (lastDay is null)
        {
            return CommandResult<VillageCadrePayStandard>.Invalid([new FieldError("to", "执行截止日：必填")]);
        }

        return await UpdateStandardAsync(db, scope, id,
            new PayStandardInput(found.DistrictId, found.Post, found.MonthlyYuan, found.From, lastDay, found.Document), expectedVersion, ct);
    }

    public static async Task<bool> DeleteStandardAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        await VersionedUpdate.RemoveAsync(db, await Writable(db, scope).FirstOrDefaultAsync(x => x.Id == id, ct), ct);

    // Payment lines.

    public static async Task<IReadOnlyList<FieldError>> ValidateAsync(
        JicengDbContext db, DataScope scope, VillagePaymentInput input, int? id, DateOnly today, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        await CareValidation.VillageAsync(db, scope, input.VillageId, errors, ct);
        if (input.CadreId is not { } cadreId || !await db.PostAssignments.InScope(scope)
                .AnyAsync(p => p.CadreId == cadreId && p.OrgUnitId == input.VillageId && VillageInsuranceFactsQuery.Seats.Contains(p.Kind), ct))
        {
            errors.Add(new FieldError("cadreId", "干部：应为在该村（社区）担任或担任过村“两委”职务的干部"));
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", "发放项目：应为 Remuneration（基本报酬）、Transport（交通补贴）或 Phone（通讯补贴）"));
        }

        var month = SubsidyPaymentCommands.ParseMonth(input.Month);
        if (month is not { } m || m.Year < 2000 || m > new DateOnly(today.Year, today.Month, 1))
        {
            errors.Add(new FieldError("month", $"发放月份：应为 yyyy-MM 格式，2000年1月至本月（{SubsidyPaymentCommands.MonthText(today)}）之间"));
        }

        CareValidation.Yuan(input.AmountYuan, "amountYuan", "发放金额（元）", 0m, true, errors);
        CareValidation.Day(input.PaidOn, "paidOn", "发放日期", today, errors);
        if (month is { } mm && input.PaidOn is { } paid && paid < mm)
        {
            errors.Add(new FieldError("paidOn", $"发放日期：不能早于发放月份{SubsidyPaymentCommands.MonthText(mm)}的第一天"));
        }

        CareValidation.Text(input.Note, "note", "备注", VillageCadrePayment.NoteMaxLength, false, errors);
        if (errors.Count == 0 && await db.VillageCadrePayments.AnyAsync(
                p => p.CadreId == input.CadreId && p.Kind == input.Kind && p.Month == month && p.Id != (id ?? 0), ct))
        {
            errors.Add(new FieldError("month", $"发放月份：该干部{SubsidyPaymentCommands.MonthText(month!.Value)}的{KindLabel(input.Kind!.Value)}已登记，请修改原记录"));
        }

        return errors;
    }

    public static string KindLabel(VillagePayKind kind) => kind switch
    {
        VillagePayKind.Remuneration => "基本报酬",
        VillagePayKind.Transport => "交通补贴",
        VillagePayKind.Phone => "通讯补贴",
    };

    public static string PostLabel(VillagePayPost post) => post switch
    {
        VillagePayPost.PartySecretary => "村党组织书记",
        VillagePayPost.CommitteeDirector => "村委会主任",
        VillagePayPost.OtherMember => "其他村“两委”成员",
    };

    internal static void Apply(VillageCadrePayment p, VillagePaymentInput input)
    {
        p.CadreId = input.CadreId!.Value;
        p.VillageId = input.VillageId!.Value;
        p.Kind = input.Kind!.Value;
        p.Month = SubsidyPaymentCommands.ParseMonth(input.Month)!.Value;
        p.AmountYuan = input.AmountYuan!.Value;
        p.PaidOn = input.PaidOn!.Value;
        p.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
    }

    public static async Task<CommandResult<VillageCadrePayment>> AddPaymentAsync(
        JicengDbContext db, DataScope scope, VillagePaymentInput input, DateOnly today, CancellationToken ct = default)
    {
        var created = new VillageCadrePayment();
        return await VersionedUpdate.AddAsync(db, created, await ValidateAsync(db, scope, input, null, today, ct), () => Apply(created, input), ct);
    }

    public static async Task<CommandResult<VillageCadrePayment>> UpdatePaymentAsync(
        JicengDbContext db, DataScope scope, int id, VillagePaymentInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default)
    {
        var found = await db.VillageCadrePayments.Where(p => p.Village!.Path.StartsWith(scope.Path)).FirstOrDefaultAsync(x => x.Id == id, ct);
        return found is null
            ? CommandResult<VillageCadrePayment>.Missing()
            : await VersionedUpdate.RunAsync(db, found, expectedVersion, () => ValidateAsync(db, scope, input, id, today, ct), () => Apply(found, input),
                () => db.VillageCadrePayments.AsNoTracking().FirstAsync(x => x.Id == id, ct), ct);
    }

    public static async Task<bool> DeletePaymentAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        await VersionedUpdate.RemoveAsync(db, await db.VillageCadrePayments.Where(p => p.Village!.Path.StartsWith(scope.Path)).FirstOrDefaultAsync(x => x.Id == id, ct), ct);

    /// <summary>Payment lines in scope, by village (or township), cadre and year; latest month first.</summary>
    public static async Task<IReadOnlyList<VillageCadrePayment>> ListPaymentsAsync(
        JicengDbContext db, DataScope scope, int? villageId, int? cadreId, int? year, int take, CancellationToken ct = default, int? townshipId = null)
    {
        var q = db.VillageCadrePayments.AsNoTracking().Where(p => p.Village!.Path.StartsWith(scope.Path)).Include(p => p.Cadre).Include(p => p.Village).AsQueryable();
        if (townshipId is { } t)
        {
            q = q.Where(p => p.Village!.ParentId == t);
        }

        if (villageId is { } v)
        {
            q = q.Where(p => p.VillageId == v);
        }

        if (cadreId is { } c)
        {
            q = q.Where(p => p.CadreId == c);
        }

        if (year is { } y)
        {
            var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 1));
            q = q.Where(p => p.Month >= from && p.Month <= to);
        }

        return await q.OrderByDescending(p => p.Month).ThenBy(p => p.CadreId).ThenBy(p => p.Kind).Take(take).ToListAsync(ct);
    }
}
