using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.OrgUnits;
using Jiceng.Web.Auth;
using Jiceng.Web.Components.Shared;
using Microsoft.Extensions.Localization;

namespace Jiceng.Web.Export;

/// <summary>/org/export: the org units (townships, villages, departments) in scope, in tree order, with their cadre counts.</summary>
public static class OrgUnitExport
{
    public static void MapOrgUnitExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/org/export", ExportAsync).RequireAuthorization().ExcludeFromDescription();

    private static async Task<IResult> ExportAsync(
        OrgUnitKind? kind, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit, IStringLocalizer<SharedResource> labels, CancellationToken ct)
    {
        var all = await OrgUnitCommands.ListAsync(db, CurrentUser.ScopeOf(user), ct);
        var names = all.ToDictionary(u => u.Id, u => u.Name);
        var rows = all.Where(u => kind is null || u.Kind == kind).Take(XlsxExport.MaxRows).ToList();
        XlsxColumn<OrgUnitRow>[] columns =
        [
            new("代码", u => u.Code),
            new("名称", u => u.Name),
            new("类别", u => labels.Enum(u.Kind)),
            new("上级单位", u => u.ParentId is { } p ? names.GetValueOrDefault(p, "") : ""),
            new("艰苦边远", u => u.IsRemoteHardship),
            new("干部人数", u => u.CadreCount),
        ];
        return await XlsxExport.FileAsync(audit, nameof(OrgUnit), new { kind }, rows, columns,
            "组织机构", $"组织机构-{Dates.Format(ChinaTime.Today(clock))}.xlsx", ct);
    }
}
