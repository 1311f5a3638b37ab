using Jiceng.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Audit;

/// <summary>Filters of the audit page and its export; times are UTC, the upper bound exclusive.</summary>
public sealed record AuditFilter
{
    public DateTime? From { get; init; }
    public DateTime? To { get; init; }
    public string? UserName { get; init; }
    public AuditAction? Action { get; init; }
    public string? RecordType { get; init; }
    public AuditOutcome? Outcome { get; init; }
}

/// <summary>
/// Reads of the audit log (newest first). The log is not business data: it has no org-unit scope, and only the
/// audit roles reach these queries (the page and export require the audit policy).
/// </summary>
public static class AuditQueries
{
    public const int MaxExportRows = 100_000;

    public static IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries, AuditFilter f)
    {
        if (f.From is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (f.To is { } to)
        {
            entries = entries.Where(e => e.At < to);
        }

        if (!string.IsNullOrWhiteSpace(f.UserName))
        {
            var name = f.UserName.Trim();
            entries = entries.Where(e => e.UserName == name);
        }

        if (f.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(f.RecordType))
        {
            var type = f.RecordType.Trim();
            entries = entries.Where(e => e.RecordType == type);
        }

        if (f.Outcome is { } outcome)
        {
            entries = entries.Where(e => e.Outcome == outcome);
        }

        return entries;
    }

    public static async Task<Paged<AuditEntry>> PageAsync(JicengDbContext db, AuditFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        var query = Apply(db.AuditEntries.AsNoTracking(), filter);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(e => e.Id).Skip(Math.Max(page - 1, 0) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<AuditEntry>(items, total, page, pageSize);
    }

    public static Task<List<AuditEntry>> ExportAsync(JicengDbContext db, AuditFilter filter, CancellationToken ct = default) =>
        Apply(db.AuditEntries.AsNoTracking(), filter).OrderByDescending(e => e.Id).Take(MaxExportRows).ToListAsync(ct);

    /// <summary>Record types present in the log, for the filter list.</summary>
    public static Task<List<string>> RecordTypesAsync(JicengDbContext db, CancellationToken ct = default) =>
        db.AuditEntries.AsNoTracking().Select(e => e.RecordType).Distinct().OrderBy(t => t).ToListAsync(ct);
}
