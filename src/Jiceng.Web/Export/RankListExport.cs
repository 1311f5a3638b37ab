using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Ranks;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Ranks;
using Jiceng.Web.Auth;

namespace Jiceng.Web.Export;

/// <summary>/ranks/export: the rank list (职级名册) as the page filters it (same query parameters), within the user's scope.</summary>
public static class RankListExport
{
    public static void MapRankListExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/ranks/export", ExportAsync).RequireAuthorization().ExcludeFromDescription();

    private static async Task<IResult> ExportAsync(
        string? q, int? orgUnitId, string? rankCode, DateOnly? from, DateOnly? to, bool? heldOnly, RankSort? sort, bool? desc,
        JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit, CancellationToken ct)
    {
        var filter = new RankFilter
        {
            Text = q, OrgUnitId = orgUnitId, RankCode = rankCode, From = from, To = to, HeldOnly = heldOnly ?? false,
            Sort = sort ?? RankSort.Start, Descending = desc ?? false, Page = 0, PageSize = 0,
        };
        var rows = await RankSearch.AllAsync(db, CurrentUser.ScopeOf(user), filter, XlsxExport.MaxRows, ct);
        XlsxColumn<RankListItem>[] columns =
        [
            new("姓名", r => r.CadreName),
            new("所在单位", r => r.CadreUnitName),
            new("职级", r => r.RankLabel),
            new("任职时间", r => r.Start),
            new("免职时间", r => r.End),
            new("职数使用单位", r => r.QuotaUnitName),
            new("文号", r => r.DocumentNumber),
        ];
        return await XlsxExport.FileAsync(audit, nameof(RankAssignment), filter, rows, columns,
            "职级名册", $"职级名册-{Dates.Format(ChinaTime.Today(clock))}.xlsx", ct);
    }
}
