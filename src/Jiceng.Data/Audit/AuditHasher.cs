using System.Globalization;
using System.Text;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

namespace Jiceng.Data.Audit;

/// <summary>
/// HMAC-SM3 (GB/T 32905, keyed with <see cref="Security.KeyRing.AuditChainKey"/>) over a canonical serialization of an
/// entry: every field, then the previous hash, each written as its UTF-8 length, a colon and its bytes, so no two
/// different entries serialize alike. Without the key nobody can recompute a hash, so an edited entry cannot be
/// re-chained (docs/decisions/0005-keyed-audit-chain.md). Chains written before keying used plain SM3:
/// <see cref="ComputeUnkeyed"/> reads those once, when they are re-keyed.
/// </summary>
public static class AuditHasher
{
    public static string Compute(AuditEntry e, byte[] key)
    {
        var mac = new HMac(new SM3Digest());
        mac.Init(new KeyParameter(key));
        return Run(e, mac.BlockUpdate, mac.GetMacSize(), mac.DoFinal);
    }

    /// <summary>The plain SM3 of the chains before keying; only for recognising and re-keying them.</summary>
    public static string ComputeUnkeyed(AuditEntry e)
    {
        IDigest digest = new SM3Digest();
        return Run(e, digest.BlockUpdate, digest.GetDigestSize(), digest.DoFinal);
    }

    private static string Run(AuditEntry e, Action<byte[], int, int> update, int size, Func<byte[], int, int> final)
    {
        foreach (var field in Fields(e))
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            var prefix = Encoding.ASCII.GetBytes(bytes.Length.ToString(CultureInfo.InvariantCulture) + ":");
            update(prefix, 0, prefix.Length);
            update(bytes, 0, bytes.Length);
        }

        var hash = new byte[size];
        final(hash, 0);
        return Convert.ToHexStringLower(hash);
    }

    private static string[] Fields(AuditEntry e) =>
    [
        e.Id.ToString(CultureInfo.InvariantCulture),
        FormatTime(e.At),
        e.UserName,
        e.Roles,
        e.OrgUnitId?.ToString(CultureInfo.InvariantCulture) ?? "",
        e.ClientAddress,
        e.Action.ToString(),
        e.RecordType,
        e.RecordId,
        e.Outcome.ToString(),
        e.Details,
        e.PrevHash,
    ];

    /// <summary>The time as stored: UTC to the microsecond (the database kind is not trusted, SQLite drops it).</summary>
    public static string FormatTime(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Cuts a UTC time to the microsecond, the precision both databases keep.</summary>
    public static DateTime Truncate(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }
}
