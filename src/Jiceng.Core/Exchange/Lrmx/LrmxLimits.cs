namespace Jiceng.Core.Exchange.Lrmx;

/// <summary>
/// The limits every LRMX input is held to before it is parsed. A real 任免审批表 with a photo is 20–200 KB; a zip of a
/// unit's cadres a few MB. Anything beyond these is refused with a message, never read.
/// </summary>
public sealed record LrmxLimits
{
    /// <summary>One .lrmx/.lrm file, photo included.</summary>
    public long MaxFileBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>An uploaded zip as sent.</summary>
    public long MaxZipBytes { get; init; } = 64 * 1024 * 1024;

    public int MaxZipEntries { get; init; } = 2000;

    /// <summary>The sum of the entries' uncompressed sizes (as declared, and enforced while reading).</summary>
    public long MaxZipUncompressedBytes { get; init; } = 256 * 1024 * 1024;

    /// <summary>Uncompressed over compressed size of one entry: XML with a JPEG compresses 2–5×, a zip bomb 1000×.</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    public static LrmxLimits Default { get; } = new();
}
