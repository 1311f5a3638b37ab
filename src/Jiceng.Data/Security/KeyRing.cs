using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;

namespace Jiceng.Data.Security;

/// <summary>One key version: an SM4 field-encryption key and the blind-index (HMAC-SM3) key.</summary>
public sealed record KeyVersion(int Version, byte[] EncryptionKey, byte[] IndexKey, DateTimeOffset Created);

/// <summary>
/// Versioned field keys. Stored values are <c>v{version}:base64(nonce|ciphertext|tag)</c>; decryption picks the key by the
/// stored version, encryption uses <see cref="CurrentVersion"/>. The blind index uses the current version's index key,
/// which rotation carries over unchanged (so indexes stay valid).
/// </summary>
public sealed class KeyRing
{
    public const int IndexKeySize = 32;
    private readonly Dictionary<int, (KeyParameter Enc, KeyParameter Index)> _params;
    private byte[]? _auditChainKey;

    public KeyRing(int currentVersion, IEnumerable<KeyVersion> versions)
    {
        Versions = versions.OrderBy(v => v.Version).ToList();
        _params = Versions.ToDictionary(v => v.Version, v => (new KeyParameter(v.EncryptionKey), new KeyParameter(v.IndexKey)));
        CurrentVersion = currentVersion;
        if (Versions.Count > 0 && !_params.ContainsKey(currentVersion))
        {
            throw new KeyRingException($"The current key version {currentVersion} is not among the key versions.");
        }
    }

    /// <summary>No keys (design time): every use fails, nothing is ever stored in plaintext.</summary>
    public static KeyRing None { get; } = new(0, []);

    public int CurrentVersion { get; }

    public IReadOnlyList<KeyVersion> Versions { get; }

    /// <summary>Set when the key file was created on this start (so a mismatch can say the file was missing).</summary>
    public string? CreatedFile { get; init; }

    public static KeyRing Generate(DateTimeOffset now) =>
        new(1, [new KeyVersion(1, RandomNumberGenerator.GetBytes(Sm4Gcm.KeySize), RandomNumberGenerator.GetBytes(IndexKeySize), now)]);

    /// <summary>A ring with one more version (fresh encryption key, the same index key) that becomes current.</summary>
    public KeyRing WithNewVersion(DateTimeOffset now)
    {
        var current = Current();
        var next = Versions.Max(v => v.Version) + 1;
        return new KeyRing(next, [.. Versions, new KeyVersion(next, RandomNumberGenerator.GetBytes(Sm4Gcm.KeySize), current.IndexKey, now)]);
    }

    public string Encrypt(string plaintext)
    {
        var version = Current().Version;
        var sealedData = Sm4Gcm.Seal(_params[version].Enc, Encoding.UTF8.GetBytes(plaintext), Aad(version));
        return string.Create(CultureInfo.InvariantCulture, $"v{version}:{Convert.ToBase64String(sealedData)}");
    }

    public string Decrypt(string stored)
    {
        if (!TryGetVersion(stored, out var version))
        {
            throw new KeyRingException("A stored value is not ciphertext (no key version prefix); plaintext is never accepted.");
        }

        if (!_params.TryGetValue(version, out var keys))
        {
            throw new KeyRingException($"The key file has no key version {version}, which the database uses.");
        }

        try
        {
            var data = Convert.FromBase64String(stored[(stored.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            return Encoding.UTF8.GetString(Sm4Gcm.Open(keys.Enc, data, Aad(version)));
        }
        catch (Exception e) when (e is InvalidCipherTextException or FormatException)
        {
            throw new KeyRingException($"A value encrypted with key version {version} cannot be decrypted: the key file does not match the database, or the value was altered.", e);
        }
    }

    /// <summary>Keyed blind index: lower-case hex HMAC-SM3 of the normalised value.</summary>
    public string BlindIndex(string normalised) =>
        Convert.ToHexStringLower(Sm4Gcm.HmacSm3(_params[Current().Version].Index, Encoding.UTF8.GetBytes(normalised)));

    /// <summary>
    /// The audit chain's HMAC-SM3 key, derived from the index key (which rotation keeps) with its own label, so it lives
    /// only in the key file and never in the database; knowing it does not give the index key.
    /// </summary>
    public byte[] AuditChainKey => _auditChainKey ??= Sm4Gcm.HmacSm3(_params[Current().Version].Index, Encoding.ASCII.GetBytes("jiceng/audit-chain/v1"));

    /// <summary>Whether a stored value carries a key version prefix <c>v{n}:</c>.</summary>
    public static bool TryGetVersion(string stored, out int version)
    {
        version = 0;
        var colon = stored.IndexOf(':', StringComparison.Ordinal);
        return stored.Length > 2 && stored[0] == 'v' && colon > 1
            && int.TryParse(stored.AsSpan(1, colon - 1), NumberStyles.None, CultureInfo.InvariantCulture, out version);
    }

    private KeyVersion Current() => Versions.Count == 0
        ? throw new KeyRingException("No field-encryption keys are configured (Security:KeyFile).")
        : Versions.First(v => v.Version == CurrentVersion);

    // The version is bound to the ciphertext: changing the prefix makes it undecryptable.
    private static byte[] Aad(int version) => Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"jiceng/field/v{version}"));
}
