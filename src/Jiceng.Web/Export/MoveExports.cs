using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Measures.M04Promotion;
using Jiceng.Web.Auth;
using Jiceng.Web.Compliance;
using Jiceng.Web.Components.Shared;
using Microsoft.Extensions.Localization;

namespace Jiceng.Web.Export;

/// <summary>/moves/export and /transfer-wishes/export: the lists as their pages filter and sort them, within the user's scope.</summary>
public static class MoveExports
{
    public static void MapMoveExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/moves/export", MovesAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/transfer-wishes/export", WishesAsync).RequireAuthorization().ExcludeFromDescription();
    }

    private static async Task<IResult> MovesAsync(
        string? q, int? year, MoveDirection? direction, MoveKind? kind, MoveStatus? status, int? orgUnitId, MoveSort? sort, bool? desc,
        JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit, IStringLocalizer<SharedResource> labels, CancellationToken ct)
    {
        var filter = new MoveFilter
        {
            Text = q, Year = year, Direction = direction, Kind = kind, Status = status, OrgUnitId = orgUnitId,
            Sort = sort ?? MoveSort.EffectiveOn, Descending = desc ?? true,
        };
        var rows = await MoveSearch.AllAsync(db, CurrentUser.ScopeOf(user), filter, XlsxExport.MaxRows, ct);
        XlsxColumn<MoveRow>[] columns =
        [
            new("姓名", r => r.CadreName),
            new("调出单位", r => r.FromUnit),
            new("调入单位", r => r.ToUnit),
            new("生效日期", r => r.EffectiveOn),
            new("方向", r => labels.Enum(r.Direction)),
            new("调动方式", r => labels.Enum(r.Kind)),
            new("状态", r => labels.Enum(r.Status)),
            new("文号", r => r.DocumentNumber ?? ""),
        ];
        return await XlsxExport.FileAsync(audit, nameof(CadreMove), filter with { Page = 0, PageSize = 0 }, rows, columns,
            "干部调动交流", $"干部调动交流-{Dates.Format(ChinaTime.Today(clock))}.xlsx", ct);
    }

    private static async Task<IResult> WishesAsync(
        string? q, int? year, WishState? state, int? orgUnitId, bool? sortByName, bool? desc,
        JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, PolicyProfiles profiles, IAuditLog audit, IStringLocalizer<SharedResource> labels,
        CancellationToken ct)
    {
        var filter = new WishFilter { Text = q, Year = year, State = state, OrgUnitId = orgUnitId, SortByName = sortByName ?? false, Descending = desc ?? true };
        var today = ChinaTime.Today(clock);
        var days = profiles.InForceOn(today).Int(Core.Policy.ParameterIds.P4.WishResponseDays);
        var rows = await WishSearch.AllAsync(db, CurrentUser.ScopeOf(user), filter, today, days, XlsxExport.MaxRows, ct);
        XlsxColumn<WishRow>[] columns =
        [
            new("姓名", r => r.CadreName),
            new("所在单位", r => r.UnitName),
            new("登记日期", r => r.RegisteredOn),
            new("答复期限", r => r.DueOn),
            new("意向去向", r => r.Destination),
            new("交流理由", r => r.Reason),
            new("答复日期", r => r.AnsweredOn is { } d ? Dates.Format(d) : ""),
            new("答复意见", r => r.Answer ?? ""),
            new("答复人", r => r.AnsweredBy ?? ""),
            new("状态", r => labels.Enum(r.State)),
        ];
        return await XlsxExport.FileAsync(audit, nameof(TransferWish), filter with { Page = 0, PageSize = 0 }, rows, columns,
            "交流意愿", $"交流意愿-{Dates.Format(today)}.xlsx", ct);
    }
}
