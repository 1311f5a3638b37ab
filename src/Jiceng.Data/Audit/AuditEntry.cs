namespace Jiceng.Data.Audit;

/// <summary>
/// One entry of the append-only, SM3 hash-chained audit log (审计日志). Ids are assigned in chain order under the
/// chain lock (<see cref="AuditChain"/>); <see cref="Hash"/> covers every field and <see cref="PrevHash"/>.
/// </summary>
public sealed class AuditEntry
{
    public const int UserNameMaxLength = 256;
    public const int RolesMaxLength = 256;
    public const int ClientAddressMaxLength = 64;
    public const int RecordTypeMaxLength = 64;
    public const int RecordIdMaxLength = 256;
    public const int HashLength = 64;

    public long Id { get; set; }

    /// <summary>UTC, microsecond precision (what both databases keep).</summary>
    public DateTime At { get; set; }

    public string UserName { get; set; } = "";

    /// <summary>Role names, comma-separated, sorted.</summary>
    public string Roles { get; set; } = "";

    public int? OrgUnitId { get; set; }

    public string ClientAddress { get; set; } = "";

    public AuditAction Action { get; set; }

    public string RecordType { get; set; } = "";

    public string RecordId { get; set; } = "";

    public AuditOutcome Outcome { get; set; }

    /// <summary>JSON: before/after values of a write, the reason of a failure, what was read or exported.</summary>
    public string Details { get; set; } = "{}";

    public string PrevHash { get; set; } = "";

    public string Hash { get; set; } = "";
}
