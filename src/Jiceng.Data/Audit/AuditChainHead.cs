namespace Jiceng.Data.Audit;

/// <summary>
/// The single row that serialises appends (every append updates it first, which locks it until commit) and
/// anchors the chain: where it starts (after a purge) and where it ends (a deleted tail entry is detected).
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    /// <summary>Hash the first entry ever chains from.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public int Id { get; set; } = SingletonId;

    /// <summary>Id of the last purged entry (0 before any purge); the first kept entry is AnchorId + 1.</summary>
    public long AnchorId { get; set; }

    /// <summary>Hash of the last purged entry (the genesis before any purge).</summary>
    public string AnchorHash { get; set; } = Genesis;

    public long LastId { get; set; }

    public string LastHash { get; set; } = Genesis;

    /// <summary>Bumped by every append: the write that takes the lock.</summary>
    public long Appends { get; set; }
}
