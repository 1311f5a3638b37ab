using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M03Staffing;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Measures.M03Staffing;
using Jiceng.Web.Auth;
using Jiceng.Web.Components.Shared;
using Microsoft.Extensions.Localization;

namespace Jiceng.Web.Export;

/// <summary>
/// The clause 三 lists as xlsx, with the pages' filters and sorting (same query parameters), within the user's scope:
/// /staffing/export (establishment, staffing, vacancies), /staffing/positions/export, /staffing/agencies/export.
/// </summary>
public static class StaffingExports
{
    public static void MapStaffingExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/staffing/export", EstablishmentsAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/staffing/positions/export", PositionsAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/staffing/agencies/export", AgenciesAsync).RequireAuthorization().ExcludeFromDescription();
    }

    private static async Task<IResult> EstablishmentsAsync(
        string? q, EstablishmentKind? kind, bool? townships, StaffingStatus? status, bool? all, StaffingSort? sort, bool? desc,
        JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit, IStringLocalizer<SharedResource> labels, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var filter = new StaffingFilter
        {
            Text = q, Kind = kind, Townships = townships, Status = status, Day = all == true ? null : today, Sort = sort ?? StaffingSort.Unit, Descending = desc ?? false,
        };
        var rows = await StaffingOverview.AllAsync(db, CurrentUser.ScopeOf(user), filter, XlsxExport.MaxRows, ct);
        XlsxColumn<StaffingRow>[] columns =
        [
            new("单位", r => r.OrgUnitName),
            new("编制类型", r => labels.Enum(r.Kind)),
            new("核定编制数", r => r.Approved),
            new("实有人数", r => r.Staff),
            new("空编", r => r.Vacancies),
            new("超编", r => r.Over),
            new("起始日期", r => r.From),
            new("截止日期", r => r.To),
            new("批准文号", r => r.Document ?? ""),
        ];
        return await XlsxExport.FileAsync(audit, nameof(EstablishmentQuota), filter with { Page = 0, PageSize = 0 }, rows, columns,
            "编制与实有人数", $"编制与实有人数-{Dates.Format(today)}.xlsx", ct);
    }

    private static async Task<IResult> PositionsAsync(
        string? q, int? year, bool? remote, int? ratioAbove, PositionSort? sort, bool? desc,
        JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit, CancellationToken ct)
    {
        var filter = new PositionFilter { Text = q, Year = year, Remote = remote, RatioAbove = ratioAbove, Sort = sort ?? PositionSort.Year, Descending = desc ?? false };
        var rows = await RecruitmentPositionCommands.AllAsync(db, CurrentUser.ScopeOf(user), filter, XlsxExport.MaxRows, ct);
        XlsxColumn<RecruitmentPosition>[] columns =
        [
            new("招录年度", r => r.Year),
            new("招录单位", r => r.OrgUnit?.Name ?? ""),
            new("艰苦边远", r => r.OrgUnit?.IsRemoteHardship == true ? "是" : "否"),
            new("岗位名称", r => r.Title),
            new("招录人数", r => r.Hires),
            new("开考比例", r => $"{r.ExamRatio}:1"),
            new("不限专业", r => r.AnyMajor ? "是" : "否"),
            new("放宽学历", r => r.RelaxedEducation ? "是" : "否"),
            new("放宽年龄", r => r.RelaxedAge ? "是" : "否"),
        ];
        return await XlsxExport.FileAsync(audit, nameof(RecruitmentPosition), filter with { Page = 0, PageSize = 0 }, rows, columns,
            "招录岗位", $"招录岗位-{Dates.Format(ChinaTime.Today(clock))}.xlsx", ct);
    }

    private static async Task<IResult> AgenciesAsync(
        string? q, bool? withoutOpinion, bool? includeEnded, AgencySort? sort, bool? desc,
        JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var filter = new AgencyFilter
        {
            Text = q, WithoutOpinionOnly = withoutOpinion ?? false, IncludeEnded = includeEnded ?? false, Sort = sort ?? AgencySort.Township, Descending = desc ?? false,
        };
        var rows = await DispatchedAgencyCommands.AllAsync(db, CurrentUser.ScopeOf(user), filter, today, XlsxExport.MaxRows, ct);
        XlsxColumn<AgencyRow>[] columns =
        [
            new("机构名称", r => r.Name),
            new("所在乡镇", r => r.TownshipName),
            new("派出部门", r => r.DepartmentName),
            new("设立日期", r => r.From),
            new("撤销日期", r => r.To),
            new("负责人考核任免事项", r => r.Events),
            new("未及时征求乡镇党委意见", r => r.WithoutOpinion),
        ];
        return await XlsxExport.FileAsync(audit, nameof(DispatchedAgency), filter with { Page = 0, PageSize = 0 }, rows, columns,
            "派驻机构", $"派驻机构-{Dates.Format(today)}.xlsx", ct);
    }
}
