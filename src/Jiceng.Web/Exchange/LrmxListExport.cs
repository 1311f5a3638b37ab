using System.Security.Claims;
using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Cadres;
using Jiceng.Data.Exchange;
using Jiceng.Web.Auth;

namespace Jiceng.Web.Exchange;

/// <summary>
/// /cadres/lrmx: the cadre list as the page filters it (same query parameters as /cadres/export), within the user's
/// scope, as a zip of 任免审批表 files. The files carry full ID numbers and the family, so only the roles that may reveal
/// ID numbers get them; audited by <see cref="LrmxExport.ZipAsync"/>. More than <see cref="MaxCadres"/> cadres are
/// refused with a Chinese message (narrow the filter).
/// </summary>
public static class LrmxListExport
{
    public const int MaxCadres = 500;

    public static void MapLrmxListExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/cadres/lrmx", ExportAsync).RequireAuthorization(Policies.RevealIdNumber).ExcludeFromDescription();

    private static async Task<IResult> ExportAsync(
        string? q, int? orgUnitId, CadreCategory? category, Sex? sex, EducationLevel? education, AgeBand? ageBand, CadreSort? sort, bool? desc,
        JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var filter = new CadreFilter
        {
            Text = q, OrgUnitId = orgUnitId, Category = category, Sex = sex, Education = education, AgeBand = ageBand,
            Sort = sort ?? CadreSort.Name, Descending = desc ?? false,
        };
        var scope = CurrentUser.ScopeOf(user);
        var today = ChinaTime.Today(clock);
        var ids = await CadreSearch.IdsAsync(db, scope, filter, today, MaxCadres + 1, ct);
        if (ids.Count > MaxCadres)
        {
            return TypedResults.Text($"所选干部超过 {MaxCadres} 名：请缩小筛选范围后再导出任免审批表", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        if (ids.Count == 0)
        {
            return TypedResults.Text("没有符合条件的干部", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var zip = new MemoryStream();
        await LrmxExport.ZipAsync(db, scope, ids, zip, ct);
        zip.Position = 0;
        return TypedResults.File(zip, "application/zip", $"任免审批表-{Dates.Format(today)}.zip");
    }
}
