namespace Jiceng.Core.Posts;

/// <summary>A term as entered: its number, dates and seats; the body follows from the unit (township or village).</summary>
public sealed record TermInput(int? Number, DateOnly? Start, DateOnly? End, IReadOnlyList<SeatInput>? Seats);

/// <summary>The seats (职数) of one post kind.</summary>
public sealed record SeatInput(PostKind? Kind, int? Count);
