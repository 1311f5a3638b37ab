using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Audit;

/// <summary>
/// Entries for what is not a write of a business record: sign-ins, sign-outs, denied access, exports and reads of
/// sensitive data. Each is written at once, in a transaction of its own.
/// </summary>
public interface IAuditLog
{
    /// <summary>Writes an entry for the ambient actor, or for <paramref name="actor"/> (a sign-in names the attempted user).</summary>
    Task WriteAsync(AuditAction action, AuditOutcome outcome, string recordType, string recordId, object? details = null,
        AuditActor? actor = null, CancellationToken ct = default);

    /// <summary>
    /// Records that sensitive data was shown unmasked, e.g. <c>SensitiveReadAsync("Cadre", "42", "IdNumber")</c>
    /// when a full ID number is displayed. Call it before the value leaves the server.
    /// </summary>
    Task SensitiveReadAsync(string recordType, string recordId, string what, CancellationToken ct = default);
}

public sealed class AuditLog(IDbContextFactory<JicengDbContext> dbFactory, IAuditContext context, TimeProvider clock) : IAuditLog
{
    public async Task WriteAsync(AuditAction action, AuditOutcome outcome, string recordType, string recordId, object? details = null,
        AuditActor? actor = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entry = AuditChain.NewEntry(actor ?? context.Actor, AuditHasher.Truncate(clock.GetUtcNow()), action, outcome, recordType, recordId, details);
        await AuditChain.AppendAsync(db, [entry], ct);
    }

    public Task SensitiveReadAsync(string recordType, string recordId, string what, CancellationToken ct = default) =>
        WriteAsync(AuditAction.SensitiveRead, AuditOutcome.Success, recordType, recordId, new { field = what }, ct: ct);
}
