using Jiceng.Core.Cadres;
using Jiceng.Core.Common;

namespace Jiceng.Core.Measures.M04Promotion;

/// <summary>
/// A cadre's registered wish to move (交流意愿) and the organisation department's answer. R4.3 warns about a wish still
/// unanswered after P4.wish_response_days: registered on d, the answer is due on d + N days.
/// </summary>
public sealed class TransferWish : IVersioned
{
    public const int DestinationMaxLength = 64;
    public const int ReasonMaxLength = 500;
    public const int AnswerMaxLength = 500;
    public const int AnsweredByMaxLength = 32;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    public DateOnly RegisteredOn { get; set; }

    /// <summary>Where the cadre wishes to go (a unit or a kind of post, as the cadre put it).</summary>
    public string Destination { get; set; } = "";

    public string Reason { get; set; } = "";

    public DateOnly? AnsweredOn { get; set; }

    public string? Answer { get; set; }

    /// <summary>Who answered (a person or office, as written on the answer).</summary>
    public string? AnsweredBy { get; set; }

    public int Version { get; set; }

    /// <summary>The last day the answer is on time: registered on d, due d + <paramref name="responseDays"/>.</summary>
    public static DateOnly DueOn(DateOnly registeredOn, int responseDays) => registeredOn.AddDays(responseDays);
}
