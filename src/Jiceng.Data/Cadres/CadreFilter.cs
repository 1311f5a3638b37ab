using Jiceng.Core.Cadres;

namespace Jiceng.Data.Cadres;

/// <summary>Education levels offered as a list filter, by the first character of the ZB64 code.</summary>
public enum EducationLevel
{
    /// <summary>研究生.</summary>
    Postgraduate = 1,
    /// <summary>大学本科.</summary>
    Bachelor = 2,
    /// <summary>大学专科.</summary>
    College = 3,
    /// <summary>中专及以下.</summary>
    SecondaryOrBelow = 4,
}

/// <summary>Age bands offered as a list filter (full years on the day of the query).</summary>
public enum AgeBand
{
    /// <summary>35岁及以下.</summary>
    UpTo35 = 1,
    /// <summary>36–45岁.</summary>
    From36To45 = 2,
    /// <summary>46–55岁.</summary>
    From46To55 = 3,
    /// <summary>56岁及以上.</summary>
    From56 = 4,
}

public enum CadreSort
{
    Name = 0,
    BirthDate = 1,
    OrgUnit = 2,
    Category = 3,
}

/// <summary>The cadre list's query: free text (name, or a full ID number), filters, sorting and paging.</summary>
public sealed record CadreFilter
{
    public string? Text { get; init; }
    /// <summary>A unit; its whole subtree is included.</summary>
    public int? OrgUnitId { get; init; }
    public CadreCategory? Category { get; init; }
    public Sex? Sex { get; init; }
    public EducationLevel? Education { get; init; }
    public AgeBand? AgeBand { get; init; }
    public CadreSort Sort { get; init; }
    public bool Descending { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;

    public const int MaxPageSize = 200;
}
