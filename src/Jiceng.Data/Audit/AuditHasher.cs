using System.Globalization;
using System.Text;
using Org.BouncyCastle.Crypto.Digests;

namespace Jiceng.Data.Audit;

/// <summary>
/// SM3 (GB/T 32905) over a canonical serialization of an entry: every field, then the previous hash, each written
/// as its UTF-8 length, a colon and its bytes, so no two different entries serialize alike.
/// </summary>
public static class AuditHasher
{
    public static string Compute(AuditEntry e)
    {
        var fields = new[]
        {
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
        };
        var digest = new SM3Digest();
        foreach (var field in fields)
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            var prefix = Encoding.ASCII.GetBytes(bytes.Length.ToString(CultureInfo.InvariantCulture) + ":");
            digest.BlockUpdate(prefix, 0, prefix.Length);
            digest.BlockUpdate(bytes, 0, bytes.Length);
        }

        var hash = new byte[digest.GetDigestSize()];
        digest.DoFinal(hash, 0);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The time as stored: UTC to the microsecond (the database kind is not trusted, SQLite drops it).</summary>
    public static string FormatTime(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Cuts a UTC time to the microsecond, the precision both databases keep.</summary>
    public static DateTime Truncate(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }
}
