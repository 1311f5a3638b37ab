using System.Globalization;
using System.Text;
using Jiceng.Data.Security;

namespace Jiceng.Data.Audit;

/// <summary>At <see cref="At"/> the chain ended at entry <see cref="LastId"/> with hash <see cref="LastHash"/>.</summary>
public sealed record AuditHeadMark(DateTimeOffset At, long LastId, string LastHash);

/// <summary>The marks of an anchor file, or what is wrong with it.</summary>
public sealed record AuditAnchorRead(IReadOnlyList<AuditHeadMark> Marks, string? Problem)
{
    public AuditHeadMark? Latest => Marks.Count == 0 ? null : Marks[^1];
}

/// <summary>
/// The chain head anchored outside the database: an append-only text file beside the key file, one line per mark,
/// <c>v1 TAB at TAB lastId TAB lastHash TAB mac</c>, the MAC an HMAC-SM3 (audit chain key) over the mark and the previous
/// line's MAC. Whoever can write only the database cannot move a mark, so cutting off the chain's tail and setting the
/// head back is detected against the latest mark.
/// </summary>
public sealed class AuditAnchorFile(string path, KeyRing keys)
{
    public const string FileName = "jiceng-audit-head.log";
    private const string Version = "v1";
    private static readonly Lock Gate = new();

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>The anchor file of a key file: beside it, in the same owner-only directory.</summary>
    public static AuditAnchorFile Beside(string keyFilePath, KeyRing keys) =>
        new(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(keyFilePath))!, FileName), keys);

    public AuditAnchorRead Read()
    {
        if (!File.Exists(Path))
        {
            return new AuditAnchorRead([], null);
        }

        var marks = new List<AuditHeadMark>();
        var previousMac = "";
        var number = 0;
        foreach (var line in File.ReadLines(Path))
        {
            number++;
            var parts = line.Split('\t');
            if (parts.Length != 5 || parts[0] != Version
                || !DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
                || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                || Mac(previousMac, parts[1], parts[2], parts[3]) != parts[4])
            {
                return new AuditAnchorRead(marks, string.Create(CultureInfo.InvariantCulture, $"锚定文件 {Path} 第 {number} 行被改动或不是本系统写入的"));
            }

            marks.Add(new AuditHeadMark(at, id, parts[3]));
            previousMac = parts[4];
        }

        return new AuditAnchorRead(marks, null);
    }

    /// <summary>Appends a mark, chained to the last line; the file is created owner-only.</summary>
    public void Append(AuditHeadMark mark)
    {
        lock (Gate)
        {
            var lastLine = File.Exists(Path) ? File.ReadLines(Path).LastOrDefault() : null;
            var previousMac = lastLine?.Split('\t') is { Length: 5 } parts ? parts[4] : "";
            var at = mark.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
            var id = mark.LastId.ToString(CultureInfo.InvariantCulture);
            var line = string.Join('\t', Version, at, id, mark.LastHash, Mac(previousMac, at, id, mark.LastHash)) + "\n";
            var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.Read };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            using var stream = new FileStream(Path, options);
            var bytes = Encoding.UTF8.GetBytes(line);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
    }

    private string Mac(string previousMac, string at, string id, string hash) =>
        Convert.ToHexStringLower(Sm4Gcm.HmacSm3(new Org.BouncyCastle.Crypto.Parameters.KeyParameter(keys.AuditChainKey),
            Encoding.UTF8.GetBytes($"jiceng/audit-head/{Version}\n{previousMac}\n{at}\n{id}\n{hash}")));
}
