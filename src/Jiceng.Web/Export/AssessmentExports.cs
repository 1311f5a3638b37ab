using System.Security.Claims;
using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Measures.M05Assessment;
using Jiceng.Web.Auth;

namespace Jiceng.Web.Export;

/// <summary>/assessment/grades/export: the annual grades as the grade page filters them (township with its subtree, year), within the user's scope.</summary>
public static class AssessmentExports
{
    public static void MapAssessmentExports(this IEndpointRouteBuilder app) =>
        app.MapGet("/assessment/grades/export", GradesAsync).RequireAuthorization().ExcludeFromDescription();

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
