using Jiceng.Data.Security;

namespace Jiceng.Data.Audit;

/// <summary>Sensitive reads (an unmasked ID number, …) go to the audit log, each written at once in its own transaction.</summary>
public sealed class AuditLogSensitiveReadAuditor(IAuditLog audit) : ISensitiveReadAuditor
{
    public Task RecordAsync(string recordType, string recordId, string what, CancellationToken ct) =>
        audit.SensitiveReadAsync(recordType, recordId, what, ct);
}
