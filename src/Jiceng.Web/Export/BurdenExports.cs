using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M06Burden;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Measures.M06Burden;
using Jiceng.Web.Api;
using Jiceng.Web.Auth;
using Jiceng.Web.Compliance;

namespace Jiceng.Web.Export;

/// <summary>
/// The clause 六 township burden table as xlsx (/burden/export?year=), within the user's scope and audited like every
/// export: per township, inspections against the cap and last year, meetings, documents and forms this year and last.
/// </summary>
public static class BurdenExports
{
    public static void MapBurdenExports(this IEndpointRouteBuilder app) =>
        app.MapGet("/burden/export", TownshipsAsync).RequireAuthorization().ExcludeFromDescription();

    private static async Task<IResult> TownshipsAsync(
        int? year, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit, PolicyProfiles profiles, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var y = year ?? today.Year;
        if (!BurdenOverview.IsViewYear(y))
        {
            return ProblemResults.Invalid([new FieldError("year", "年度：应为2000至9998之间的四位年份")]);
        }

        var cap = BurdenApi.ProfileOfYear(profiles, y, today).Int(Core.Policy.ParameterIds.P6.MaxInspectionsPerTownship);
        var rows = await BurdenOverview.TownshipsAsync(db, CurrentUser.ScopeOf(user), y, ct);
        XlsxColumn<TownshipBurden>[] columns =
        [
            new("乡镇（街道）", r => r.Township),
            new("年度", r => r.Year),
            new("督查检查考核", r => r.Inspections),
            new("次数上限", _ => cap),
            new("超过上限", r => r.Inspections > cap ? "是" : "否"),
            new("其中计划外或未经审批", r => r.Unplanned),
            new("上年督查检查考核", r => r.InspectionsLastYear),
            new("会议", r => r.Meetings),
            new("上年会议", r => r.MeetingsLastYear),
            new("发文", r => r.Documents),
            new("上年发文", r => r.DocumentsLastYear),
            new("填表报数", r => r.Forms),
            new("上年填表报数", r => r.FormsLastYear),
            new("待核实的反映", r => r.PendingReports),
        ];
        return await XlsxExport.FileAsync(audit, nameof(BurdenCount), new { year = y }, rows, columns,
            "乡镇负担", $"乡镇负担-{y}-{Dates.Format(today)}.xlsx", ct);
    }
}
