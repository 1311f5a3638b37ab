using Microsoft.Extensions.Logging;

namespace Jiceng.Data.Security;

/// <summary>The default <see cref="ISensitiveReadAuditor"/>: one log entry per sensitive read.</summary>
public sealed class LoggingSensitiveReadAuditor(ILogger<LoggingSensitiveReadAuditor> logger) : ISensitiveReadAuditor
{
    public Task RecordAsync(string recordType, string recordId, string what, CancellationToken ct)
    {
        logger.LogInformation("Sensitive read: {What} of {RecordType} {RecordId}.", what, recordType, recordId);
        return Task.CompletedTask;
    }
}
