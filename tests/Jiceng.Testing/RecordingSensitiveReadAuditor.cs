using System.Collections.Concurrent;
using Jiceng.Data.Security;

namespace Jiceng.Testing;

/// <summary>Stands in for the audit log in tests: remembers every sensitive read.</summary>
public sealed class RecordingSensitiveReadAuditor : ISensitiveReadAuditor
{
    private readonly ConcurrentQueue<(string RecordType, string RecordId, string What)> _reads = new();

    public IReadOnlyList<(string RecordType, string RecordId, string What)> Reads => [.. _reads];

    public Task RecordAsync(string recordType, string recordId, string what, CancellationToken ct)
    {
        _reads.Enqueue((recordType, recordId, what));
        return Task.CompletedTask;
    }
}
