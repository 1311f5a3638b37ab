using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Policy;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M03Staffing;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M08Guarantees;

/// <summary>
/// Village cadres' insurance (R8.3) and the collective-economy reward (R8.4) in the caller's scope: add, correct with
/// the version read, delete, list. Every save is row-audited by the context. A pension enrolment's subsidy is computed
/// by the <c>pension</c> calculator under the profile of its first year (<paramref name="profileOfYear"/>).
/// </summary>
public static class VillagePayCommands
{
    public static async Task<IReadOnlyList<FieldError>> ValidateAsync(JicengDbContext db, DataScope scope, InsuranceInput input, DateOnly today, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        await CareValidation.VillageAsync(db, scope, input.VillageId, errors, ct);
        await CareValidation.CadreAsync(db, scope, input.CadreId, errors, ct);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", "险种：应为 Accident（意外伤害保险）或 Pension（养老保险）"));
        }

        CareValidation.Text(input.Insurer, "insurer", "承保机构", VillageCadreInsurance.InsurerMaxLength, true, errors);
        CareValidation.Text(input.PolicyNumber, "policyNumber", "保单号", VillageCadreInsurance.PolicyNumberMaxLength, false, errors);
        CareValidation.Day(input.From, "from", "起保日期", today.AddYears(1), errors);
        CareValidation.End(input.From, input.To, "to", "止保日期", errors);
        if (input.Kind == InsuranceKind.Pension)
        {
            CareValidation.Yuan(input.ContributionYuan, "contributionYuan", "本年个人缴费（元）", 0m, true, errors);
        }
        else if (input.ContributionYuan is not null)
        {
            errors.Add(new FieldError("contributionYuan", "本年个人缴费（元）：只有养老保险填写"));
        }

        return errors;
    }

    /// <summary>Writes an input the validator passed (the import kinds write through it too).</summary>
    internal static void Apply(VillageCadreInsurance i, InsuranceInput input, Func<int, PolicyProfile> profileOfYear)
    {
        i.CadreId = input.CadreId!.Value;
        i.VillageId = input.VillageId!.Value;
        i.Kind = input.Kind!.Value;
        i.Insurer = input.Insurer!.Trim();
        i.PolicyNumber = string.IsNullOrWhiteSpace(input.PolicyNumber) ? null : input.PolicyNumber.Trim();
        i.From = input.From!.Value;
        i.To = input.To;
        i.ContributionYuan = i.Kind == InsuranceKind.Pension ? input.ContributionYuan : null;
        i.SubsidyYuan = i.Kind == InsuranceKind.Pension
            ? new PensionInput(input.ContributionYuan!.Value, i.From.Year).Compute(profileOfYear(i.From.Year)).Calculation!.Amount
            : null;
    }

    public static async Task<CommandResult<VillageCadreInsurance>> AddInsuranceAsync(
        JicengDbContext db, DataScope scope, InsuranceInput input, Func<int, PolicyProfile> profileOfYear, DateOnly today, CancellationToken ct = default)
    {
        var created = new VillageCadreInsurance();
        return await VersionedUpdate.AddAsync(db, created, await ValidateAsync(db, scope, input, today, ct), () => Apply(created, input, profileOfYear), ct);
    }

    public static async Task<CommandResult<VillageCadreInsurance>> UpdateInsuranceAsync(
        JicengDbContext db, DataScope scope, int id, InsuranceInput input, int? expectedVersion, Func<int, PolicyProfile> profileOfYear, DateOnly today, CancellationToken ct = default)
    {
        var found = await db.VillageCadreInsurances.InScope(scope).FirstOrDefaultAsync(x => x.Id == id, ct);
        return found is null
            ? CommandResult<VillageCadreInsurance>.Missing()
            : await VersionedUpdate.RunAsync(db, found, expectedVersion, () => ValidateAsync(db, scope, input, today, ct), () => Apply(found, input, profileOfYear),
                () => db.VillageCadreInsurances.AsNoTracking().FirstAsync(x => x.Id == id, ct), ct);
    }

    public static async Task<bool> DeleteInsuranceAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        await VersionedUpdate.RemoveAsync(db, await db.VillageCadreInsurances.InScope(scope).FirstOrDefaultAsync(x => x.Id == id, ct), ct);

    /// <summary>Enrolments in scope, by village or cadre; latest start first.</summary>
    public static async Task<IReadOnlyList<VillageCadreInsurance>> ListInsurancesAsync(
        JicengDbContext db, DataScope scope, int? villageId, int? cadreId, int take, CancellationToken ct = default)
    {
        var q = db.VillageCadreInsurances.AsNoTracking().InScope(scope).Include(i => i.Cadre).Include(i => i.Village).AsQueryable();
        if (villageId is { } v)
        {
            q = q.Where(i => i.VillageId == v);
        }

        if (cadreId is { } c)
        {
            q = q.Where(i => i.CadreId == c);
        }

        return await q.OrderByDescending(i => i.From).ThenByDescending(i => i.Id).Take(take).ToListAsync(ct);
    }

    // The collective economy of a village and year.

    public static async Task<IReadOnlyList<FieldError>> ValidateAsync(
        JicengDbContext db, DataScope scope, CollectiveIncomeInput input, int? id, DateOnly today, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        await CareValidation.VillageAsync(db, scope, input.VillageId, errors, ct);
        CareValidation.Year(input.Year, today, errors);
        CareValidation.Yuan(input.OperatingIncomeYuan, "operatingIncomeYuan", "集体经营收入（元）", 0m, true, errors);
        CareValidation.Yuan(input.NewRecurringIncomeYuan, "newRecurringIncomeYuan", "新增经常性收入（元）", null, true, errors);
        if (errors.Count == 0 && await db.CollectiveIncomes.AnyAsync(i => i.VillageId == input.VillageId && i.Year == input.Year && i.Id != (id ?? 0), ct))
        {
            errors.Add(new FieldError("year", $"年度：该村{input.Year}年的集体经济收入已登记，请修改原记录"));
        }

        return errors;
    }

    internal static void Apply(CollectiveIncome i, CollectiveIncomeInput input)
    {
        i.VillageId = input.VillageId!.Value;
        i.Year = input.Year!.Value;
        i.OperatingIncomeYuan = input.OperatingIncomeYuan!.Value;
        i.NewRecurringIncomeYuan = input.NewRecurringIncomeYuan!.Value;
    }

    public static async Task<CommandResult<CollectiveIncome>> AddIncomeAsync(JicengDbContext db, DataScope scope, CollectiveIncomeInput input, DateOnly today, CancellationToken ct = default)
    {
        var created = new CollectiveIncome();
        return await VersionedUpdate.AddAsync(db, created, await ValidateAsync(db, scope, input, null, today, ct), () => Apply(created, input), ct);
    }

    public static async Task<CommandResult<CollectiveIncome>> UpdateIncomeAsync(
        JicengDbContext db, DataScope scope, int id, CollectiveIncomeInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default)
    {
        var found = await db.CollectiveIncomes.InScope(scope).FirstOrDefaultAsync(x => x.Id == id, ct);
        return found is null
            ? CommandResult<CollectiveIncome>.Missing()
            : await VersionedUpdate.RunAsync(db, found, expectedVersion, () => ValidateAsync(db, scope, input, id, today, ct), () => Apply(found, input),
                () => db.CollectiveIncomes.AsNoTracking().FirstAsync(x => x.Id == id, ct), ct);
    }

    public static async Task<bool> DeleteIncomeAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        await VersionedUpdate.RemoveAsync(db, await db.CollectiveIncomes.InScope(scope).FirstOrDefaultAsync(x => x.Id == id, ct), ct);

    /// <summary>
    /// A village's reward for a year with its working: the <c>reward</c> calculator over the income record (0 when none)
    /// and the year's paid cadres with their weights — the entitlement R8.4 judges payments by. Null when the village is not in scope.
    /// </summary>
    public static async Task<Calculation?> RewardAsync(JicengDbContext db, DataScope scope, int villageId, int year, PolicyProfile profile, CancellationToken ct = default)
    {
        if (!await db.OrgUnits.InScope(scope).AnyAsync(u => u.Id == villageId, ct))
        {
            return null;
        }

        var income = await db.CollectiveIncomes.AsNoTracking().FirstOrDefaultAsync(i => i.VillageId == villageId && i.Year == year, ct);
        var paid = await db.CollectiveRewardPayments.AsNoTracking().Where(p => p.VillageId == villageId && p.Year == year)
            .Select(p => new { p.CadreId, p.Cadre!.Name, p.Weight }).ToListAsync(ct);
        var cadres = paid.GroupBy(p => p.CadreId).OrderBy(g => g.Key)
            .Select(g => new RewardShareholder($"{g.First().Name}（{g.Key.ToString(CultureInfo.InvariantCulture)}）", g.Max(p => p.Weight))).ToList();
        return new RewardInput(income?.OperatingIncomeYuan ?? 0m, income?.NewRecurringIncomeYuan ?? 0m, cadres, year).Compute(profile).Calculation;
    }

    public static async Task<IReadOnlyList<CollectiveIncome>> ListIncomesAsync(JicengDbContext db, DataScope scope, int? villageId, int? year, int take, CancellationToken ct = default)
    {
        var q = db.CollectiveIncomes.AsNoTracking().InScope(scope).Include(i => i.Village).AsQueryable();
        if (villageId is { } v)
        {
            q = q.Where(i => i.VillageId == v);
        }

        if (year is { } y)
        {
            q = q.Where(i => i.Year == y);
        }

        return await q.OrderByDescending(i => i.Year).ThenBy(i => i.VillageId).Take(take).ToListAsync(ct);
    }

    // Reward payments.

    public static async Task<IReadOnlyList<FieldError>> ValidateAsync(
        JicengDbContext db, DataScope scope, RewardPaymentInput input, int? id, DateOnly today, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        await CareValidation.VillageAsync(db, scope, input.VillageId, errors, ct);
        if (input.CadreId is not { } cadreId || !await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId && c.OrgUnitId == input.VillageId, ct))
        {
            errors.Add(new FieldError("cadreId", "干部：应为该村（社区）的干部"));
        }

        CareValidation.Year(input.Year, today, errors);
        if (input.Weight is not { } w || w <= 0 || w > 100 || decimal.Round(w, 2) != w)
        {
            errors.Add(new FieldError("weight", "分配权重：应为大于0、不超过100的数，最多两位小数"));
        }
        else if (errors.Count == 0 && await db.CollectiveRewardPayments.AnyAsync(
            p => p.VillageId == input.VillageId && p.CadreId == input.CadreId && p.Year == input.Year && p.Id != (id ?? 0) && p.Weight != w, ct))
        {
            errors.Add(new FieldError("weight", "分配权重：应与该干部同一年度已登记的发放记录相同"));
        }

        CareValidation.Yuan(input.AmountYuan, "amountYuan", "发放金额（元）", 0.01m, true, errors);
        CareValidation.Day(input.PaidOn, "paidOn", "发放日期", today, errors);
        return errors;
    }

    internal static void Apply(CollectiveRewardPayment p, RewardPaymentInput input)
    {
        p.VillageId = input.VillageId!.Value;
        p.CadreId = input.CadreId!.Value;
        p.Year = input.Year!.Value;
        p.Weight = input.Weight!.Value;
        p.AmountYuan = input.AmountYuan!.Value;
        p.PaidOn = input.PaidOn!.Value;
    }

    public static async Task<CommandResult<CollectiveRewardPayment>> AddPaymentAsync(JicengDbContext db, DataScope scope, RewardPaymentInput input, DateOnly today, CancellationToken ct = default)
    {
        var created = new CollectiveRewardPayment();
        return await VersionedUpdate.AddAsync(db, created, await ValidateAsync(db, scope, input, null, today, ct), () => Apply(created, input), ct);
    }

    public static async Task<CommandResult<CollectiveRewardPayment>> UpdatePaymentAsync(
        JicengDbContext db, DataScope scope, int id, RewardPaymentInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default)
    {
        var found = await db.CollectiveRewardPayments.InScope(scope).FirstOrDefaultAsync(x => x.Id == id, ct);
        return found is null
            ? CommandResult<CollectiveRewardPayment>.Missing()
            : await VersionedUpdate.RunAsync(db, found, expectedVersion, () => ValidateAsync(db, scope, input, id, today, ct), () => Apply(found, input),
                () => db.CollectiveRewardPayments.AsNoTracking().FirstAsync(x => x.Id == id, ct), ct);
    }

    public static async Task<bool> DeletePaymentAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        await VersionedUpdate.RemoveAsync(db, await db.CollectiveRewardPayments.InScope(scope).FirstOrDefaultAsync(x => x.Id == id, ct), ct);

    public static async Task<IReadOnlyList<CollectiveRewardPayment>> ListPaymentsAsync(
        JicengDbContext db, DataScope scope, int? villageId, int? year, int take, CancellationToken ct = default)
    {
        var q = db.CollectiveRewardPayments.AsNoTracking().InScope(scope).Include(p => p.Cadre).AsQueryable();
        if (villageId is { } v)
        {
            q = q.Where(p => p.VillageId == v);
        }

        if (year is { } y)
        {
            q = q.Where(p => p.Year == y);
        }

        return await q.OrderByDescending(p => p.Year).ThenByDescending(p => p.PaidOn).ThenByDescending(p => p.Id).Take(take).ToListAsync(ct);
    }
}

/// <summary>
/// Cadres who died on duty, their families and care visits (R8.5), in the caller's scope. The family (names, phone
/// numbers) and the circumstances are personal: reading them is audited.
/// </summary>
public static class FallenCommands
{
    public const string RecordType = nameof(FallenCadre);

    internal static async Task<IReadOnlyList<FieldError>> ValidateAsync(JicengDbContext db, DataScope scope, FallenCadreInput input, int? id, DateOnly today, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        await CareValidation.CadreAsync(db, scope, input.CadreId, errors, ct);
        CareValidation.Day(input.DiedOn, "diedOn", "殉职日期", today, errors);
        CareValidation.Text(input.Circumstances, "circumstances", "殉职经过", FallenCadre.CircumstancesMaxLength, true, errors);
        if (errors.Count == 0 && await db.FallenCadres.AnyAsync(f => f.CadreId == input.CadreId && f.Id != (id ?? 0), ct))
        {
            errors.Add(new FieldError("cadreId", "干部：已登记为因公殉职，请修改原记录"));
        }

        return errors;
    }

    internal static void Apply(FallenCadre f, FallenCadreInput input)
    {
        f.CadreId = input.CadreId!.Value;
        f.DiedOn = input.DiedOn!.Value;
        f.Circumstances = input.Circumstances!.Trim();
    }

    public static async Task<CommandResult<FallenCadre>> AddAsync(JicengDbContext db, DataScope scope, FallenCadreInput input, DateOnly today, CancellationToken ct = default)
    {
        var created = new FallenCadre();
        return await VersionedUpdate.AddAsync(db, created, await ValidateAsync(db, scope, input, null, today, ct), () => Apply(created, input), ct);
    }

    public static async Task<CommandResult<FallenCadre>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, FallenCadreInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default)
    {
        var found = await db.FallenCadres.InScope(scope).FirstOrDefaultAsync(x => x.Id == id, ct);
        return found is null
            ? CommandResult<FallenCadre>.Missing()
            : await VersionedUpdate.RunAsync(db, found, expectedVersion, () => ValidateAsync(db, scope, input, id, today, ct), () => Apply(found, input),
                () => db.FallenCadres.AsNoTracking().FirstAsync(x => x.Id == id, ct), ct);
    }

    public static async Task<bool> DeleteAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        await VersionedUpdate.RemoveAsync(db, await db.FallenCadres.InScope(scope).FirstOrDefaultAsync(x => x.Id == id, ct), ct);

    /// <summary>One row per fallen cadre in scope: no circumstances or family details, only counts and the year's visits.</summary>
    public static async Task<IReadOnlyList<FallenRow>> ListAsync(JicengDbContext db, DataScope scope, int year, CancellationToken ct = default)
    {
        var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return await db.FallenCadres.AsNoTracking().InScope(scope).OrderBy(f => f.DiedOn).ThenBy(f => f.Id)
            .Select(f => new FallenRow(f.Id, f.CadreId, f.Cadre!.Name, f.Cadre.OrgUnit!.Name, f.DiedOn, f.Family.Count,
                f.Visits.Count(v => v.VisitedOn >= start && v.VisitedOn <= end), f.Visits.Max(v => (DateOnly?)v.VisitedOn), f.Version))
            .ToListAsync(ct);
    }

    /// <summary>A fallen cadre with the circumstances, family and visits; the read is audited. Null when not in scope.</summary>
    public static async Task<FallenCadre?> ReadAsync(JicengDbContext db, DataScope scope, int id, ISensitiveReadAuditor auditor, CancellationToken ct = default)
    {
        var found = await db.FallenCadres.AsNoTracking().InScope(scope).Include(f => f.Cadre).Include(f => f.Family).Include(f => f.Visits)
            .AsSplitQuery().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (found is not null)
        {
            await auditor.RecordAsync(RecordType, id.ToString(CultureInfo.InvariantCulture), "Family", ct);
        }

        return found;
    }

    public static async Task<CommandResult<FallenCadreFamilyMember>> AddFamilyMemberAsync(
        JicengDbContext db, DataScope scope, int fallenId, FamilyMemberInput input, CancellationToken ct = default)
    {
        if (!await db.FallenCadres.InScope(scope).AnyAsync(f => f.Id == fallenId, ct))
        {
            return CommandResult<FallenCadreFamilyMember>.Missing();
        }

        var created = new FallenCadreFamilyMember { FallenCadreId = fallenId };
        return await VersionedUpdate.AddAsync(db, created, ValidateFamilyMember(input), () => ApplyFamilyMember(created, input), ct);
    }

    /// <summary>The checks of a family member as entered (shared with the <c>fallen-family</c> import).</summary>
    internal static IReadOnlyList<FieldError> ValidateFamilyMember(FamilyMemberInput input)
    {
        var errors = new List<FieldError>();
        CareValidation.Text(input.Name, "name", "姓名", FallenCadreFamilyMember.NameMaxLength, true, errors);
        CareValidation.Text(input.Relation, "relation", "与殉职干部关系", FallenCadreFamilyMember.RelationMaxLength, true, errors);
        CareValidation.Text(input.Phone, "phone", "联系电话", FallenCadreFamilyMember.PhoneMaxLength, false, errors);
        return errors;
    }

    /// <summary>Writes a checked family member, trimmed as the validator read it (a blank phone is none).</summary>
    internal static void ApplyFamilyMember(FallenCadreFamilyMember m, FamilyMemberInput input) =>
        (m.Name, m.Relation, m.Phone) = (input.Name!.Trim(), input.Relation!.Trim(), Trimmed(input.Phone));

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static async Task<bool> DeleteFamilyMemberAsync(JicengDbContext db, DataScope scope, int memberId, CancellationToken ct = default) =>
        await VersionedUpdate.RemoveAsync(db, await db.FallenCadreFamilyMembers
            .Where(m => m.FallenCadre!.Cadre!.OrgUnit!.Path.StartsWith(scope.Path)).FirstOrDefaultAsync(m => m.Id == memberId, ct), ct);

    public static async Task<CommandResult<FamilyCareVisit>> AddVisitAsync(
        JicengDbContext db, DataScope scope, int fallenId, CareVisitInput input, DateOnly today, CancellationToken ct = default)
    {
        var fallen = await db.FallenCadres.AsNoTracking().InScope(scope).Where(f => f.Id == fallenId).Select(f => new { f.DiedOn }).FirstOrDefaultAsync(ct);
        if (fallen is null)
        {
            return CommandResult<FamilyCareVisit>.Missing();
        }

        var created = new FamilyCareVisit { FallenCadreId = fallenId };
        return await VersionedUpdate.AddAsync(db, created, ValidateVisit(input, fallen.DiedOn, today), () => ApplyVisit(created, input), ct);
    }

    /// <summary>The checks of a care visit to the family of a cadre who died on <paramref name="diedOn"/> (shared with
    /// the <c>family-care-visits</c> import).</summary>
    internal static IReadOnlyList<FieldError> ValidateVisit(CareVisitInput input, DateOnly diedOn, DateOnly today)
    {
        var errors = new List<FieldError>();
        CareValidation.Day(input.VisitedOn, "visitedOn", "走访日期", today, errors);
        if (input.VisitedOn is { } on && on < diedOn)
        {
            errors.Add(new FieldError("visitedOn", $"走访日期：不能早于殉职日期{Dates.Format(diedOn)}"));
        }

        CareValidation.Text(input.Visitor, "visitor", "走访人（单位）", FamilyCareVisit.VisitorMaxLength, true, errors);
        CareValidation.Text(input.Note, "note", "走访情况", FamilyCareVisit.NoteMaxLength, false, errors);
        return errors;
    }

    /// <summary>Writes a checked visit, trimmed as the validator read it (a blank note is none).</summary>
    internal static void ApplyVisit(FamilyCareVisit v, CareVisitInput input) =>
        (v.VisitedOn, v.Visitor, v.Note) = (input.VisitedOn!.Value, input.Visitor!.Trim(), Trimmed(input.Note));

    public static async Task<bool> DeleteVisitAsync(JicengDbContext db, DataScope scope, int visitId, CancellationToken ct = default) =>
        await VersionedUpdate.RemoveAsync(db, await db.FamilyCareVisits
            .Where(v => v.FallenCadre!.Cadre!.OrgUnit!.Path.StartsWith(scope.Path)).FirstOrDefaultAsync(v => v.Id == visitId, ct), ct);
}

/// <summary>A row of the fallen cadres list: the family's size, visits in the year asked for, and the last visit.</summary>
public sealed record FallenRow(int Id, int CadreId, string CadreName, string UnitName, DateOnly DiedOn, int FamilyMembers, int VisitsInYear, DateOnly? LastVisit, int Version);

/// <summary>Township facilities: the five smalls (R8.6) and turnover housing with its occupants, in the caller's scope.</summary>
public static class FacilitiesCommands
{
    internal static async Task<IReadOnlyList<FieldError>> ValidateAsync(JicengDbContext db, DataScope scope, FacilityInput input, DateOnly today, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        await CareValidation.TownshipAsync(db, scope, input.TownshipId, errors, ct);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", "设施：应为 Canteen（小食堂）、Toilet（小厕所）、Bathroom（小澡堂）、Library（小图书室）或 SportsRoom（小文体室）"));
        }

        CareValidation.Day(input.OpenedOn, "openedOn", "投入使用日期", today, errors);
        CareValidation.End(input.OpenedOn, input.ClosedOn, "closedOn", "停用日期", errors);
        CareValidation.Text(input.Note, "note", "备注", TownshipFacility.NoteMaxLength, false, errors);
        return errors;
    }

    internal static void Apply(TownshipFacility f, FacilityInput input)
    {
        f.TownshipId = input.TownshipId!.Value;
        f.Kind = input.Kind!.Value;
        f.OpenedOn = input.OpenedOn!.Value;
        f.ClosedOn = input.ClosedOn;
        f.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
    }

    public static async Task<CommandResult<TownshipFacility>> AddAsync(JicengDbContext db, DataScope scope, FacilityInput input, DateOnly today, CancellationToken ct = default)
    {
        var created = new TownshipFacility();
        return await VersionedUpdate.AddAsync(db, created, await ValidateAsync(db, scope, input, today, ct), () => Apply(created, input), ct);
    }

    public static async Task<CommandResult<TownshipFacility>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, FacilityInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default)
    {
        var found = await db.TownshipFacilities.InScope(scope).FirstOrDefaultAsync(x => x.Id == id, ct);
        return found is null
            ? CommandResult<TownshipFacility>.Missing()
            : await VersionedUpdate.RunAsync(db, found, expectedVersion, () => ValidateAsync(db, scope, input, today, ct), () => Apply(found, input),
                () => db.TownshipFacilities.AsNoTracking().FirstAsync(x => x.Id == id, ct), ct);
    }

    public static async Task<bool> DeleteAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        await VersionedUpdate.RemoveAsync(db, await db.TownshipFacilities.InScope(scope).FirstOrDefaultAsync(x => x.Id == id, ct), ct);

    public static async Task<IReadOnlyList<TownshipFacility>> ListAsync(JicengDbContext db, DataScope scope, int? townshipId, CancellationToken ct = default)
    {
        var q = db.TownshipFacilities.AsNoTracking().InScope(scope).Include(f => f.Township).AsQueryable();
        if (townshipId is { } t)
        {
            q = q.Where(f => f.TownshipId == t);
        }

        return await q.OrderBy(f => f.TownshipId).ThenBy(f => f.Kind).ThenBy(f => f.OpenedOn).ToListAsync(ct);
    }

    /// <summary>A housing unit's checks; <paramref name="id"/> is the unit the input rewrites (an import's update), whose own label is not a clash.</summary>
    internal static async Task<IReadOnlyList<FieldError>> ValidateHousingAsync(JicengDbContext db, DataScope scope, HousingUnitInput input, int? id, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        await CareValidation.TownshipAsync(db, scope, input.TownshipId, errors, ct);
        var label = CareValidation.Text(input.Label, "label", "房号", TurnoverHousingUnit.LabelMaxLength, true, errors);
        if (input.AreaM2 is { } a && (a <= 0 || a > 10_000 || decimal.Round(a, 2) != a))
        {
            errors.Add(new FieldError("areaM2", "面积（平方米）：应为大于0、不超过10000的数，最多两位小数"));
        }

        if (errors.Count == 0 && await db.TurnoverHousingUnits.AnyAsync(u => u.TownshipId == input.TownshipId && u.Label == label && u.Id != (id ?? 0), ct))
        {
            errors.Add(new FieldError("label", $"房号：该乡镇已有“{label}”"));
        }

        return errors;
    }

    internal static void Apply(TurnoverHousingUnit u, HousingUnitInput input) =>
        (u.TownshipId, u.Label, u.AreaM2) = (input.TownshipId!.Value, input.Label!.Trim(), input.AreaM2);

    public static async Task<CommandResult<TurnoverHousingUnit>> AddHousingAsync(JicengDbContext db, DataScope scope, HousingUnitInput input, CancellationToken ct = default)
    {
        var created = new TurnoverHousingUnit();
        return await VersionedUpdate.AddAsync(db, created, await ValidateHousingAsync(db, scope, input, null, ct), () => Apply(created, input), ct);
    }

    public static async Task<bool> DeleteHousingAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        await VersionedUpdate.RemoveAsync(db, await db.TurnoverHousingUnits.InScope(scope).FirstOrDefaultAsync(x => x.Id == id, ct), ct);

    /// <summary>The turnover housing units in scope with their current occupants on <paramref name="day"/>.</summary>
    public static async Task<IReadOnlyList<HousingRow>> ListHousingAsync(JicengDbContext db, DataScope scope, int? townshipId, DateOnly day, CancellationToken ct = default)
    {
        var q = db.TurnoverHousingUnits.AsNoTracking().InScope(scope);
        if (townshipId is { } t)
        {
            q = q.Where(u => u.TownshipId == t);
        }

        var units = await q.OrderBy(u => u.TownshipId).ThenBy(u => u.Label)
            .Select(u => new { u.Id, u.TownshipId, Township = u.Township!.Name, u.Label, u.AreaM2, u.Version }).ToListAsync(ct);
        var ids = units.Select(u => u.Id).ToList();
        var occupants = (await db.TurnoverHousingOccupancies.AsNoTracking()
            .Where(o => ids.Contains(o.HousingUnitId) && o.From <= day && (o.To == null || o.To >= day))
            .Select(o => new { o.HousingUnitId, o.Id, o.CadreId, o.Cadre!.Name, o.From, o.To }).ToListAsync(ct)).ToLookup(o => o.HousingUnitId);
        return [.. units.Select(u => new HousingRow(u.Id, u.TownshipId, u.Township, u.Label, u.AreaM2, u.Version,
            [.. occupants[u.Id].OrderBy(o => o.From).Select(o => new OccupantRow(o.Id, o.CadreId, o.Name, o.From, o.To))]))];
    }

    public static async Task<CommandResult<TurnoverHousingOccupancy>> AddOccupancyAsync(
        JicengDbContext db, DataScope scope, int housingId, OccupancyInput input, DateOnly today, CancellationToken ct = default)
    {
        if (!await db.TurnoverHousingUnits.InScope(scope).AnyAsync(u => u.Id == housingId, ct))
        {
            return CommandResult<TurnoverHousingOccupancy>.Missing();
        }

        var errors = new List<FieldError>();
        await CareValidation.CadreAsync(db, scope, input.CadreId, errors, ct);
        CareValidation.Day(input.From, "from", "入住日期", today, errors);
        CareValidation.End(input.From, input.To, "to", "退房日期", errors);
        var created = new TurnoverHousingOccupancy { HousingUnitId = housingId };
        return await VersionedUpdate.AddAsync(db, created, errors, () => (created.CadreId, created.From, created.To) = (input.CadreId!.Value, input.From!.Value, input.To), ct);
    }

    /// <summary>Ends (or corrects the end of) an occupancy read at <paramref name="expectedVersion"/>.</summary>
    public static async Task<CommandResult<TurnoverHousingOccupancy>> EndOccupancyAsync(
        JicengDbContext db, DataScope scope, int id, DateOnly? to, int? expectedVersion, CancellationToken ct = default)
    {
        var found = await db.TurnoverHousingOccupancies.Where(o => o.HousingUnit!.Township!.Path.StartsWith(scope.Path)).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (found is null)
        {
            return CommandResult<TurnoverHousingOccupancy>.Missing();
        }

        return await VersionedUpdate.RunAsync(db, found, expectedVersion, () =>
            {
                var errors = new List<FieldError>();
                if (to is null)
                {
                    errors.Add(new FieldError("to", "退房日期：必填"));
                }

                CareValidation.End(found.From, to, "to", "退房日期", errors);
                return Task.FromResult<IReadOnlyList<FieldError>>(errors);
            }, () => found.To = to, () => db.TurnoverHousingOccupancies.AsNoTracking().FirstAsync(x => x.Id == id, ct), ct);
    }
}

public sealed record OccupantRow(int Id, int CadreId, string CadreName, DateOnly From, DateOnly? To);

public sealed record HousingRow(int Id, int TownshipId, string TownshipName, string Label, decimal? AreaM2, int Version, IReadOnlyList<OccupantRow> Occupants);
