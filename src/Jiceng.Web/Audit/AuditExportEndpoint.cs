using Jiceng.Core.Common;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Web.Auth;
using MiniExcelLibs;

namespace Jiceng.Web.Audit;

/// <summary>/audit/export: the filtered entries as xlsx, for the audit readers only; the export is itself audited.</summary>
public static class AuditExportEndpoint
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapAuditExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/audit/export", ExportAsync).RequireAuthorization(Policies.ReadAudit).ExcludeFromDescription();

    private static async Task<IResult> ExportAsync([AsParameters] AuditFilterQuery query, JicengDbContext db, IAuditLog audit, CancellationToken ct)
    {
        var entries = await AuditQueries.ExportAsync(db, query.ToFilter(), ct);
        await audit.WriteAsync(AuditAction.Export, AuditOutcome.Success, "AuditEntry", "",
            new { format = "xlsx", rows = entries.Count, filter = query }, ct: ct);
        var rows = entries.Select(Row).ToList();
        var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "审计日志", cancellationToken: ct);
        stream.Position = 0;
        return TypedResults.File(stream, ContentType, "audit-log.xlsx");
    }

    private static Dictionary<string, object> Row(AuditEntry e) => new(StringComparer.Ordinal)
    {
        ["序号"] = e.Id,
        ["时间"] = AuditFilterQuery.Local(e.At),
        ["用户"] = SpreadsheetText.Neutralise(e.UserName),
        ["角色"] = SpreadsheetText.Neutralise(e.Roles),
        ["单位"] = e.OrgUnitId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["地址"] = SpreadsheetText.Neutralise(e.ClientAddress),
        ["操作"] = e.Action.ToString(),
        ["对象类型"] = SpreadsheetText.Neutralise(e.RecordType),
        ["对象编号"] = SpreadsheetText.Neutralise(e.RecordId),
        ["结果"] = e.Outcome.ToString(),
        ["详情"] = SpreadsheetText.Neutralise(e.Details),
        ["哈希"] = e.Hash,
    };
}
