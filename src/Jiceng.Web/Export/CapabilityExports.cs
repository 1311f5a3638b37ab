using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M02Capability;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Measures.M02Capability;
using Jiceng.Web.Api;
using Jiceng.Web.Auth;
using Jiceng.Web.Components.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Jiceng.Web.Export;

/// <summary>/trainings/export and /secondments/export: the lists as their pages filter and sort them, within the user's scope.</summary>
public static class CapabilityExports
{
    public static void MapCapabilityExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/trainings/export", TrainingsAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/secondments/export", SecondmentsAsync).RequireAuthorization().ExcludeFromDescription();
    }

    private static async Task<IResult> TrainingsAsync([AsParameters] CapabilityListQuery q, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock,
        IAuditLog audit, IStringLocalizer<SharedResource> labels, CancellationToken ct)
    {
        if (q.Validate() is { Count: > 0 } errors)
        {
            return ProblemResults.Invalid(errors);
        }

        var filter = q.ToFilter() with { Page = 1, PageSize = 0 };
        var rows = await CapabilitySearch.AllTrainingsAsync(db, CurrentUser.ScopeOf(user), filter, XlsxExport.MaxRows, ct);
        XlsxColumn<TrainingListItem>[] columns =
        [
            new("姓名", r => r.CadreName),
            new("所在单位", r => r.OrgUnitName),
            new("培训类别", r => labels.Enum(r.Kind)),
            new("培训名称", r => r.Title),
            new("举办单位", r => r.Provider),
            new("举办单位层级", r => labels.Enum(r.ProviderLevel)),
            new("开始日期", r => r.Start),
            new("结束日期", r => r.End),
            new("培训天数", r => r.Days),
            new("结业证书编号", r => r.CertificateNumber),
        ];
        return await XlsxExport.FileAsync(audit, nameof(TrainingRecord), filter, rows, columns, "培训记录", $"培训记录-{Dates.Format(ChinaTime.Today(clock))}.xlsx", ct);
    }

    private static async Task<IResult> SecondmentsAsync([AsParameters] CapabilityListQuery q, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock,
        IAuditLog audit, IStringLocalizer<SharedResource> labels, CancellationToken ct)
    {
        if (q.Validate() is { Count: > 0 } errors)
        {
            return ProblemResults.Invalid(errors);
        }

        var filter = q.ToFilter() with { Page = 1, PageSize = 0 };
        var rows = await CapabilitySearch.AllSecondmentsAsync(db, CurrentUser.ScopeOf(user), filter, XlsxExport.MaxRows, ct);
        XlsxColumn<SecondmentListItem>[] columns =
        [
            new("姓名", r => r.CadreName),
            new("所在单位", r => r.OrgUnitName),
            new("挂职单位（地区）", r => r.Place),
            new("挂职去向", r => labels.Enum(r.Destination)),
            new("挂职单位层级", r => labels.Enum(r.Level)),
            new("挂职职务", r => r.PostTitle),
            new("开始日期", r => r.Start),
            new("结束日期", r => r.End),
        ];
        return await XlsxExport.FileAsync(audit, nameof(Secondment), filter, rows, columns, "挂职记录", $"挂职记录-{Dates.Format(ChinaTime.Today(clock))}.xlsx", ct);
    }
}
