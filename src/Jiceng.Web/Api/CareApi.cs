using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data;
using Jiceng.Data.Measures.M08Guarantees;
using Jiceng.Data.Security;
using Jiceng.Web.Auth;
using Jiceng.Web.Compliance;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jiceng.Web.Api;

/// <summary>
/// Clause 八's care records: village cadres' insurance (/api/v1/village-insurances), the collective-economy income,
/// reward and its payments (/api/v1/collective-economy), cadres who died on duty with family and visits
/// (/api/v1/fallen-cadres; the detail read is audited) and township facilities (/api/v1/township-facilities,
/// /api/v1/turnover-housing). Reads follow the caller's scope; writes need the edit role and the version read.
/// </summary>
public static class CareApi
{
    private const int MaxRows = 2000;

    public static RouteGroupBuilder MapCareApi(this RouteGroupBuilder api)
    {
        var ins = api.MapGroup("/village-insurances").WithTags("Care");
        ins.MapGet("/", ListInsurances).WithName(nameof(ListInsurances)).WithSummary("列出村干部养老、意外伤害保险参保记录");
        ins.MapPost("/", AddInsurance).RequireAuthorization(Policies.EditData).WithName(nameof(AddInsurance)).WithSummary("登记村干部参保（养老保险按 pension 计算器核定补助）");
        ins.MapPut("/{id:int}", UpdateInsurance).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateInsurance)).WithSummary("修改参保记录（须带版本号）");
        ins.MapDelete("/{id:int}", DeleteInsurance).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteInsurance)).WithSummary("删除误录的参保记录");

        var eco = api.MapGroup("/collective-economy").WithTags("Care");
        eco.MapGet("/incomes", ListIncomes).WithName(nameof(ListIncomes)).WithSummary("列出村级集体经济年度收入");
        eco.MapPost("/incomes", AddIncome).RequireAuthorization(Policies.EditData).WithName(nameof(AddIncome)).WithSummary("登记村级集体经济年度收入");
        eco.MapPut("/incomes/{id:int}", UpdateIncome).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateIncome)).WithSummary("修改集体经济收入（须带版本号）");
        eco.MapDelete("/incomes/{id:int}", DeleteIncome).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteIncome)).WithSummary("删除误录的集体经济收入");
        eco.MapGet("/reward", GetReward).WithName(nameof(GetReward)).WithSummary("村级集体经济发展奖励资金及按权重分配（含计算过程）");
        eco.MapGet("/payments", ListPayments).WithName(nameof(ListPayments)).WithSummary("列出集体经济发展奖励发放记录");
        eco.MapPost("/payments", AddPayment).RequireAuthorization(Policies.EditData).WithName(nameof(AddPayment)).WithSummary("登记集体经济发展奖励发放");
        eco.MapPut("/payments/{id:int}", UpdatePayment).RequireAuthorization(Policies.EditData).WithName(nameof(UpdatePayment)).WithSummary("修改奖励发放记录（须带版本号）");
        eco.MapDelete("/payments/{id:int}", DeletePayment).RequireAuthorization(Policies.EditData).WithName(nameof(DeletePayment)).WithSummary("删除误录的奖励发放记录");

        var fallen = api.MapGroup("/fallen-cadres").WithTags("Care");
        fallen.MapGet("/", ListFallen).WithName(nameof(ListFallen)).WithSummary("列出因公殉职干部及当年走访慰问次数");
        fallen.MapGet("/{id:int}", GetFallen).WithName(nameof(GetFallen)).WithSummary("因公殉职干部详情、家属及走访记录（读取留痕）");
        fallen.MapPost("/", AddFallen).RequireAuthorization(Policies.EditData).WithName(nameof(AddFallen)).WithSummary("登记因公殉职干部");
        fallen.MapPut("/{id:int}", UpdateFallen).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateFallen)).WithSummary("修改因公殉职登记（须带版本号）");
        fallen.MapDelete("/{id:int}", DeleteFallen).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteFallen)).WithSummary("删除误录的因公殉职登记");
        fallen.MapPost("/{id:int}/family", AddFamilyMember).RequireAuthorization(Policies.EditData).WithName(nameof(AddFamilyMember)).WithSummary("登记家属");
        fallen.MapDelete("/family/{memberId:int}", DeleteFamilyMember).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteFamilyMember)).WithSummary("删除家属记录");
        fallen.MapPost("/{id:int}/visits", AddVisit).RequireAuthorization(Policies.EditData).WithName(nameof(AddVisit)).WithSummary("登记走访慰问");
        fallen.MapDelete("/visits/{visitId:int}", DeleteVisit).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteVisit)).WithSummary("删除走访慰问记录");

        var fac = api.MapGroup("/township-facilities").WithTags("Care");
        fac.MapGet("/", ListFacilities).WithName(nameof(ListFacilities)).WithSummary("列出乡镇“五小”设施");
        fac.MapPost("/", AddFacility).RequireAuthorization(Policies.EditData).WithName(nameof(AddFacility)).WithSummary("登记乡镇“五小”设施");
        fac.MapPut("/{id:int}", UpdateFacility).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateFacility)).WithSummary("修改“五小”设施（须带版本号）");
        fac.MapDelete("/{id:int}", DeleteFacility).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteFacility)).WithSummary("删除误录的“五小”设施");

        var housing = api.MapGroup("/turnover-housing").WithTags("Care");
        housing.MapGet("/", ListHousing).WithName(nameof(ListHousing)).WithSummary("列出乡镇周转房及在住人员");
        housing.MapPost("/", AddHousing).RequireAuthorization(Policies.EditData).WithName(nameof(AddHousing)).WithSummary("登记周转房");
        housing.MapDelete("/{id:int}", DeleteHousing).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteHousing)).WithSummary("删除误录的周转房");
        housing.MapPost("/{id:int}/occupancies", AddOccupancy).RequireAuthorization(Policies.EditData).WithName(nameof(AddOccupancy)).WithSummary("登记入住");
        housing.MapPost("/occupancies/{occupancyId:int}/end", EndOccupancy).RequireAuthorization(Policies.EditData).WithName(nameof(EndOccupancy)).WithSummary("登记退房（须带版本号）");
        return api;
    }

    public sealed record InsuranceDto(int Id, int CadreId, string? CadreName, int VillageId, string? VillageName, InsuranceKind Kind, string Insurer, string? PolicyNumber,
        DateOnly From, DateOnly? To, decimal? ContributionYuan, decimal? SubsidyYuan, int Version)
    {
        public static InsuranceDto Of(VillageCadreInsurance i) => new(i.Id, i.CadreId, i.Cadre?.Name, i.VillageId, i.Village?.Name, i.Kind, i.Insurer, i.PolicyNumber,
            i.From, i.To, i.ContributionYuan, i.SubsidyYuan, i.Version);
    }

    public sealed record InsuranceUpdate(int? Version, InsuranceInput Insurance);

    public static async Task<Ok<InsuranceDto[]>> ListInsurances(int? villageId, int? cadreId, int? take, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok((await VillagePayCommands.ListInsurancesAsync(db, CurrentUser.ScopeOf(user), villageId, cadreId, Math.Clamp(take ?? 500, 1, MaxRows), ct))
            .Select(InsuranceDto.Of).ToArray());

    public static async Task<Results<Created<InsuranceDto>, NotFound, ValidationProblem>> AddInsurance(
        InsuranceInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, PolicyProfiles profiles, CancellationToken ct) =>
        CommandResponses.Created(await VillagePayCommands.AddInsuranceAsync(db, CurrentUser.ScopeOf(user), input, y => AssessmentApi.ProfileOfYear(profiles, y), ChinaTime.Today(clock), ct),
            i => $"/api/v1/village-insurances/{i.Id}", InsuranceDto.Of);

    public static async Task<Results<Ok<InsuranceDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateInsurance(
        int id, InsuranceUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, PolicyProfiles profiles, CancellationToken ct) =>
        CommandResponses.Updated(await VillagePayCommands.UpdateInsuranceAsync(db, CurrentUser.ScopeOf(user), id, update.Insurance, update.Version,
            y => AssessmentApi.ProfileOfYear(profiles, y), ChinaTime.Today(clock), ct), InsuranceDto.Of, i => i.Version, "该参保记录");

    public static async Task<Results<NoContent, NotFound>> DeleteInsurance(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await VillagePayCommands.DeleteInsuranceAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public sealed record IncomeDto(int Id, int VillageId, string? VillageName, int Year, decimal OperatingIncomeYuan, decimal NewRecurringIncomeYuan, int Version)
    {
        public static IncomeDto Of(CollectiveIncome i) => new(i.Id, i.VillageId, i.Village?.Name, i.Year, i.OperatingIncomeYuan, i.NewRecurringIncomeYuan, i.Version);
    }

    public sealed record IncomeUpdate(int? Version, CollectiveIncomeInput Income);

    private static ValidationProblem? BadYear(int? year) => year is < 1950 or > 9998 ? ProblemResults.Invalid([new FieldError("year", "年度：应为四位年份")]) : null;

    public static async Task<Results<Ok<IncomeDto[]>, ValidationProblem>> ListIncomes(
        int? villageId, int? year, int? take, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        BadYear(year) is { } bad ? bad
            : TypedResults.Ok((await VillagePayCommands.ListIncomesAsync(db, CurrentUser.ScopeOf(user), villageId, year, Math.Clamp(take ?? 500, 1, MaxRows), ct))
                .Select(IncomeDto.Of).ToArray());

    public static async Task<Results<Created<IncomeDto>, NotFound, ValidationProblem>> AddIncome(
        CollectiveIncomeInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await VillagePayCommands.AddIncomeAsync(db, CurrentUser.ScopeOf(user), input, ChinaTime.Today(clock), ct),
            i => $"/api/v1/collective-economy/incomes/{i.Id}", IncomeDto.Of);

    public static async Task<Results<Ok<IncomeDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateIncome(
        int id, IncomeUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await VillagePayCommands.UpdateIncomeAsync(db, CurrentUser.ScopeOf(user), id, update.Income, update.Version, ChinaTime.Today(clock), ct),
            IncomeDto.Of, i => i.Version, "该收入记录");

    public static async Task<Results<NoContent, NotFound>> DeleteIncome(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await VillagePayCommands.DeleteIncomeAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>The village's reward pool for the year and its split among the year's paid cadres, with the working (the <c>reward</c> calculator).</summary>
    public static async Task<Results<Ok<Calculation>, NotFound, ValidationProblem>> GetReward(
        int? villageId, int? year, JicengDbContext db, ClaimsPrincipal user, PolicyProfiles profiles, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (villageId is null)
        {
            errors.Add(new FieldError("villageId", "村（社区）：必填"));
        }

        if (year is not (>= 1950 and <= 9998))
        {
            errors.Add(new FieldError("year", "年度：必填，应为四位年份"));
        }

        if (errors.Count > 0)
        {
            return ProblemResults.Invalid(errors);
        }

        return await VillagePayCommands.RewardAsync(db, CurrentUser.ScopeOf(user), villageId!.Value, year!.Value, AssessmentApi.ProfileOfYear(profiles, year.Value), ct) is { } c
            ? TypedResults.Ok(c)
            : TypedResults.NotFound();
    }

    public sealed record PaymentDto(int Id, int VillageId, int CadreId, string? CadreName, int Year, decimal Weight, decimal AmountYuan, DateOnly PaidOn, int Version)
    {
        public static PaymentDto Of(CollectiveRewardPayment p) => new(p.Id, p.VillageId, p.CadreId, p.Cadre?.Name, p.Year, p.Weight, p.AmountYuan, p.PaidOn, p.Version);
    }

    public sealed record PaymentUpdate(int? Version, RewardPaymentInput Payment);

    public static async Task<Results<Ok<PaymentDto[]>, ValidationProblem>> ListPayments(
        int? villageId, int? year, int? take, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        BadYear(year) is { } bad ? bad
            : TypedResults.Ok((await VillagePayCommands.ListPaymentsAsync(db, CurrentUser.ScopeOf(user), villageId, year, Math.Clamp(take ?? 500, 1, MaxRows), ct))
                .Select(PaymentDto.Of).ToArray());

    public static async Task<Results<Created<PaymentDto>, NotFound, ValidationProblem>> AddPayment(
        RewardPaymentInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await VillagePayCommands.AddPaymentAsync(db, CurrentUser.ScopeOf(user), input, ChinaTime.Today(clock), ct),
            p => $"/api/v1/collective-economy/payments/{p.Id}", PaymentDto.Of);

    public static async Task<Results<Ok<PaymentDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdatePayment(
        int id, PaymentUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await VillagePayCommands.UpdatePaymentAsync(db, CurrentUser.ScopeOf(user), id, update.Payment, update.Version, ChinaTime.Today(clock), ct),
            PaymentDto.Of, p => p.Version, "该发放记录");

    public static async Task<Results<NoContent, NotFound>> DeletePayment(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await VillagePayCommands.DeletePaymentAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public sealed record FamilyMemberDto(int Id, string Name, string Relation, string? Phone);

    public sealed record VisitDto(int Id, DateOnly VisitedOn, string Visitor, string? Note);

    public sealed record FallenDto(int Id, int CadreId, string? CadreName, DateOnly DiedOn, string Circumstances, FamilyMemberDto[] Family, VisitDto[] Visits, int Version)
    {
        public static FallenDto Of(FallenCadre f) => new(f.Id, f.CadreId, f.Cadre?.Name, f.DiedOn, f.Circumstances,
            [.. f.Family.OrderBy(m => m.Id).Select(m => new FamilyMemberDto(m.Id, m.Name, m.Relation, m.Phone))],
            [.. f.Visits.OrderBy(v => v.VisitedOn).Select(v => new VisitDto(v.Id, v.VisitedOn, v.Visitor, v.Note))], f.Version);
    }

    public sealed record FallenUpdate(int? Version, FallenCadreInput Fallen);

    public static async Task<Results<Ok<FallenRow[]>, ValidationProblem>> ListFallen(
        int? year, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        BadYear(year) is { } bad ? bad
            : TypedResults.Ok((await FallenCommands.ListAsync(db, CurrentUser.ScopeOf(user), year ?? ChinaTime.Today(clock).Year, ct)).ToArray());

    public static async Task<Results<Ok<FallenDto>, NotFound>> GetFallen(int id, JicengDbContext db, ClaimsPrincipal user, ISensitiveReadAuditor auditor, CancellationToken ct) =>
        await FallenCommands.ReadAsync(db, CurrentUser.ScopeOf(user), id, auditor, ct) is { } f ? TypedResults.Ok(FallenDto.Of(f)) : TypedResults.NotFound();

    public static async Task<Results<Created<FallenDto>, NotFound, ValidationProblem>> AddFallen(
        FallenCadreInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await FallenCommands.AddAsync(db, CurrentUser.ScopeOf(user), input, ChinaTime.Today(clock), ct),
            f => $"/api/v1/fallen-cadres/{f.Id}", FallenDto.Of);

    public static async Task<Results<Ok<FallenDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateFallen(
        int id, FallenUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await FallenCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Fallen, update.Version, ChinaTime.Today(clock), ct),
            FallenDto.Of, f => f.Version, "该殉职登记");

    public static async Task<Results<NoContent, NotFound>> DeleteFallen(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await FallenCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Results<Created<FamilyMemberDto>, NotFound, ValidationProblem>> AddFamilyMember(
        int id, FamilyMemberInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Created(await FallenCommands.AddFamilyMemberAsync(db, CurrentUser.ScopeOf(user), id, input, ct),
            _ => $"/api/v1/fallen-cadres/{id}", m => new FamilyMemberDto(m.Id, m.Name, m.Relation, m.Phone));

    public static async Task<Results<NoContent, NotFound>> DeleteFamilyMember(int memberId, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await FallenCommands.DeleteFamilyMemberAsync(db, CurrentUser.ScopeOf(user), memberId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Results<Created<VisitDto>, NotFound, ValidationProblem>> AddVisit(
        int id, CareVisitInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await FallenCommands.AddVisitAsync(db, CurrentUser.ScopeOf(user), id, input, ChinaTime.Today(clock), ct),
            _ => $"/api/v1/fallen-cadres/{id}", v => new VisitDto(v.Id, v.VisitedOn, v.Visitor, v.Note));

    public static async Task<Results<NoContent, NotFound>> DeleteVisit(int visitId, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await FallenCommands.DeleteVisitAsync(db, CurrentUser.ScopeOf(user), visitId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public sealed record FacilityDto(int Id, int TownshipId, string? TownshipName, FacilityKind Kind, string KindLabel, DateOnly OpenedOn, DateOnly? ClosedOn, string? Note, int Version)
    {
        public static FacilityDto Of(TownshipFacility f) => new(f.Id, f.TownshipId, f.Township?.Name, f.Kind, f.Kind.Label(), f.OpenedOn, f.ClosedOn, f.Note, f.Version);
    }

    public sealed record FacilityUpdate(int? Version, FacilityInput Facility);

    public static async Task<Ok<FacilityDto[]>> ListFacilities(int? townshipId, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok((await FacilitiesCommands.ListAsync(db, CurrentUser.ScopeOf(user), townshipId, ct)).Select(FacilityDto.Of).ToArray());

    public static async Task<Results<Created<FacilityDto>, NotFound, ValidationProblem>> AddFacility(
        FacilityInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await FacilitiesCommands.AddAsync(db, CurrentUser.ScopeOf(user), input, ChinaTime.Today(clock), ct),
            f => $"/api/v1/township-facilities/{f.Id}", FacilityDto.Of);

    public static async Task<Results<Ok<FacilityDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateFacility(
        int id, FacilityUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await FacilitiesCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Facility, update.Version, ChinaTime.Today(clock), ct),
            FacilityDto.Of, f => f.Version, "该设施记录");

    public static async Task<Results<NoContent, NotFound>> DeleteFacility(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await FacilitiesCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public sealed record HousingDto(int Id, int TownshipId, string Label, decimal? AreaM2, int Version);

    public sealed record OccupancyDto(int Id, int HousingUnitId, int CadreId, DateOnly From, DateOnly? To, int Version)
    {
        public static OccupancyDto Of(TurnoverHousingOccupancy o) => new(o.Id, o.HousingUnitId, o.CadreId, o.From, o.To, o.Version);
    }

    public sealed record OccupancyEnd(int? Version, DateOnly? To);

    public static async Task<Results<Ok<HousingRow[]>, ValidationProblem>> ListHousing(
        int? townshipId, DateOnly? day, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var on = day ?? ChinaTime.Today(clock);
        if (Dates.OutsideRecordRange(on) is { } outside)
        {
            return ProblemResults.Invalid([new FieldError("day", "日期：" + outside)]);
        }

        return TypedResults.Ok((await FacilitiesCommands.ListHousingAsync(db, CurrentUser.ScopeOf(user), townshipId, on, ct)).ToArray());
    }

    public static async Task<Results<Created<HousingDto>, NotFound, ValidationProblem>> AddHousing(
        HousingUnitInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Created(await FacilitiesCommands.AddHousingAsync(db, CurrentUser.ScopeOf(user), input, ct),
            h => $"/api/v1/turnover-housing/{h.Id}", h => new HousingDto(h.Id, h.TownshipId, h.Label, h.AreaM2, h.Version));

    public static async Task<Results<NoContent, NotFound>> DeleteHousing(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await FacilitiesCommands.DeleteHousingAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Results<Created<OccupancyDto>, NotFound, ValidationProblem>> AddOccupancy(
        int id, OccupancyInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await FacilitiesCommands.AddOccupancyAsync(db, CurrentUser.ScopeOf(user), id, input, ChinaTime.Today(clock), ct),
            _ => $"/api/v1/turnover-housing", OccupancyDto.Of);

    public static async Task<Results<Ok<OccupancyDto>, NotFound, ValidationProblem, ProblemHttpResult>> EndOccupancy(
        int occupancyId, OccupancyEnd end, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await FacilitiesCommands.EndOccupancyAsync(db, CurrentUser.ScopeOf(user), occupancyId, end.To, end.Version, ct),
            OccupancyDto.Of, o => o.Version, "该入住记录");
}
