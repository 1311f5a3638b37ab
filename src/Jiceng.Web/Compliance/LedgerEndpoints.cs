using System.Globalization;
using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Org;
using Jiceng.Core.Policy;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Engine;
using Jiceng.Data.Engine.Ledger;
using Jiceng.Data.OrgUnits;
using Jiceng.Web.Audit;
using Jiceng.Web.Auth;
using Jiceng.Web.Components.Shared;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Jiceng.Web.Compliance;

/// <summary>
/// The ledger pages' files: an explanation's attachment (a sensitive read, audited) and a township's ledger as xlsx
/// (an export, audited). Both through the user's scope: outside it a finding or township does not exist (404, audited).
/// </summary>
public static class LedgerEndpoints
{
    public static void MapLedgerFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/compliance/findings/{id:long}/attachments/{attachmentId:long}", DownloadAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/compliance/ledger/export", ExportAsync).RequireAuthorization().ExcludeFromDescription();
    }

    private static async Task<IResult> DownloadAsync(long id, long attachmentId, JicengDbContext db, ClaimsPrincipal user, IAuditLog audit, CancellationToken ct) =>
        await AuditedAttachmentAsync(db, user, audit, id, attachmentId, ct) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : TypedResults.NotFound();

    /// <summary>
    /// An explanation's attachment inside the user's scope, its reading audited as sensitive; a miss (absent or out of
    /// scope, never told apart) is audited as a denial. The page's link and the API both serve files through this.
    /// </summary>
    internal static async Task<FindingAttachment?> AuditedAttachmentAsync(
        JicengDbContext db, ClaimsPrincipal user, IAuditLog audit, long id, long attachmentId, CancellationToken ct)
    {
        var recordId = $"{id}/{attachmentId}";
        if (await LedgerQueries.AttachmentAsync(db, CurrentUser.ScopeOf(user), id, attachmentId, ct) is not { } file)
        {
            await audit.WriteAsync(AuditAction.AccessDenied, AuditOutcome.Failure, nameof(FindingAttachment), recordId, new { reason = "not-found-or-out-of-scope" }, ct: ct);
            return null;
        }

        await audit.SensitiveReadAsync(nameof(FindingAttachment), recordId, "Content", ct);
        return file;
    }

    private static async Task<IResult> ExportAsync(int? township, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit,
        IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var scope = CurrentUser.ScopeOf(user);
        var unit = township is { } tid ? await OrgUnitCommands.GetAsync(db, scope, tid, ct) : null;
        if (unit is not { Kind: var kind } || !kind.IsTownshipLevel())
        {
            await audit.WriteAsync(AuditAction.AccessDenied, AuditOutcome.Failure, "Township", township?.ToString(CultureInfo.InvariantCulture) ?? "",
                new { reason = "not-found-or-out-of-scope" }, ct: ct);
            return TypedResults.NotFound();
        }

        var today = ChinaTime.Today(clock);
        var rows = await LedgerReports.TownshipAsync(db, scope, unit.Id, today, ct);
        await audit.WriteAsync(AuditAction.Export, AuditOutcome.Success, "FindingLedger", unit.Id.ToString(CultureInfo.InvariantCulture),
            new { format = "xlsx", rows = rows.Count }, ct: ct);
        var stream = new MemoryStream();
        await stream.SaveAsAsync(rows.Select((r, i) => Row(r, i + 1, today, localizer)).ToList(), sheetName: "问题整改台账", cancellationToken: ct);
        stream.Position = 0;
        var name = $"{unit.Name}问题整改台账-{Dates.Format(today)}.xlsx";
        return TypedResults.File(stream, AuditExportEndpoint.ContentType, name);
    }

    private static Dictionary<string, object> Row(LedgerRow r, int serial, DateOnly today, IStringLocalizer labels)
    {
        var f = r.Finding;
        return new(StringComparer.Ordinal)
        {
            ["序号"] = serial,
            ["对象"] = SpreadsheetText.Neutralise(f.SubjectName),
            ["问题"] = SpreadsheetText.Neutralise(f.Message),
            ["条款"] = ClauseCatalog.Get(f.Clause).Heading,
            ["规则"] = f.Rule,
            ["性质"] = labels.Enum(f.Severity),
            ["实际"] = SpreadsheetText.Neutralise(f.Measured),
            ["要求"] = SpreadsheetText.Neutralise(f.Required),
            ["状态"] = labels.Enum(f.State),
            ["责任单位"] = SpreadsheetText.Neutralise(r.AssigneeUnitName),
            ["责任人"] = SpreadsheetText.Neutralise(f.AssigneePerson),
            ["计划完成时限"] = Dates.Format(f.PlannedDate),
            ["期限"] = Dates.Format(f.Due),
            ["是否逾期"] = r.Overdue ? "逾期" : "",
            ["已发现天数"] = r.DaysOpen,
            ["导出日期"] = Dates.Format(today),
        };
    }
}
