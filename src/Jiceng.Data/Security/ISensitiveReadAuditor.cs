namespace Jiceng.Data.Security;

/// <summary>Records a read of sensitive data (e.g. an unmasked ID number). Wired to the audit log when that exists.</summary>
public interface ISensitiveReadAuditor
{
    Task RecordAsync(string recordType, string recordId, string what, CancellationToken ct);
}
