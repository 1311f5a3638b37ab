using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M01TeamBuilding;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Measures.M01TeamBuilding;
using Jiceng.Web.Auth;
using Jiceng.Web.Components.Shared;
using Microsoft.Extensions.Localization;

namespace Jiceng.Web.Export;

/// <summary>
/// /team-building/candidate-pool/export and /team-building/commendations/export: the two lists of clause 一 as their
/// pages filter them (same query parameters), within the user's scope; audited by <see cref="XlsxExport"/>.
/// </summary>
public static class TeamBuildingExport
{
    public static void MapTeamBuildingExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/team-building/candidate-pool/export", PoolAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/team-building/commendations/export", CommendationsAsync).RequireAuthorization().ExcludeFromDescription();
    }

    private static async Task<IResult> PoolAsync(
        string? q, int? townshipId, CandidateSource? source, PoolStatus? status, PoolSort? sort, bool? desc,
        JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit, IStringLocalizer<SharedResource> labels, CancellationToken ct)
    {
        var filter = new PoolFilter
        {
            Text = q, OrgUnitId = townshipId, Source = source, Status = status ?? PoolStatus.InForce, Sort = sort ?? PoolSort.From, Descending = desc ?? false,
        };
        var today = ChinaTime.Today(clock);
        var rows = await CandidatePoolCommands.AllAsync(db, CurrentUser.ScopeOf(user), filter, today, XlsxExport.MaxRows, ct);
        XlsxColumn<PoolRow>[] columns =
        [
            new("姓名", r => r.CadreName),
            new("推荐乡镇（街道）", r => r.Township),
            new("人选来源", r => labels.Enum(r.Source)),
            new("入库日期", r => r.From),
            new("出库日期", r => r.To),
            new("出库原因", r => labels.Enum(r.LeaveReason)),
            new("备注", r => r.Note),
        ];
        return await XlsxExport.FileAsync(audit, nameof(CandidatePoolEntry), filter with { Page = 0, PageSize = 0 }, rows, columns,
            "推荐人选库", $"推荐人选库-{Dates.Format(today)}.xlsx", ct);
    }

    private static async Task<IResult> CommendationsAsync(
        string? q, int? orgUnitId, CommendationKind? kind, AwardLevel? level, int? year, CommendationSort? sort, bool? desc,
        JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit, IStringLocalizer<SharedResource> labels, CancellationToken ct)
    {
        var filter = new CommendationFilter
        {
            Text = q, OrgUnitId = orgUnitId, Kind = kind, Level = level, Year = year, Sort = sort ?? CommendationSort.AwardedOn, Descending = desc ?? true,
        };
        var rows = await CommendationCommands.AllAsync(db, CurrentUser.ScopeOf(user), filter, XlsxExport.MaxRows, ct);
        XlsxColumn<CommendationRow>[] columns =
        [
            new("姓名", r => r.CadreName),
            new("所在单位", r => r.UnitName),
            new("表彰名称", r => r.Title),
            new("表彰类别", r => labels.Enum(r.Kind)),
            new("授予机关", r => r.AwardingBody),
            new("授予机关级别", r => labels.Enum(r.Level)),
            new("表彰日期", r => r.AwardedOn),
        ];
        return await XlsxExport.FileAsync(audit, nameof(Commendation), filter with { Page = 0, PageSize = 0 }, rows, columns,
            "表彰奖励", $"表彰奖励-{Dates.Format(ChinaTime.Today(clock))}.xlsx", ct);
    }
}
