using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Ranks;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Ranks;
using Jiceng.Web.Auth;

namespace Jiceng.Web.Export;

/// <summary>/rank-quotas/export: the quota page's table (职数、在任、空缺、外单位占用) on a day, within the user's scope.</summary>
public static class RankQuotaExport
{
    public static void MapRankQuotaExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/rank-quotas/export", ExportAsync).RequireAuthorization().ExcludeFromDescription();

    private static async Task<IResult> ExportAsync(
        DateOnly? day, int? orgUnitId, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit, CancellationToken ct)
    {
        var on = day ?? ChinaTime.Today(clock);
        var rows = await RankQuotaUsage.OnAsync(db, CurrentUser.ScopeOf(user), on, orgUnitId, ct);
        XlsxColumn<RankQuotaUseRow>[] columns =
        [
            new("单位", r => r.UnitName),
            new("职级", r => r.RankLabel),
            new("职数", r => r.Quota),
            new("在任", r => r.Holders),
            new("空缺", r => r.Free),
            new("外单位占用", r => string.Join("、", r.Foreign.Select(h => $"{h.CadreName}（{h.CadreUnitName}）"))),
        ];
        return await XlsxExport.FileAsync(audit, nameof(RankQuota), new { day = on, orgUnitId }, rows, columns,
            "职级职数", $"职级职数-{Dates.Format(on)}.xlsx", ct);
    }
}
