namespace Jiceng.Data.Measures.M03Staffing;

/// <summary>The paging and direction every clause 三 list shares; each list adds its filters and sort key.</summary>
public abstract record StaffingListFilter
{
    public const int MaxPageSize = 200;

    public bool Descending { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;

    /// <summary>The page size within 1…<see cref="MaxPageSize"/>.</summary>
    public int Size => Math.Clamp(PageSize, 1, MaxPageSize);

    /// <summary>The page number, at least 1.</summary>
    public int Number => Math.Max(1, Page);

    /// <summary>Rows before the page (no overflow for huge page numbers).</summary>
    public int Skip => (int)Math.Min((long)(Number - 1) * Size, int.MaxValue);
}
