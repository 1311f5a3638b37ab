using System.Security.Claims;
using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Measures.M05Assessment;
using Jiceng.Web.Auth;

namespace Jiceng.Web.Export;

/// <summary>
/// Clause 五's lists as xlsx, filtered as their pages and within the user's scope, each audited with its filter and row
/// count: /assessment/grades/export (township with its subtree, year), /awards/export (township with its subtree, grant
/// year, kind) and /village-fund/export (the disbursements of a township and year).
/// </summary>
public static class AssessmentExports
{
    public static void MapAssessmentExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assessment/grades/export", GradesAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/awards/export", AwardsAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/village-fund/export", DisbursementsAsync).RequireAuthorization().ExcludeFromDescription();
    }

    private static async Task<IResult> AwardsAsync(
        int? townshipId, int? year, Core.Measures.M05Assessment.AwardKind? kind, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit,
        CancellationToken ct)
    {
        // The year becomes a date range in the query: a year outside DateOnly's is read as no year filter.
        var y = year is >= 1950 and <= 9998 ? year : null;
        var rows = await AwardCommands.SearchAsync(db, CurrentUser.ScopeOf(user), new AwardFilter(y, kind, null, townshipId), XlsxExport.MaxRows, ct);
        XlsxColumn<AwardRow>[] columns =
        [
            new("姓名", r => r.CadreName),
            new("所在单位", r => r.UnitName),
            new("奖励种类", r => r.KindLabel),
            new("奖励名称", r => r.Title),
            new("事迹", r => r.Event),
            new("事迹发生日期", r => r.EventOn),
            new("授予日期", r => r.GrantedOn),
            new("基层干部", r => r.IsGrassroots ? "是" : "否"),
            new("文号", r => r.DocumentNumber),
        ];
        return await XlsxExport.FileAsync(audit, nameof(Core.Measures.M05Assessment.Award), new { townshipId, year = y, kind }, rows, columns,
            "奖励", $"干部奖励-{Dates.Format(ChinaTime.Today(clock))}.xlsx", ct);
    }

    private static async Task<IResult> DisbursementsAsync(
        int? townshipId, int? villageId, int? year, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit, CancellationToken ct)
    {
        var rows = await VillageFundCommands.SearchAsync(db, CurrentUser.ScopeOf(user), townshipId, villageId, year, XlsxExport.MaxRows, ct);
        XlsxColumn<DisbursementRow>[] columns =
        [
            new("乡镇（街道）", r => r.TownshipName),
            new("村（社区）", r => r.VillageName),
            new("姓名", r => r.CadreName),
            new("年度", r => r.Year),
            new("考核得分", r => r.Score),
            new("兑现金额（元）", r => r.AmountYuan),
            new("发放日期", r => r.PaidOn),
        ];
        return await XlsxExport.FileAsync(audit, nameof(Core.Measures.M05Assessment.VillageFundDisbursement), new { townshipId, villageId, year }, rows, columns,
            "绩效考核资金兑现", $"村两委绩效考核资金兑现-{Dates.Format(ChinaTime.Today(clock))}.xlsx", ct);
    }

    private static async Task<IResult> GradesAsync(
        int? townshipId, int? year, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit, CancellationToken ct)
    {
        var rows = await GradeCommands.SearchAsync(db, CurrentUser.ScopeOf(user), year, null, townshipId, XlsxExport.MaxRows, ct);
        XlsxColumn<GradeCommands.GradeRow>[] columns =
        [
            new("姓名", r => r.CadreName),
            new("考核年度", r => r.Year),
            new("考核等次", r => r.GradeLabel),
            new("考核单位", r => r.UnitName),
            new("来源", r => r.Source switch { Core.Measures.M05Assessment.GradeSource.Lrmx => "任免表导入", Core.Measures.M05Assessment.GradeSource.Entered => "录入", _ => "批量导入" }),
        ];
        return await XlsxExport.FileAsync(audit, nameof(CadreYearlyGrade), new { townshipId, year }, rows, columns,
            "年度考核等次", $"年度考核等次-{Dates.Format(ChinaTime.Today(clock))}.xlsx", ct);
    }
}
