using System.IO.Compression;
using System.Text;

namespace Jiceng.Data.Exchange;

/// <summary>
/// Checks an xlsx package before any reader unpacks it: the number of entries, every entry's name (no absolute paths,
/// no <c>..</c>), the bytes each entry really unpacks to (counted while inflating, not taken from the header, which a
/// bomb may fake), the compression ratio, and that no XML part declares a DTD (so no entity expansion and no external
/// entities can reach a parser). A refusal is an <see cref="ImportRefusedException"/> with a Chinese message.
/// </summary>
public static class XlsxGuard
{
    private const int PrologBytes = 4096;

    public static void Check(Stream stream, ImportLimits limits)
    {
        stream.Position = 0;
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw new ImportRefusedException("文件不是有效的 xlsx 工作簿（无法按 zip 格式打开）");
        }

        using (zip)
        {
            if (zip.Entries.Count > limits.MaxZipEntries)
            {
                throw new ImportRefusedException($"xlsx 文件包含 {zip.Entries.Count} 个部件，超过上限 {limits.MaxZipEntries}，已拒绝");
            }

            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                if (UnsafeName(entry.FullName))
                {
                    throw new ImportRefusedException($"xlsx 文件包含不安全的部件路径“{entry.FullName}”，已拒绝");
                }

                var isXml = entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                    || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
                long size = 0;
                var prolog = new MemoryStream();
                try
                {
                    using var content = entry.Open();
                    int read;
                    while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        if (isXml && prolog.Length < PrologBytes)
                        {
                            prolog.Write(buffer, 0, (int)Math.Min(read, PrologBytes - prolog.Length));
                        }

                        size += read;
                        total += read;
                        if (total > limits.MaxUncompressedBytes)
                        {
                            throw new ImportRefusedException($"xlsx 文件解压后超过 {limits.MaxUncompressedBytes / (1024 * 1024)} MB，已拒绝");
                        }

                        if (size > limits.RatioCheckedFromBytes && size > (long)limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                        {
                            throw new ImportRefusedException(
                                $"xlsx 文件的部件“{entry.FullName}”压缩比超过 {limits.MaxCompressionRatio}:1（疑似压缩炸弹），已拒绝");
                        }
                    }
                }
                catch (InvalidDataException)
                {
                    throw new ImportRefusedException($"xlsx 文件的部件“{entry.FullName}”已损坏，无法解压");
                }

                if (isXml && DeclaresDtd(prolog.ToArray()))
                {
                    throw new ImportRefusedException($"xlsx 文件的部件“{entry.FullName}”含有文档类型声明（DTD），已拒绝");
                }
            }
        }

        stream.Position = 0;
    }

    /// <summary>An absolute path, a drive letter, a backslash or a <c>..</c> segment.</summary>
    public static bool UnsafeName(string name) =>
        name.Length == 0 || name[0] is '/' or '\\' || name.Contains('\\', StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal)
        || name.Split('/').Any(s => s == "..");

    /// <summary>
    /// A DTD can only stand in the prolog, before the root element. The prolog is read in UTF-8 or UTF-16; a part whose
    /// root element does not start within the first 4 KB is treated as declaring one (a real part's prolog is one line).
    /// </summary>
    private static bool DeclaresDtd(byte[] head)
    {
        if (head.Length == 0)
        {
            return false;
        }

        var utf16 = head.Length >= 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF || head[1] == 0 && head[0] == (byte)'<');
        var text = utf16
            ? (head[0] == 0xFE || head[0] == 0 ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(head)
            : Encoding.UTF8.GetString(head);
        if (text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || text.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Find the root element: the first '<' not followed by '?' or '!'.
        for (var i = text.IndexOf('<', StringComparison.Ordinal); i >= 0 && i < text.Length - 1; i = text.IndexOf('<', i + 1))
        {
            if (text[i + 1] is not ('?' or '!'))
            {
                return false;
            }
        }

        return head.Length >= PrologBytes;
    }
}
