using System.IO.Compression;
using Jiceng.Core.Common;

namespace Jiceng.Core.Exchange.Lrmx;

/// <summary>One file to import: its name (as in the zip, or as uploaded) and its bytes.</summary>
public sealed record LrmxFile(string Name, byte[] Bytes);

/// <summary>
/// Opens an uploaded zip of LRMX files, checking before anything is unpacked: the zip's size, the number of entries,
/// every name (no absolute path, drive or “..”: path traversal), the declared uncompressed total and each entry's
/// compression ratio; then, while reading, the bytes actually inflated (headers can lie). Entries are only ever read
/// into memory, never written to disk. Names without the UTF-8 flag are read as GB18030, as Chinese Windows writes them.
/// Entries that are not .lrmx (folders, __MACOSX, desktop.ini …) are skipped.
/// </summary>
public static class LrmxArchive
{
    public static (IReadOnlyList<LrmxFile> Files, FieldError? Error) Read(Stream zip, LrmxLimits? limits = null)
    {
        limits ??= LrmxLimits.Default;
        if (zip.CanSeek && zip.Length > limits.MaxZipBytes)
        {
            return ([], Refuse($"压缩包大小{zip.Length / 1024 / 1024} MB，超过上限{limits.MaxZipBytes / 1024 / 1024} MB"));
        }

        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: LrmxText.Gb18030);
        }
        catch (InvalidDataException)
        {
            return ([], Refuse("不是有效的 zip 压缩包"));
        }

        using (archive)
        {
            if (archive.Entries.Count > limits.MaxZipEntries)
            {
                return ([], Refuse($"压缩包含{archive.Entries.Count}个文件，超过上限{limits.MaxZipEntries}个"));
            }

            long declared = 0;
            foreach (var e in archive.Entries)
            {
                if (!SafeName(e.FullName))
                {
                    return ([], Refuse($"压缩包中的文件名“{e.FullName}”含有绝对路径或“..”，不予解压"));
                }

                declared += e.Length;
                if (e.Length > limits.MaxFileBytes && IsLrmx(e.FullName))
                {
                    return ([], Refuse($"压缩包中的“{e.FullName}”解压后{e.Length / 1024} KB，超过单个文件上限{limits.MaxFileBytes / 1024} KB"));
                }

                if (e.CompressedLength > 0 && e.Length / e.CompressedLength > limits.MaxCompressionRatio)
                {
                    return ([], Refuse($"压缩包中的“{e.FullName}”压缩比异常（{e.Length / e.CompressedLength}:1），疑似压缩炸弹"));
                }

                if (e.CompressedLength == 0 && e.Length > 0)
                {
                    return ([], Refuse($"压缩包中的“{e.FullName}”大小信息异常，疑似压缩炸弹"));
                }
            }

            if (declared > limits.MaxZipUncompressedBytes)
            {
                return ([], Refuse($"压缩包解压后共{declared / 1024 / 1024} MB，超过上限{limits.MaxZipUncompressedBytes / 1024 / 1024} MB"));
            }

            var files = new List<LrmxFile>();
            long total = 0;
            try
            {
                foreach (var e in archive.Entries.Where(e => IsLrmx(e.FullName)).OrderBy(e => e.FullName, StringComparer.Ordinal))
                {
                    var bytes = ReadCapped(e, Math.Min(limits.MaxFileBytes, limits.MaxZipUncompressedBytes - total));
                    if (bytes is null)
                    {
                        return ([], Refuse($"压缩包中的“{e.FullName}”实际解压大小超过上限，疑似压缩炸弹"));
                    }

                    total += bytes.Length;
                    files.Add(new LrmxFile(e.FullName, bytes));
                }
            }
            catch (InvalidDataException)
            {
                return ([], Refuse("压缩包已损坏，无法解压"));
            }

            return files.Count == 0 ? ([], Refuse("压缩包中没有 .lrmx 文件")) : (files, null);
        }
    }

    public static bool IsLrmx(string name) =>
        name.EndsWith(".lrmx", StringComparison.OrdinalIgnoreCase)
        && !name.StartsWith("__MACOSX/", StringComparison.Ordinal) && !name.EndsWith('/');

    private static bool SafeName(string name)
    {
        var n = name.Replace('\\', '/');
        return !n.StartsWith('/') && !(n.Length > 1 && n[1] == ':') && !n.Split('/').Contains("..");
    }

    private static byte[]? ReadCapped(ZipArchiveEntry entry, long cap)
    {
        using var s = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = s.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > cap)
            {
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    private static FieldError Refuse(string message) => new("file", message);
}
