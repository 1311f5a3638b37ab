namespace Jiceng.Core.Measures.M04Promotion;

/// <summary>A move as entered. <see cref="FromOrgUnitId"/> left empty means the cadre's current unit.</summary>
public sealed record MoveInput
{
    public int? CadreId { get; init; }
    public int? FromOrgUnitId { get; init; }
    public int? ToOrgUnitId { get; init; }
    public string? ExternalDestination { get; init; }
    public DateOnly? EffectiveOn { get; init; }
    public MoveKind? Kind { get; init; }
    public MoveStatus? Status { get; init; }
    public string? DocumentNumber { get; init; }
    public string? Note { get; init; }
}

/// <summary>A transfer wish as entered, with its answer once there is one.</summary>
public sealed record WishInput
{
    public int? CadreId { get; init; }
    public DateOnly? RegisteredOn { get; init; }
    public string? Destination { get; init; }
    public string? Reason { get; init; }
    public DateOnly? AnsweredOn { get; init; }
    public string? Answer { get; init; }
    public string? AnsweredBy { get; init; }
}
