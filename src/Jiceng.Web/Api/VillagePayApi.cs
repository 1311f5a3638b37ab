using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Measures.M08Guarantees;
using Jiceng.Web.Auth;
using Jiceng.Web.Compliance;
using Jiceng.Web.Export;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jiceng.Web.Api;

/// <summary>
/// Clause 八's village cadre pay (/api/v1/village-pay): the district's remuneration standards by post (written by the
/// organization department or finance, with the district in scope), the monthly payment lines of remuneration and the
/// transport and phone allowances (by village, in scope), and the yearly sheet of pay and insurance (also as an audited
/// xlsx). Writes need the version read to change and are row-audited.
/// </summary>
public static class VillagePayApi
{
    private const int MaxRows = 2000;

    public static RouteGroupBuilder MapVillagePayApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/village-pay").WithTags("Care");
        g.MapGet("/standards", ListVillagePayStandards).WithName(nameof(ListVillagePayStandards)).WithSummary("列出村干部基本报酬标准（按岗位、执行期间）");
        g.MapPost("/standards", AddVillagePayStandard).RequireAuthorization(Policies.EditVillagePayStandards)
            .WithName(nameof(AddVillagePayStandard)).WithSummary("制定村干部基本报酬标准（区委组织部或财政）");
        g.MapPut("/standards/{id:int}", UpdateVillagePayStandard).RequireAuthorization(Policies.EditVillagePayStandards)
            .WithName(nameof(UpdateVillagePayStandard)).WithSummary("修改报酬标准（须带版本号）");
        g.MapPost("/standards/{id:int}/end", EndVillagePayStandard).RequireAuthorization(Policies.EditVillagePayStandards)
            .WithName(nameof(EndVillagePayStandard)).WithSummary("结束报酬标准（填写执行截止日，须带版本号）");
        g.MapDelete("/standards/{id:int}", DeleteVillagePayStandard).RequireAuthorization(Policies.EditVillagePayStandards)
            .WithName(nameof(DeleteVillagePayStandard)).WithSummary("删除误录的报酬标准");
        g.MapGet("/payments", ListVillageCadrePayments).WithName(nameof(ListVillageCadrePayments)).WithSummary("列出村干部报酬、交通补贴、通讯补贴发放记录");
        g.MapPost("/payments", AddVillageCadrePayment).RequireAuthorization(Policies.EditData)
            .WithName(nameof(AddVillageCadrePayment)).WithSummary("登记村干部某月报酬或补贴发放");
        g.MapPut("/payments/{id:int}", UpdateVillageCadrePayment).RequireAuthorization(Policies.EditData)
            .WithName(nameof(UpdateVillageCadrePayment)).WithSummary("修改发放记录（须带版本号）");
        g.MapDelete("/payments/{id:int}", DeleteVillageCadrePayment).RequireAuthorization(Policies.EditData)
            .WithName(nameof(DeleteVillageCadrePayment)).WithSummary("删除误录的发放记录");
        g.MapGet("/sheet", VillagePaySheetOf).WithName(nameof(VillagePaySheetOf)).WithSummary("村干部报酬与保险年度表（标准、已发、补贴、养老补助及计算过程、意外险与 R8.3）");
        g.MapGet("/sheet/xlsx", VillagePaySheetXlsx).WithName(nameof(VillagePaySheetXlsx)).WithSummary("导出村干部报酬与保险年度表（xlsx，留痕）");
        return api;
    }

    public sealed record StandardDto(int Id, int DistrictId, string? DistrictName, VillagePayPost Post, string PostLabel, decimal MonthlyYuan,
        DateOnly From, DateOnly? To, string? Document, int Version)
    {
        public static StandardDto Of(VillageCadrePayStandard s) => new(s.Id, s.DistrictId, s.District?.Name, s.Post, VillageCadrePayCommands.PostLabel(s.Post),
            s.MonthlyYuan, s.From, s.To, s.Document, s.Version);
    }

    public sealed record StandardUpdate(int? Version, PayStandardInput Standard);

    public sealed record StandardEnd(int? Version, DateOnly? To);

    public static async Task<Ok<StandardDto[]>> ListVillagePayStandards(JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok((await VillageCadrePayCommands.ListStandardsAsync(db, CurrentUser.ScopeOf(user), ct)).Select(StandardDto.Of).ToArray());

    public static async Task<Results<Created<StandardDto>, NotFound, ValidationProblem>> AddVillagePayStandard(
        PayStandardInput input, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Created(await VillageCadrePayCommands.AddStandardAsync(db, CurrentUser.ScopeOf(user), input, ct),
            s => $"/api/v1/village-pay/standards/{s.Id}", StandardDto.Of);

    public static async Task<Results<Ok<StandardDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateVillagePayStandard(
        int id, StandardUpdate update, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await VillageCadrePayCommands.UpdateStandardAsync(db, CurrentUser.ScopeOf(user), id, update.Standard, update.Version, ct),
            StandardDto.Of, s => s.Version, "该报酬标准");

    public static async Task<Results<Ok<StandardDto>, NotFound, ValidationProblem, ProblemHttpResult>> EndVillagePayStandard(
        int id, StandardEnd end, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CommandResponses.Updated(await VillageCadrePayCommands.EndStandardAsync(db, CurrentUser.ScopeOf(user), id, end.To, end.Version, ct),
            StandardDto.Of, s => s.Version, "该报酬标准");

    public static async Task<Results<NoContent, NotFound>> DeleteVillagePayStandard(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await VillageCadrePayCommands.DeleteStandardAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public sealed record PaymentLineDto(int Id, int CadreId, string? CadreName, int VillageId, string? VillageName, VillagePayKind Kind, string KindLabel,
        string Month, decimal AmountYuan, DateOnly PaidOn, string? Note, int Version)
    {
        public static PaymentLineDto Of(VillageCadrePayment p) => new(p.Id, p.CadreId, p.Cadre?.Name, p.VillageId, p.Village?.Name, p.Kind,
            VillageCadrePayCommands.KindLabel(p.Kind), SubsidyPaymentCommands.MonthText(p.Month), p.AmountYuan, p.PaidOn, p.Note, p.Version);
    }

    public sealed record PaymentLineUpdate(int? Version, VillagePaymentInput Payment);

    private static ValidationProblem? BadYear(int? year, bool required) =>
        (year is null && required) || year is < 2000 or > 9998 ? ProblemResults.Invalid([new FieldError("year", "年度：应为2000年以后的四位年份")]) : null;

    public static async Task<Results<Ok<PaymentLineDto[]>, ValidationProblem>> ListVillageCadrePayments(
        int? villageId, int? cadreId, int? year, int? take, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        BadYear(year, false) is { } bad ? bad
            : TypedResults.Ok((await VillageCadrePayCommands.ListPaymentsAsync(db, CurrentUser.ScopeOf(user), villageId, cadreId, year, Math.Clamp(take ?? 500, 1, MaxRows), ct))
                .Select(PaymentLineDto.Of).ToArray());

    public static async Task<Results<Created<PaymentLineDto>, NotFound, ValidationProblem>> AddVillageCadrePayment(
        VillagePaymentInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await VillageCadrePayCommands.AddPaymentAsync(db, CurrentUser.ScopeOf(user), input, ChinaTime.Today(clock), ct),
            p => $"/api/v1/village-pay/payments/{p.Id}", PaymentLineDto.Of);

    public static async Task<Results<Ok<PaymentLineDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateVillageCadrePayment(
        int id, PaymentLineUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await VillageCadrePayCommands.UpdatePaymentAsync(db, CurrentUser.ScopeOf(user), id, update.Payment, update.Version, ChinaTime.Today(clock), ct),
            PaymentLineDto.Of, p => p.Version, "该发放记录");

    public static async Task<Results<NoContent, NotFound>> DeleteVillageCadrePayment(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await VillageCadrePayCommands.DeletePaymentAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public sealed record SheetRowDto(int CadreId, string CadreName, int VillageId, string VillageName, string TownshipName, string Posts, bool ServingOnDay,
        decimal? StandardMonthlyYuan, DateOnly? StandardFrom, decimal RemunerationPaidYuan, int RemunerationMonths, decimal TransportPaidYuan, int TransportMonths,
        decimal PhonePaidYuan, int PhoneMonths, decimal? TransportStandardYuan, decimal? PhoneStandardYuan, decimal? PensionContributionYuan,
        Calculation? PensionSubsidy, IReadOnlyList<CoverPeriod> AccidentCovers, bool AccidentInForce, bool R83Violation)
    {
        public static SheetRowDto Of(VillagePaySheetRow r) => new(r.CadreId, r.CadreName, r.VillageId, r.VillageName, r.TownshipName, r.Posts, r.ServingOnDay,
            r.Standard?.MonthlyYuan, r.Standard?.From, r.RemunerationPaid, r.RemunerationMonths, r.TransportPaid, r.TransportMonths, r.PhonePaid, r.PhoneMonths,
            r.TransportStandard, r.PhoneStandard, r.PensionContribution, r.PensionWorking, r.AccidentCovers, r.AccidentInForce, r.R83Violation);
    }

    public static async Task<Results<Ok<SheetRowDto[]>, ValidationProblem>> VillagePaySheetOf(
        int? year, int? townshipId, int? villageId, JicengDbContext db, ClaimsPrincipal user, PolicyProfiles profiles, TimeProvider clock, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var y = year ?? today.Year;
        if (BadYear(y, true) is { } bad)
        {
            return bad;
        }

        return TypedResults.Ok((await VillagePaySheet.LoadAsync(db, CurrentUser.ScopeOf(user), y, today, AssessmentApi.ProfileOfYear(profiles, y), townshipId, villageId, ct))
            .Select(SheetRowDto.Of).ToArray());
    }

    public static async Task<IResult> VillagePaySheetXlsx(
        int? year, int? townshipId, int? villageId, JicengDbContext db, ClaimsPrincipal user, PolicyProfiles profiles, TimeProvider clock, IAuditLog audit, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var y = year ?? today.Year;
        if (BadYear(y, true) is { } bad)
        {
            return bad;
        }

        var rows = (await VillagePaySheet.LoadAsync(db, CurrentUser.ScopeOf(user), y, today, AssessmentApi.ProfileOfYear(profiles, y), townshipId, villageId, ct))
            .Take(XlsxExport.MaxRows).ToList();
        return await XlsxExport.FileAsync(audit, nameof(VillageCadrePayment), new { year = y, townshipId, villageId }, rows, VillagePayExport.Columns,
            "村干部报酬与保险", $"村干部报酬与保险-{y}.xlsx", ct);
    }
}
