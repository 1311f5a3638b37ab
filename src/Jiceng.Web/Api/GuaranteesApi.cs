using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Policy;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Measures.M08Guarantees;
using Jiceng.Data.Scope;
using Jiceng.Web.Auth;
using Jiceng.Web.Compliance;
using Jiceng.Web.Export;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Web.Api;

/// <summary>
/// Clause 八's cadre records (docs/api.md): monthly subsidy payments and the monthly subsidy statement (each amount with
/// its working, also as xlsx), cross-region postings and their home-trip claims decided by R8.1 at entry, and annual
/// leave per year. Reads and writes are bounded by the user's scope (the finance role reads amounts across its scope);
/// writes need <see cref="Policies.EditData"/>; corrections carry the version read.
/// </summary>
public static class GuaranteesApi
{
    private const int MaxRows = 5000;

    public static RouteGroupBuilder MapGuaranteesApi(this RouteGroupBuilder api)
    {
        var cadre = api.MapGroup("/cadres/{cadreId:int}").WithTags("Guarantees");
        cadre.MapGet("/subsidy-payments", ListCadreSubsidyPayments).WithName(nameof(ListCadreSubsidyPayments)).WithSummary("列出干部的补贴发放记录（可按年度）");
        cadre.MapPost("/subsidy-payments", AddSubsidyPayment).RequireAuthorization(Policies.EditData).WithName(nameof(AddSubsidyPayment))
            .WithSummary("登记干部某月某项补贴的实发金额");
        cadre.MapGet("/subsidy-statement", CadreSubsidyStatement).WithName(nameof(CadreSubsidyStatement))
            .WithSummary("干部月度补贴明细：每项补贴按在用标准按日折算的应发金额及计算过程、实发金额、少发金额");
        cadre.MapGet("/postings", ListPostings).WithName(nameof(ListPostings)).WithSummary("列出干部的异地交流任职及往返报销汇总");
        cadre.MapPost("/postings", AddPosting).RequireAuthorization(Policies.EditData).WithName(nameof(AddPosting)).WithSummary("登记异地交流任职");
        cadre.MapGet("/annual-leave", ListAnnualLeave).WithName(nameof(ListAnnualLeave))
            .WithSummary("列出干部各年度带薪年休假：应休、已休、未休、补偿（有月工资时含未休年休假工资报酬的计算过程）");
        cadre.MapPut("/annual-leave/{year:int}", SaveAnnualLeave).RequireAuthorization(Policies.EditData).WithName(nameof(SaveAnnualLeave))
            .WithSummary("录入或更正干部某年度的年休假（更正须带版本号）");

        var payments = api.MapGroup("/subsidy-payments").WithTags("Guarantees");
        payments.MapGet("/{id:int}", GetSubsidyPayment).WithName(nameof(GetSubsidyPayment)).WithSummary("查看补贴发放记录");
        payments.MapPut("/{id:int}", UpdateSubsidyPayment).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateSubsidyPayment))
            .WithSummary("修改补贴发放记录（须带版本号）");
        payments.MapDelete("/{id:int}", DeleteSubsidyPayment).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteSubsidyPayment))
            .WithSummary("删除误录的补贴发放记录");

        var statement = api.MapGroup("/subsidy-statement").WithTags("Guarantees");
        statement.MapGet("/", SubsidyStatement).WithName(nameof(SubsidyStatement)).WithSummary("月度补贴明细表：管理范围内（或某单位及下级）每名干部每项补贴的应发、实发、少发");
        statement.MapGet("/xlsx", SubsidyStatementXlsx).WithName(nameof(SubsidyStatementXlsx)).WithSummary("导出月度补贴明细表（xlsx）");

        var postings = api.MapGroup("/postings").WithTags("Guarantees");
        postings.MapPut("/{id:int}", UpdatePosting).RequireAuthorization(Policies.EditData).WithName(nameof(UpdatePosting)).WithSummary("修改异地交流任职（须带版本号）");
        postings.MapDelete("/{id:int}", DeletePosting).RequireAuthorization(Policies.EditData).WithName(nameof(DeletePosting)).WithSummary("删除误录的异地交流任职及其往返申报");
        postings.MapGet("/{id:int}/claims", ListTripClaims).WithName(nameof(ListTripClaims)).WithSummary("列出往返交通费报销申报及核定结果（含不予报销的原因）");
        postings.MapPost("/{id:int}/claims", AddTripClaim).RequireAuthorization(Policies.EditData).WithName(nameof(AddTripClaim))
            .WithSummary("申报往返交通费：按 R8.1 当即核定，保存核定结果及原因");

        api.MapDelete("/trip-claims/{id:int}", DeleteTripClaim).WithTags("Guarantees").RequireAuthorization(Policies.EditData).WithName(nameof(DeleteTripClaim))
            .WithSummary("删除误录的往返申报（只能删除该任职最后一次申报）");
        api.MapDelete("/annual-leave/{id:int}", DeleteAnnualLeave).WithTags("Guarantees").RequireAuthorization(Policies.EditData).WithName(nameof(DeleteAnnualLeave))
            .WithSummary("删除误录的年休假记录");
        return cadre;
    }

    public static ProfileOn ProfileOn(PolicyProfiles profiles) => day => profiles.Set.TryInForceOn(day, out var p) ? p : null;

    public sealed record SubsidyPaymentDto(int Id, int CadreId, string Subsidy, string Month, DateOnly? EligibleFrom, DateOnly? EligibleTo, decimal AmountYuan, DateOnly PaidOn, int Version)
    {
        public static SubsidyPaymentDto Of(SubsidyPayment p) =>
            new(p.Id, p.CadreId, p.Subsidy, SubsidyPaymentCommands.MonthText(p.Month), p.EligibleFrom, p.EligibleTo, p.AmountYuan, p.PaidOn, p.Version);
    }

    public sealed record SubsidyPaymentUpdate(int? Version, SubsidyPaymentInput Payment);

    /// <summary>A statement line: what is due (amount and its working under the profile), what was paid, the shortfall.</summary>
    public sealed record StatementLineDto(
        int CadreId, string CadreName, string UnitName, string Subsidy, string Month, decimal DueYuan, int? PaymentId, decimal? PaidYuan, DateOnly? PaidOn,
        decimal ShortfallYuan, CalculationResponse Working)
    {
        public static StatementLineDto Of(SubsidyStatementLine l, PolicyProfile profile) =>
            new(l.CadreId, l.CadreName, l.UnitName, l.Subsidy, l.Month, l.Due.Amount, l.PaymentId, l.PaidYuan, l.PaidOn, l.ShortfallYuan, CalculationResponse.From(l.Due, profile));
    }

    public sealed record PostingDto(int Id, int CadreId, DateOnly Start, DateOnly? End, string HomePlace, string? Document, int Version)
    {
        public static PostingDto Of(CrossRegionPosting p) => new(p.Id, p.CadreId, p.Start, p.End, p.HomePlace, p.Document, p.Version);
    }

    public sealed record PostingUpdate(int? Version, PostingInput Posting);

    public sealed record AnnualLeaveUpdate(int? Version, AnnualLeaveInput Leave);

    public sealed record AnnualLeaveDto(
        int Id, int CadreId, int Year, DateOnly? ServiceStart, int? EntitledDays, int TakenDays, int? UntakenDays, decimal? MonthlyWageYuan,
        int CompensatedDays, decimal? CompensationYuan, DateOnly? CompensatedOn, CalculationResponse? Pay, int Version)
    {
        public static AnnualLeaveDto Of(AnnualLeaveRow r, PolicyProfile? profile) =>
            new(r.Id, r.CadreId, r.Year, r.ServiceStart, r.EntitledDays, r.TakenDays, r.UntakenDays, r.MonthlyWageYuan, r.CompensatedDays, r.CompensationYuan,
                r.CompensatedOn, r.Pay is { } pay && profile is not null ? CalculationResponse.From(pay, profile) : null, r.Version);
    }

    private static (DateOnly? Month, ValidationProblem? Problem) Month(string? month, TimeProvider clock)
    {
        if (month is null)
        {
            var today = ChinaTime.Today(clock);
            return (new DateOnly(today.Year, today.Month, 1), null);
        }

        return SubsidyPaymentCommands.ParseMonth(month) is { } m && m.Year is >= 2000 and <= 9998
            ? (m, null)
            : (null, ProblemResults.Invalid([new FieldError("month", "月份：应为 yyyy-MM 格式（如 2021-03），2000年以后")]));
    }

    public static async Task<Results<Ok<SubsidyPaymentRow[]>, ValidationProblem>> ListCadreSubsidyPayments(
        int cadreId, int? year, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (year is < 2000 or > 9998)
        {
            return ProblemResults.Invalid([new FieldError("year", "年度：应在2000年以后")]);
        }

        return TypedResults.Ok((await SubsidyPaymentCommands.ListAsync(db, CurrentUser.ScopeOf(user), cadreId, year, MaxRows, ct)).ToArray());
    }

    public static async Task<Results<Created<SubsidyPaymentDto>, NotFound, ValidationProblem>> AddSubsidyPayment(
        int cadreId, SubsidyPaymentInput input, JicengDbContext db, ClaimsPrincipal user, PolicyProfiles profiles, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await SubsidyPaymentCommands.AddAsync(db, CurrentUser.ScopeOf(user), cadreId, input, ProfileOn(profiles), ChinaTime.Today(clock), ct),
            p => $"/api/v1/subsidy-payments/{p.Id}", SubsidyPaymentDto.Of);

    public static async Task<Results<Ok<SubsidyPaymentDto>, NotFound>> GetSubsidyPayment(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await SubsidyPaymentCommands.GetAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } p ? TypedResults.Ok(SubsidyPaymentDto.Of(p)) : TypedResults.NotFound();

    public static async Task<Results<Ok<SubsidyPaymentDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateSubsidyPayment(
        int id, SubsidyPaymentUpdate update, JicengDbContext db, ClaimsPrincipal user, PolicyProfiles profiles, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await SubsidyPaymentCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Payment ?? new SubsidyPaymentInput(), update.Version,
            ProfileOn(profiles), ChinaTime.Today(clock), ct), SubsidyPaymentDto.Of, p => p.Version, "该补贴发放记录");

    public static async Task<Results<NoContent, NotFound>> DeleteSubsidyPayment(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await SubsidyPaymentCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<StatementLineDto[]>, ValidationProblem>> StatementOf(
        string? month, int? unitId, JicengDbContext db, ClaimsPrincipal user, PolicyProfiles profiles, TimeProvider clock, CancellationToken ct)
    {
        var (m, problem) = Month(month, clock);
        if (problem is not null)
        {
            return problem;
        }

        return await StatementLinesAsync(db, CurrentUser.ScopeOf(user), m!.Value, profiles, null, unitId, ct) is { } lines
            ? TypedResults.Ok(lines)
            : ProblemResults.Invalid([new FieldError("month", $"月份：{SubsidyPaymentCommands.MonthText(m.Value)} 没有生效的政策配置")]);
    }

    /// <summary>
    /// The statement lines of a month as the API answers them (the cadre page's 工作保障 tab shows these very lines, so its
    /// amounts and working are the API's): the <c>subsidy</c> calculator under the profile in force on the month's last
    /// day; null when no profile is in force then.
    /// </summary>
    public static async Task<StatementLineDto[]?> StatementLinesAsync(
        JicengDbContext db, DataScope scope, DateOnly month, PolicyProfiles profiles, int? cadreId, int? unitId, CancellationToken ct = default)
    {
        if (!profiles.Set.TryInForceOn(month.AddMonths(1).AddDays(-1), out var profile))
        {
            return null;
        }

        var lines = await SubsidyPaymentCommands.StatementAsync(db, scope, month, profile, cadreId, unitId, ct);
        return [.. lines.Take(MaxRows).Select(l => StatementLineDto.Of(l, profile))];
    }

    /// <summary>A cadre's statement of a month; a cadre outside the user's scope (or none) is 404, like the cadre itself.</summary>
    public static async Task<Results<Ok<StatementLineDto[]>, NotFound, ValidationProblem>> CadreSubsidyStatement(
        int cadreId, string? month, JicengDbContext db, ClaimsPrincipal user, PolicyProfiles profiles, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Cadres.InScope(CurrentUser.ScopeOf(user)).AnyAsync(c => c.Id == cadreId, ct))
        {
            return TypedResults.NotFound();
        }

        var (m, problem) = Month(month, clock);
        if (problem is not null)
        {
            return problem;
        }

        return await StatementLinesAsync(db, CurrentUser.ScopeOf(user), m!.Value, profiles, cadreId, null, ct) is { } lines
            ? TypedResults.Ok(lines)
            : ProblemResults.Invalid([new FieldError("month", $"月份：{SubsidyPaymentCommands.MonthText(m.Value)} 没有生效的政策配置")]);
    }

    public static Task<Results<Ok<StatementLineDto[]>, ValidationProblem>> SubsidyStatement(
        string? month, int? unitId, JicengDbContext db, ClaimsPrincipal user, PolicyProfiles profiles, TimeProvider clock, CancellationToken ct) =>
        StatementOf(month, unitId, db, user, profiles, clock, ct);

    public static async Task<IResult> SubsidyStatementXlsx(
        string? month, int? unitId, JicengDbContext db, ClaimsPrincipal user, PolicyProfiles profiles, TimeProvider clock, IAuditLog audit, CancellationToken ct)
    {
        var (m, problem) = Month(month, clock);
        if (problem is not null)
        {
            return problem;
        }

        if (!profiles.Set.TryInForceOn(m!.Value.AddMonths(1).AddDays(-1), out var profile))
        {
            return ProblemResults.Invalid([new FieldError("month", $"月份：{SubsidyPaymentCommands.MonthText(m.Value)} 没有生效的政策配置")]);
        }

        var lines = (await SubsidyPaymentCommands.StatementAsync(db, CurrentUser.ScopeOf(user), m.Value, profile, null, unitId, ct)).Take(XlsxExport.MaxRows).ToList();
        XlsxColumn<SubsidyStatementLine>[] columns =
        [
            new("姓名", l => l.CadreName),
            new("单位", l => l.UnitName),
            new("月份", l => l.Month),
            new("补贴名称", l => l.Subsidy),
            new("应发金额（元）", l => l.Due.Amount),
            new("实发金额（元）", l => l.PaidYuan),
            new("少发金额（元）", l => l.ShortfallYuan),
            new("发放日期", l => l.PaidOn),
            new("计算过程", l => string.Join("；", l.Due.Steps)),
        ];
        return await XlsxExport.FileAsync(audit, nameof(SubsidyPayment), new { month = SubsidyPaymentCommands.MonthText(m.Value), unitId }, lines, columns,
            "月度补贴明细", $"月度补贴明细-{SubsidyPaymentCommands.MonthText(m.Value)}.xlsx", ct);
    }

    public static async Task<Ok<PostingRow[]>> ListPostings(int cadreId, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok((await PostingCommands.ListAsync(db, CurrentUser.ScopeOf(user), cadreId, ct)).ToArray());

    public static async Task<Results<Created<PostingDto>, NotFound, ValidationProblem>> AddPosting(
        int cadreId, PostingInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await PostingCommands.AddAsync(db, CurrentUser.ScopeOf(user), cadreId, input, ChinaTime.Today(clock), ct),
            p => $"/api/v1/postings/{p.Id}/claims", PostingDto.Of);

    public static async Task<Results<Ok<PostingDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdatePosting(
        int id, PostingUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await PostingCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Posting ?? new PostingInput(), update.Version,
            ChinaTime.Today(clock), ct), PostingDto.Of, p => p.Version, "该异地任职记录");

    public static async Task<Results<NoContent, NotFound>> DeletePosting(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await PostingCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Results<Ok<TripClaimRow[]>, NotFound>> ListTripClaims(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await PostingCommands.ClaimsAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } rows ? TypedResults.Ok(rows.ToArray()) : TypedResults.NotFound();

    public static async Task<Results<Created<TripClaimRow>, NotFound, ValidationProblem>> AddTripClaim(
        int id, TripClaimInput input, JicengDbContext db, ClaimsPrincipal user, PolicyProfiles profiles, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await PostingCommands.AddClaimAsync(db, CurrentUser.ScopeOf(user), id, input, ProfileOn(profiles), ChinaTime.Today(clock), ct),
            c => $"/api/v1/postings/{c.PostingId}/claims", PostingCommands.Row);

    public static async Task<Results<NoContent, NotFound, ValidationProblem>> DeleteTripClaim(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await PostingCommands.DeleteClaimAsync(db, CurrentUser.ScopeOf(user), id, ct);
        return result.NotFound ? TypedResults.NotFound() : result.Succeeded ? TypedResults.NoContent() : ProblemResults.Invalid(result.Errors);
    }

    public static async Task<Results<Ok<AnnualLeaveDto[]>, NotFound>> ListAnnualLeave(
        int cadreId, JicengDbContext db, ClaimsPrincipal user, PolicyProfiles profiles, CancellationToken ct) =>
        await AnnualLeaveYearsAsync(db, CurrentUser.ScopeOf(user), cadreId, profiles, ct) is { } rows ? TypedResults.Ok(rows) : TypedResults.NotFound();

    /// <summary>
    /// A cadre's leave years as the API answers them, latest first (the cadre page's 工作保障 tab shows these very rows):
    /// each under the profile in force on 31 December of its year; null when the cadre is not in scope.
    /// </summary>
    public static async Task<AnnualLeaveDto[]?> AnnualLeaveYearsAsync(JicengDbContext db, DataScope scope, int cadreId, PolicyProfiles profiles, CancellationToken ct = default)
    {
        var profileOn = ProfileOn(profiles);
        return await AnnualLeaveCommands.ListAsync(db, scope, cadreId, profileOn, ct) is { } rows
            ? [.. rows.Select(r => AnnualLeaveDto.Of(r, profileOn(new DateOnly(r.Year, 12, 31))))]
            : null;
    }

    public static async Task<Results<Ok<AnnualLeaveDto>, NotFound, ValidationProblem, ProblemHttpResult>> SaveAnnualLeave(
        int cadreId, int year, AnnualLeaveUpdate update, JicengDbContext db, ClaimsPrincipal user, PolicyProfiles profiles, TimeProvider clock, CancellationToken ct)
    {
        var result = await AnnualLeaveCommands.SaveAsync(db, CurrentUser.ScopeOf(user), cadreId, year, update.Leave ?? new AnnualLeaveInput(), update.Version,
            ChinaTime.Today(clock), ct);
        var profileOn = ProfileOn(profiles);
        var start = result.Value is null ? null : await db.Cadres.Where(c => c.Id == cadreId).Select(c => c.JoinedWorkOn).FirstOrDefaultAsync(ct);
        return CommandResponses.Updated(result, l =>
        {
            var profile = profileOn(new DateOnly(l.Year, 12, 31));
            return AnnualLeaveDto.Of(AnnualLeaveCommands.Row(l, start, profile), profile);
        }, l => l.Version, "该年休假记录");
    }

    public static async Task<Results<NoContent, NotFound>> DeleteAnnualLeave(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await AnnualLeaveCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
