using Jiceng.Core.Findings;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Engine.Ledger;

/// <summary>A filter over the ledger. <see cref="Overdue"/>: not closed and past its planned date (or, unplanned, its due date).</summary>
public sealed record LedgerFilter
{
    public FindingState? State { get; init; }
    /// <summary>Every state but resolved and set aside (the default of the pages' to-do views).</summary>
    public bool OpenOnly { get; init; }
    public string? Rule { get; init; }
    public int? Clause { get; init; }
    /// <summary>A township's id; 0 for findings above township level.</summary>
    public int? TownshipId { get; init; }
    public Severity? Severity { get; init; }
    public bool Overdue { get; init; }
    public int? Year { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

/// <summary>An explanation without its attachments' bytes.</summary>
public sealed record ExplanationView(FindingExplanation Explanation, IReadOnlyList<AttachmentView> Attachments);

public sealed record AttachmentView(long Id, string FileName, string ContentType, int Size);

/// <summary>A finding with its responsible unit's name, its history (oldest first) and its explanations.</summary>
public sealed record FindingDetail(FindingRecord Finding, string? AssigneeUnitName, IReadOnlyList<FindingEvent> History, IReadOnlyList<ExplanationView> Explanations);

/// <summary>Reads of the ledger, always through the reader's scope (a finding outside it does not exist for the reader).</summary>
public static class LedgerQueries
{
    public static async Task<Paged<FindingRecord>> ListAsync(JicengDbContext db, DataScope scope, LedgerFilter filter, DateOnly today, CancellationToken ct = default)
    {
        var q = Filtered(db, scope, filter, today);
        var total = await q.CountAsync(ct);
        var size = Math.Clamp(filter.PageSize, 1, 500);
        var page = Math.Max(1, filter.Page);
        var items = await Ordered(q).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<FindingRecord>(items, total, page, size);
    }

    /// <summary>Every finding the list's filter matches, in the list's order, at most <paramref name="limit"/>: the list's export.</summary>
    public static async Task<IReadOnlyList<FindingRecord>> AllAsync(
        JicengDbContext db, DataScope scope, LedgerFilter filter, DateOnly today, int limit, CancellationToken ct = default) =>
        await Ordered(Filtered(db, scope, filter, today)).Take(limit).ToListAsync(ct);

    private static IOrderedQueryable<FindingRecord> Ordered(IQueryable<FindingRecord> q) =>
        q.OrderBy(f => f.State == FindingState.Resolved).ThenByDescending(f => f.Severity)
            .ThenBy(f => (f.PlannedDate ?? f.Due) == null).ThenBy(f => f.PlannedDate ?? f.Due).ThenBy(f => f.Id);

    private static IQueryable<FindingRecord> Filtered(JicengDbContext db, DataScope scope, LedgerFilter filter, DateOnly today)
    {
        var q = db.Findings.AsNoTracking().InScope(scope);
        if (filter.State is { } state)
        {
            q = q.Where(f => f.State == state);
        }

        if (filter.OpenOnly || filter.Overdue)
        {
            q = q.Where(f => f.State != FindingState.Resolved && f.State != FindingState.SetAside);
        }

        if (filter.Overdue)
        {
            q = q.Where(f => f.PlannedDate != null ? f.PlannedDate < today : f.Due != null && f.Due < today);
        }

        if (!string.IsNullOrWhiteSpace(filter.Rule))
        {
            q = q.Where(f => f.Rule == filter.Rule);
        }

        if (filter.Clause is { } c)
        {
            q = q.Where(f => f.Clause == c);
        }

        if (filter.TownshipId is { } t)
        {
            q = t == 0 ? q.Where(f => f.TownshipId == null) : q.Where(f => f.TownshipId == t);
        }

        if (filter.Severity is { } s)
        {
            q = q.Where(f => f.Severity == s);
        }

        if (filter.Year is { } y)
        {
            q = q.Where(f => f.Year == y);
        }

        return q;
    }

    public static async Task<FindingDetail?> GetAsync(JicengDbContext db, DataScope scope, long id, CancellationToken ct = default)
    {
        var finding = await db.Findings.AsNoTracking().InScope(scope).FirstOrDefaultAsync(f => f.Id == id, ct);
        if (finding is null)
        {
            return null;
        }

        var unit = finding.AssigneeUnitId is { } unitId ? await db.OrgUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(ct) : null;
        var history = await db.FindingEvents.AsNoTracking().Where(e => e.FindingId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var explanations = await db.FindingExplanations.AsNoTracking().Where(e => e.FindingId == id).OrderBy(e => e.Id).ToListAsync(ct);
        var explanationIds = explanations.Select(e => e.Id).ToList();
        var files = await db.FindingAttachments.AsNoTracking().Where(a => explanationIds.Contains(a.ExplanationId)).OrderBy(a => a.Id)
            .Select(a => new { a.ExplanationId, View = new AttachmentView(a.Id, a.FileName, a.ContentType, a.Size) }).ToListAsync(ct);
        return new FindingDetail(finding, unit, history,
            [.. explanations.Select(e => new ExplanationView(e, [.. files.Where(f => f.ExplanationId == e.Id).Select(f => f.View)]))]);
    }

    /// <summary>An attachment, if its finding lies in the scope.</summary>
    public static Task<FindingAttachment?> AttachmentAsync(JicengDbContext db, DataScope scope, long findingId, long attachmentId, CancellationToken ct = default) =>
        db.FindingAttachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && db.FindingExplanations.Any(e => e.Id == a.ExplanationId && e.FindingId == findingId
                && db.Findings.Any(f => f.Id == findingId && f.OrgUnitPath.StartsWith(scope.Path))))
            .FirstOrDefaultAsync(ct);
}
