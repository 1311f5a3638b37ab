using System.Collections.Concurrent;
using Jiceng.Data.Security;

namespace Jiceng.Testing;

/// <summary>Remembers every sensitive read for the tests, and passes it on to the real auditor (the audit log) when given one.</summary>
public sealed class RecordingSensitiveReadAuditor : ISensitiveReadAuditor
{
    public ISensitiveReadAuditor? Inner { get; set; }

    private readonly ConcurrentQueue<(string RecordType, string RecordId, string What)> _reads = new();

    public IReadOnlyList<(string RecordType, string RecordId, string What)> Reads => [.. _reads];

    public Task RecordAsync(string recordType, string recordId, string what, CancellationToken ct)
    {
        _reads.Enqueue((recordType, recordId, what));
        return Inner?.RecordAsync(recordType, recordId, what, ct) ?? Task.CompletedTask;
    }
}
