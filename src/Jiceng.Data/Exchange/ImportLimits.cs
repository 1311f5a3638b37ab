namespace Jiceng.Data.Exchange;

/// <summary>
/// What an import file may be. A district roster (3,000 cadres) is about 1 MB as xlsx; a province's (500,000) about 60 MB
/// as xlsx and 100 MB as CSV. Everything beyond these limits is refused before it is read.
/// </summary>
public sealed record ImportLimits
{
    public static ImportLimits Default { get; } = new();

    /// <summary>The largest file accepted (bytes), xlsx or CSV.</summary>
    public long MaxFileBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>The most data rows one file may hold.</summary>
    public int MaxRows { get; init; } = 1_000_000;

    /// <summary>The most columns a row may have.</summary>
    public int MaxColumns { get; init; } = 200;

    /// <summary>The most characters one cell may hold (the longest field is far shorter).</summary>
    public int MaxCellLength { get; init; } = 4_000;

    /// <summary>The most entries (files) inside an xlsx package; a real workbook has a few dozen.</summary>
    public int MaxZipEntries { get; init; } = 1_000;

    /// <summary>The most bytes all entries of an xlsx may unpack to.</summary>
    public long MaxUncompressedBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>The highest compression ratio of an entry larger than <see cref="RatioCheckedFromBytes"/> (zip bombs run at 1,000 and more; sheet XML at 5–30).</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>Entries smaller than this unpacked are not ratio-checked (a tiny, repetitive style file may compress very well).</summary>
    public long RatioCheckedFromBytes { get; init; } = 1024 * 1024;
}
