using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M07ErrorTolerance;
using Jiceng.Core.Policy;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Measures.M07ErrorTolerance;
using Jiceng.Web.Api;
using Jiceng.Web.Auth;
using Jiceng.Web.Compliance;
using Jiceng.Web.Components.Pages.Discipline;
using Microsoft.AspNetCore.Mvc;

namespace Jiceng.Web.Export;

/// <summary>
/// The clause 七 lists as xlsx, filtered as their pages: /discipline/sanctions/export, /discipline/cases/export,
/// /discipline/accusations/export and /discipline/eligible/export. No narrative (facts, notes, content) is ever written;
/// discipline readers only (others 403); every export audited with its filter and row count. Also a case step's documents.
/// </summary>
public static class DisciplineExports
{
    public static void MapDisciplineExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/discipline/sanctions/export", SanctionsAsync).RequireAuthorization(Policies.ReadDiscipline).ExcludeFromDescription();
        app.MapGet("/discipline/cases/export", CasesAsync).RequireAuthorization(Policies.ReadDiscipline).ExcludeFromDescription();
        app.MapGet("/discipline/accusations/export", AccusationsAsync).RequireAuthorization(Policies.ReadDiscipline).ExcludeFromDescription();
        app.MapGet("/discipline/eligible/export", EligibleAsync).RequireAuthorization(Policies.ReadDiscipline).ExcludeFromDescription();
        app.MapGet("/discipline/cases/{id:int}/steps/{stepId:int}/attachments/{attachmentId:long}", DownloadAsync).RequireAuthorization(Policies.ReadDiscipline).ExcludeFromDescription();
    }

    /// <summary>
    /// A case step's document, the page's link (the API serves the same through <see cref="AuditedAttachmentAsync"/>):
    /// a sensitive read, audited; a miss (absent or out of scope, never told apart) is audited as a denial.
    /// </summary>
    private static async Task<IResult> DownloadAsync(int id, int stepId, long attachmentId, JicengDbContext db, ClaimsPrincipal user, IAuditLog audit,
        Data.Security.ISensitiveReadAuditor auditor, CancellationToken ct) =>
        await AuditedAttachmentAsync(db, user, audit, auditor, id, stepId, attachmentId, ct) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : TypedResults.NotFound();

    internal static async Task<CaseStepAttachment?> AuditedAttachmentAsync(JicengDbContext db, ClaimsPrincipal user, IAuditLog audit,
        Data.Security.ISensitiveReadAuditor auditor, int id, int stepId, long attachmentId, CancellationToken ct)
    {
        var file = await CaseAttachmentCommands.ReadAsync(db, CurrentUser.ScopeOf(user), id, stepId, attachmentId, auditor, ct);
        if (file is null)
        {
            await audit.WriteAsync(AuditAction.AccessDenied, AuditOutcome.Failure, CaseAttachmentCommands.RecordType, CaseAttachmentCommands.RecordId(id, stepId, attachmentId),
                new { reason = "not-found-or-out-of-scope" }, ct: ct);
        }

        return file;
    }

    private static async Task<IResult> SanctionsAsync(
        [FromQuery] string? q, [FromQuery] int? orgUnitId, [FromQuery] SanctionKind? kind, [FromQuery] bool? inForce, [FromQuery] int? year,
        JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, PolicyProfiles profiles, IAuditLog audit, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var filter = new SanctionFilter { Text = q, OrgUnitId = orgUnitId, Kind = kind, InForce = inForce, Year = year };
        var rows = (await SanctionCommands.AllAsync(db, CurrentUser.ScopeOf(user), filter, DisciplineParameters.On(profiles, today).Periods, today, ct)).Take(XlsxExport.MaxRows).ToList();
        XlsxColumn<SanctionRow>[] columns =
        [
            new("姓名", r => r.CadreName),
            new("所在单位", r => r.UnitName),
            new("处分种类", r => r.Kind.Label()),
            new("生效日期", r => r.EffectiveOn),
            new("影响期至", r => r.PeriodEnd()),
            new("状态", r => StateLabel(r.StateOn(today))),
            new("撤销日期", r => r.RevokedOn),
            new("容错免责日期", r => r.ExemptedOn),
            new("决定机关", r => r.Authority),
            new("文号", r => r.DocumentNumber),
        ];
        return await XlsxExport.FileAsync(audit, nameof(Sanction), new { q, orgUnitId, kind, inForce, year }, rows, columns, "处分", $"干部处分-{Dates.Format(today)}.xlsx", ct);
    }

    private static async Task<IResult> CasesAsync(
        [FromQuery] bool? open, [FromQuery] CaseStage? stage, [FromQuery] bool? overdue,
        JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, PolicyProfiles profiles, IAuditLog audit, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var caseDays = DisciplineParameters.On(profiles, today).CaseDays;
        var rows = CaseListFilter.Apply(await CaseCommands.ListAsync(db, CurrentUser.ScopeOf(user), null, open, ct), stage, overdue == true, caseDays, today)
            .Take(XlsxExport.MaxRows).ToList();
        XlsxColumn<CaseRow>[] columns =
        [
            new("姓名", r => r.CadreName),
            new("所在单位", r => r.UnitName),
            new("受理日期", r => r.ReceivedOn),
            new("当前环节", r => ErrorToleranceValidator.Label(r.Stage)),
            new("决定结果", r => r.Decision is { } d ? ErrorToleranceValidator.Label(d) : "未决定"),
            new("决定日期", r => r.DecidedOn),
            new("已用天数", r => r.DaysOpen(today)),
            new("认定时限（天）", r => caseDays),
            new("是否超期", r => r.Overdue(caseDays, today)),
        ];
        return await XlsxExport.FileAsync(audit, nameof(ToleranceCase), new { open, stage, overdue }, rows, columns, "容错纠错案件", $"容错纠错案件-{Dates.Format(today)}.xlsx", ct);
    }

    private static async Task<IResult> AccusationsAsync(
        [FromQuery] AccusationConclusion? conclusion, [FromQuery] ClarificationState? clarification,
        JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, PolicyProfiles profiles, IAuditLog audit, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var days = DisciplineParameters.On(profiles, today).ClarifyDays;
        var rows = AccusationListFilter.Apply(await AccusationCommands.ListAsync(db, CurrentUser.ScopeOf(user), null, ct), conclusion, clarification, days, today)
            .Take(XlsxExport.MaxRows).ToList();
        XlsxColumn<AccusationRow>[] columns =
        [
            new("姓名", r => r.CadreName),
            new("所在单位", r => r.UnitName),
            new("收到日期", r => r.ReceivedOn),
            new("来源", r => r.Source),
            new("核查结论", r => ConclusionLabel(r.Conclusion)),
            new("办结日期", r => r.ConcludedOn),
            new("澄清期限", r => r.ClarifyDueOn(days)),
            new("澄清状态", r => ClarificationLabel(r.Clarification(days, today))),
            new("澄清日期", r => r.ClarifiedOn),
            new("澄清方式", r => r.ClarifyMethod),
            new("澄清范围", r => r.ClarifyScope),
        ];
        return await XlsxExport.FileAsync(audit, nameof(Accusation), new { conclusion, clarification }, rows, columns, "信访举报", $"信访举报与澄清正名-{Dates.Format(today)}.xlsx", ct);
    }

    private static async Task<IResult> EligibleAsync(
        [FromQuery] string? asOf, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, PolicyProfiles profiles, IAuditLog audit, CancellationToken ct)
    {
        var day = asOf is null ? ChinaTime.Today(clock) : DisciplineForms.Day(asOf);
        var (rows, error) = await EligibleCadre.ListAsync(db, CurrentUser.ScopeOf(user), profiles, day);
        if (error is not null)
        {
            return ProblemResults.Invalid([new FieldError("asOf", error)]);
        }

        XlsxColumn<EligibleCadre>[] columns =
        [
            new("姓名", r => r.Name),
            new("所在单位", r => r.UnitName),
            new("可使用日期", r => r.Since),
            new("依据", r => r.Basis),
        ];
        return await XlsxExport.FileAsync(audit, "EligibleSanctionedCadre", new { asOf = day }, rows, columns, "影响期满可使用", $"影响期满可使用干部-{Dates.Format(day!.Value)}.xlsx", ct);
    }

    private static string StateLabel(SanctionState s) => s switch
    {
        SanctionState.InPeriod => "影响期内",
        SanctionState.Ended => "影响期满",
        SanctionState.Revoked => "已撤销",
        SanctionState.Lifted => "容错免责",
        _ => "",
    };

    private static string ConclusionLabel(AccusationConclusion? c) => c switch
    {
        AccusationConclusion.True => "属实",
        AccusationConclusion.PartlyTrue => "部分属实",
        AccusationConclusion.Untrue => "不实",
        AccusationConclusion.FalseAccusation => "诬告",
        _ => "待核查",
    };

    private static string ClarificationLabel(ClarificationState s) => s switch
    {
        ClarificationState.NotNeeded => "无需澄清",
        ClarificationState.Due => "待澄清",
        ClarificationState.Overdue => "逾期未澄清",
        ClarificationState.Done => "已澄清",
        ClarificationState.Late => "逾期后澄清",
        _ => "",
    };
}
