using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Core.Policy;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Engine;
using Jiceng.Data.Engine.Ledger;
using Jiceng.Data.Measures.M04Promotion;
using Jiceng.Web.Auth;
using Jiceng.Web.Compliance;
using Jiceng.Web.Components.Shared;
using Microsoft.Extensions.Localization;

namespace Jiceng.Web.Export;

/// <summary>
/// /compliance/findings/export: the findings list as its page filters it (same query parameters as the page's address);
/// /moves/eligible/export: the cadres eligible to move after long remote service (R4.3), by name as the page searches.
/// Both within the user's scope, audited.
/// </summary>
public static class ComplianceExports
{
    public static void MapComplianceExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/compliance/findings/export", FindingsAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/moves/eligible/export", EligibleAsync).RequireAuthorization().ExcludeFromDescription();
    }

    private static async Task<IResult> FindingsAsync(
        FindingState? state, bool? overdue, Severity? severity, int? clause, int? township, string? rule,
        JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit, IStringLocalizer<SharedResource> labels, CancellationToken ct)
    {
        // As the page: no state chosen means every finding still to be dealt with.
        var filter = new LedgerFilter
        {
            State = state, OpenOnly = state is null, Overdue = overdue == true, Severity = severity, Clause = clause, TownshipId = township, Rule = rule,
        };
        var today = ChinaTime.Today(clock);
        var rows = await LedgerQueries.AllAsync(db, CurrentUser.ScopeOf(user), filter, today, XlsxExport.MaxRows, ct);
        XlsxColumn<FindingRecord>[] columns =
        [
            new("性质", f => labels.Enum(f.Severity)),
            new("规则", f => f.Rule),
            new("条款", f => ClauseCatalog.Get(f.Clause).Heading),
            new("对象", f => f.SubjectName),
            new("整改状态", f => labels.Enum(f.State)),
            new("已发现天数", f => LedgerReports.DaysOpen(f, today)),
            new("计划完成时限", f => f.PlannedDate),
            new("期限", f => f.Due),
            new("是否逾期", f => LedgerReports.IsOverdue(f, today) ? "逾期" : ""),
            new("实际", f => f.Measured),
            new("要求", f => f.Required),
            new("说明", f => f.Message),
            new("年度", f => f.Year),
        ];
        return await XlsxExport.FileAsync(audit, nameof(FindingRecord), filter with { Page = 0, PageSize = 0 }, rows, columns,
            "问题清单", $"问题清单-{Dates.Format(today)}.xlsx", ct);
    }

    private static async Task<IResult> EligibleAsync(
        string? q, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, PolicyProfiles profiles, IAuditLog audit, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var text = q?.Trim();
        var eligible = await EligibleRemoteCadres.ListAsync(db, CurrentUser.ScopeOf(user), profiles.InForceOn(today), today, ct);
        var rows = eligible.Where(f => EligibleRemoteCadres.Matches(f, text))
            .OrderBy(f => f.Due).ThenBy(f => f.Subject.Name, StringComparer.Ordinal).Take(XlsxExport.MaxRows).ToList();
        XlsxColumn<Finding>[] columns =
        [
            new("姓名", f => f.Subject.Name),
            new("符合交流条件日期", f => f.Due),
            new("艰苦边远地区服务情况", f => f.Message),
        ];
        return await XlsxExport.FileAsync(audit, "EligibleRemoteCadre", new { q = text }, rows, columns,
            "符合交流条件干部", $"符合交流条件干部-{Dates.Format(today)}.xlsx", ct);
    }
}
