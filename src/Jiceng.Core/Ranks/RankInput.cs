namespace Jiceng.Core.Ranks;

/// <summary>A rank of a cadre as entered, before validation; a missing quota unit means the cadre's own unit.</summary>
public sealed record RankInput
{
    public string? RankCode { get; init; }
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    public int? QuotaUnitId { get; init; }
    public string? DocumentNumber { get; init; }
}

/// <summary>A unit's rank quota as entered, before validation.</summary>
public sealed record RankQuotaInput
{
    public int? OrgUnitId { get; init; }
    public string? RankCode { get; init; }
    public int? Count { get; init; }
    public DateOnly? From { get; init; }
    public string? DocumentNumber { get; init; }
}
