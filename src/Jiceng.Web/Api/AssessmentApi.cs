using System.Security.Claims;
using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Core.Policy;
using Jiceng.Data;
using Jiceng.Data.Measures.M05Assessment;
using Jiceng.Web.Auth;
using Jiceng.Web.Compliance;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jiceng.Web.Api;

/// <summary>
/// Clause 五 records: annual grades (/api/v1/cadres/{id}/grades, /api/v1/grades; entering a 优秀 over the township's
/// cap is refused, R5.1), awards (/api/v1/awards) and the village performance fund (/api/v1/village-fund). Reads and
/// writes are bounded by the user's scope; writes need <see cref="Policies.EditData"/>; corrections carry the version read.
/// </summary>
public static class AssessmentApi
{
    private const int MaxRows = 5000;

    public static RouteGroupBuilder MapAssessmentApi(this RouteGroupBuilder api)
    {
        var cadre = api.MapGroup("/cadres/{cadreId:int}").WithTags("Assessment");
        cadre.MapGet("/grades", ListCadreGrades).WithName(nameof(ListCadreGrades)).WithSummary("列出干部的年度考核等次（含连续优秀年数、考核结果是否良好）");
        cadre.MapPut("/grades/{year:int}", SaveCadreGrade).RequireAuthorization(Policies.EditData).WithName(nameof(SaveCadreGrade))
            .WithSummary("录入或更正干部某年度考核等次（超出乡镇优秀名额的优秀等次不予保存）");
        cadre.MapGet("/awards", ListCadreAwards).WithName(nameof(ListCadreAwards)).WithSummary("列出干部的奖励");
        cadre.MapPost("/awards", AddAward).RequireAuthorization(Policies.EditData).WithName(nameof(AddAward)).WithSummary("登记干部奖励");

        var grades = api.MapGroup("/grades").WithTags("Assessment");
        grades.MapGet("/", SearchGrades).WithName(nameof(SearchGrades)).WithSummary("考核等次名册：按乡镇（含下级单位）、年度、等次筛选");
        grades.MapGet("/tally", GradeTallyOf).WithName(nameof(GradeTallyOf)).WithSummary("乡镇某年度参加考核人数、优秀名额上限和已评优秀人数");
        grades.MapDelete("/{id:int}", DeleteGrade).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteGrade)).WithSummary("删除误录的考核等次");

        var awards = api.MapGroup("/awards").WithTags("Assessment");
        awards.MapGet("/", SearchAwards).WithName(nameof(SearchAwards)).WithSummary("奖励名册：按授予年度、奖励种类、是否基层干部、单位筛选");
        awards.MapGet("/share", AwardShareOf).WithName(nameof(AwardShareOf)).WithSummary("某年度奖励中基层干部所占比例及最低比例");
        awards.MapGet("/{id:int}", GetAward).WithName(nameof(GetAward)).WithSummary("查看奖励");
        awards.MapPut("/{id:int}", UpdateAward).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateAward)).WithSummary("修改奖励（须带版本号）");
        awards.MapDelete("/{id:int}", DeleteAward).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteAward)).WithSummary("删除误录的奖励");

        var fund = api.MapGroup("/village-fund").WithTags("Assessment");
        fund.MapGet("/allocations", ListFundAllocations).WithName(nameof(ListFundAllocations))
            .WithSummary("各乡镇某年度村“两委”绩效考核资金：应安排（村数×每村标准）、已兑现、结余（元）");
        fund.MapGet("/disbursements", ListDisbursements).WithName(nameof(ListDisbursements)).WithSummary("列出绩效考核资金兑现记录：按乡镇、村、年度筛选");
        fund.MapPost("/disbursements", AddDisbursement).RequireAuthorization(Policies.EditData).WithName(nameof(AddDisbursement)).WithSummary("登记绩效考核资金兑现");
        fund.MapPut("/disbursements/{id:int}", UpdateDisbursement).RequireAuthorization(Policies.EditData).WithName(nameof(UpdateDisbursement))
            .WithSummary("修改兑现记录（须带版本号）");
        fund.MapDelete("/disbursements/{id:int}", DeleteDisbursement).RequireAuthorization(Policies.EditData).WithName(nameof(DeleteDisbursement))
            .WithSummary("删除误录的兑现记录");
        return grades;
    }

    /// <summary>
    /// The profile that judges a year's grades or fund: the one in force on 31 December of the year; a year before the
    /// first profile reads the first profile rather than failing (the command refuses a mistyped year).
    /// </summary>
    public static PolicyProfile ProfileOfYear(PolicyProfiles profiles, int year) =>
        year is >= 1 and <= 9998 && profiles.Set.TryInForceOn(new DateOnly(year, 12, 31), out var p) ? p : profiles.Set.Versions[0];

    public sealed record GradeDto(int Id, int CadreId, int Year, string GradeCode, string GradeLabel, int? OrgUnitId, string? OrgUnitName, GradeSource Source)
    {
        public static GradeDto Of(CadreYearlyGrade g) =>
            new(g.Id, g.CadreId, g.Year, g.GradeCode, AssessmentGrades.Label(g.GradeCode), g.OrgUnitId, g.OrgUnit?.Name, g.Source);
    }

    /// <summary>
    /// A cadre's grades with their uses: consecutive 优秀 years ending with the latest graded year; whether the results
    /// of the three years before this one are good (null: no grade there); whether last year's 不称职 blocks a
    /// promotion this year.
    /// </summary>
    public sealed record CadreGradesDto(GradeDto[] Grades, int ConsecutiveExcellentYears, bool? ResultsGood, bool PromotionBlocked);

    public sealed record GradeBody(string? GradeCode, int? OrgUnitId);

    public sealed record AwardDto(int Id, int CadreId, string? CadreName, AwardKind Kind, string KindLabel, string Title, string Event, DateOnly EventOn,
        DateOnly GrantedOn, bool IsGrassroots, string DocumentNumber, int Version)
    {
        public static AwardDto Of(Award a) => new(a.Id, a.CadreId, a.Cadre?.Name, a.Kind, Award.KindLabel(a.Kind), a.Title, a.Event, a.EventOn, a.GrantedOn,
            a.IsGrassroots, a.DocumentNumber, a.Version);
    }

    public sealed record AwardUpdate(int? Version, AwardInput Award);

    public sealed record AwardShareDto(int Year, DateOnly AsOf, int Awards, int Grassroots, decimal? Share, decimal? Minimum, bool? MeetsMinimum)
    {
        public static AwardShareDto Of(AwardShare s) => new(s.Year, s.AsOf, s.Awards, s.Grassroots, s.Share, s.Minimum, s.MeetsMinimum);
    }

    public sealed record DisbursementDto(int Id, int VillageId, int CadreId, int Year, decimal? Score, decimal AmountYuan, DateOnly PaidOn, int Version)
    {
        public static DisbursementDto Of(VillageFundDisbursement d) => new(d.Id, d.VillageId, d.CadreId, d.Year, d.Score, d.AmountYuan, d.PaidOn, d.Version);
    }

    public sealed record DisbursementUpdate(int? Version, DisbursementInput Disbursement);

    public sealed record AllocationDto(int TownshipId, string TownshipName, int Year, int Villages, decimal AllocatedYuan, decimal DisbursedYuan, decimal BalanceYuan)
    {
        public static AllocationDto Of(VillageFundAllocation a) => new(a.TownshipId, a.TownshipName, a.Year, a.Villages, a.AllocatedYuan, a.DisbursedYuan, a.BalanceYuan);
    }

    public static CadreGradesDto GradesWithUses(IReadOnlyList<CadreYearlyGrade> grades, DateOnly today)
    {
        var pairs = grades.Select(g => (g.Year, g.GradeCode)).ToList();
        var lastYear = grades.FirstOrDefault(g => g.Year == today.Year - 1)?.GradeCode;
        return new CadreGradesDto([.. grades.Select(GradeDto.Of)], GoodResults.ConsecutiveExcellentYears(pairs), GoodResults.Of(pairs, today.Year),
            PromotionGradeCheck.Refusal(lastYear, today) is not null);
    }

    public static async Task<Results<Ok<CadreGradesDto>, NotFound>> ListCadreGrades(
        int cadreId, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        await GradeCommands.ListAsync(db, CurrentUser.ScopeOf(user), cadreId, ct) is { } list
            ? TypedResults.Ok(GradesWithUses(list, ChinaTime.Today(clock)))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<GradeDto>, NotFound, ValidationProblem>> SaveCadreGrade(
        int cadreId, int year, GradeBody body, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, PolicyProfiles profiles, CancellationToken ct)
    {
        var result = await GradeCommands.SaveAsync(db, CurrentUser.ScopeOf(user), cadreId, new GradeInput(year, body.GradeCode, body.OrgUnitId),
            ProfileOfYear(profiles, year), ChinaTime.Today(clock), ct);
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        return result.Succeeded ? TypedResults.Ok(GradeDto.Of(result.Value!)) : ProblemResults.Invalid(result.Errors);
    }

    public static async Task<Results<NoContent, NotFound>> DeleteGrade(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await GradeCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Ok<GradeCommands.GradeRow[]>> SearchGrades(
        int? townshipId, int? year, string? gradeCode, int? take, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok((await GradeCommands.SearchAsync(db, CurrentUser.ScopeOf(user), year, gradeCode, townshipId, Math.Clamp(take ?? 500, 1, MaxRows), ct)).ToArray());

    public static async Task<Results<Ok<GradeTally>, NotFound, ValidationProblem>> GradeTallyOf(
        int? townshipId, int? year, JicengDbContext db, ClaimsPrincipal user, PolicyProfiles profiles, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (townshipId is null)
        {
            errors.Add(new FieldError("townshipId", "乡镇（街道）：必填"));
        }

        if (year is not (>= 1950 and <= 9998))
        {
            errors.Add(new FieldError("year", "考核年度：必填，应为四位年份"));
        }

        if (errors.Count > 0)
        {
            return ProblemResults.Invalid(errors);
        }

        return await GradeTally.OfAsync(db, CurrentUser.ScopeOf(user), townshipId!.Value, year!.Value, ProfileOfYear(profiles, year.Value), ct) is { } tally
            ? TypedResults.Ok(tally)
            : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<AwardDto[]>, NotFound>> ListCadreAwards(int cadreId, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await AwardCommands.ListForCadreAsync(db, CurrentUser.ScopeOf(user), cadreId, ct) is { } list ? TypedResults.Ok(list.Select(AwardDto.Of).ToArray()) : TypedResults.NotFound();

    public static async Task<Results<Created<AwardDto>, NotFound, ValidationProblem>> AddAward(
        int cadreId, AwardInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await AssessmentCommands.AddAwardAsync(db, CurrentUser.ScopeOf(user), cadreId, input, ChinaTime.Today(clock), ct),
            a => $"/api/v1/awards/{a.Id}", AwardDto.Of);

    public static async Task<Results<Ok<AwardRow[]>, ValidationProblem>> SearchAwards(
        int? year, AwardKind? kind, bool? grassroots, int? orgUnitId, int? cadreId, int? take, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        // The year becomes a date range in the query: outside DateOnly's years it must be refused, not thrown.
        if (year is < 1950 or > 9998)
        {
            return ProblemResults.Invalid([new FieldError("year", "年度：应为四位年份")]);
        }

        return TypedResults.Ok((await AwardCommands.SearchAsync(db, CurrentUser.ScopeOf(user), new AwardFilter(year, kind, grassroots, orgUnitId, cadreId),
            Math.Clamp(take ?? 500, 1, MaxRows), ct)).ToArray());
    }

    public static async Task<Results<Ok<AwardShareDto>, ValidationProblem>> AwardShareOf(
        int? year, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, PolicyProfiles profiles, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var y = year ?? today.Year;
        if (y is < 1950 or > 9998)
        {
            return ProblemResults.Invalid([new FieldError("year", "年度：应为四位年份")]);
        }

        return TypedResults.Ok(AwardShareDto.Of(await AwardCommands.ShareAsync(db, CurrentUser.ScopeOf(user), y, today, ProfileOfYear(profiles, y), ct)));
    }

    public static async Task<Results<Ok<AwardDto>, NotFound>> GetAward(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await AwardCommands.GetAsync(db, CurrentUser.ScopeOf(user), id, ct) is { } a ? TypedResults.Ok(AwardDto.Of(a)) : TypedResults.NotFound();

    public static async Task<Results<Ok<AwardDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAward(
        int id, AwardUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await AwardCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Award, update.Version, ChinaTime.Today(clock), ct),
            AwardDto.Of, a => a.Version, "该奖励");

    public static async Task<Results<NoContent, NotFound>> DeleteAward(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await AwardCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Results<Ok<AllocationDto[]>, ValidationProblem>> ListFundAllocations(
        int? year, int? townshipId, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, PolicyProfiles profiles, CancellationToken ct)
    {
        var y = year ?? ChinaTime.Today(clock).Year;
        if (y is < 2000 or > 9998)
        {
            return ProblemResults.Invalid([new FieldError("year", "年度：应在2000年以后")]);
        }

        return TypedResults.Ok((await VillageFundCommands.AllocationsAsync(db, CurrentUser.ScopeOf(user), y, ProfileOfYear(profiles, y), townshipId, ct))
            .Select(AllocationDto.Of).ToArray());
    }

    public static async Task<Ok<DisbursementRow[]>> ListDisbursements(
        int? townshipId, int? villageId, int? year, int? take, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok((await VillageFundCommands.SearchAsync(db, CurrentUser.ScopeOf(user), townshipId, villageId, year, Math.Clamp(take ?? 500, 1, MaxRows), ct)).ToArray());

    public static async Task<Results<Created<DisbursementDto>, NotFound, ValidationProblem>> AddDisbursement(
        DisbursementInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Created(await AssessmentCommands.AddDisbursementAsync(db, CurrentUser.ScopeOf(user), input, ChinaTime.Today(clock), ct),
            d => $"/api/v1/village-fund/disbursements/{d.Id}", DisbursementDto.Of);

    public static async Task<Results<Ok<DisbursementDto>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateDisbursement(
        int id, DisbursementUpdate update, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        CommandResponses.Updated(await VillageFundCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, update.Disbursement, update.Version, ChinaTime.Today(clock), ct),
            DisbursementDto.Of, d => d.Version, "该兑现记录");

    public static async Task<Results<NoContent, NotFound>> DeleteDisbursement(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await VillageFundCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
