using Jiceng.Core.Common;

namespace Jiceng.Core.Ranks;

/// <summary>One rank of a cadre's history: its id (0 for the one being saved), code and dates.</summary>
public sealed record RankSpan(int Id, string RankCode, DateOnly Start, DateOnly? End)
{
    public bool Overlaps(DateOnly start, DateOnly? end) => Start <= (end ?? DateOnly.MaxValue) && (End is null || End >= start);
}

/// <summary>A promotion (晋升职级): the day a cadre moved from one rank to a higher one.</summary>
public sealed record RankPromotion(DateOnly On, string FromCode, string ToCode);

/// <summary>
/// A cadre's rank history as a chain: one rank at a time. A new rank (promotion) ends the rank held before it on the day
/// before the new one starts; a rank may not start on or before the start of the rank it follows, nor overlap any
/// other recorded rank of the cadre.
/// </summary>
public static class RankHistory
{
    /// <summary>
    /// The open rank a new rank from <paramref name="start"/> ends (on the day before), or null when none is open.
    /// The caller refuses the new rank when <see cref="Conflicts"/> reports a problem first.
    /// </summary>
    public static RankSpan? Superseded(IReadOnlyList<RankSpan> others, DateOnly start) =>
        others.FirstOrDefault(r => r.End is null && r.Start < start);

    /// <summary>
    /// Why a rank from <paramref name="start"/> to <paramref name="end"/> cannot join the history (null when it can).
    /// With <paramref name="endsOpenRank"/> (a new rank), the open rank started earlier is ended the day before, so it
    /// does not count as an overlap; a correction never ends another rank.
    /// </summary>
    public static FieldError? Conflicts(IReadOnlyList<RankSpan> others, DateOnly start, DateOnly? end, bool endsOpenRank)
    {
        var superseded = endsOpenRank ? Superseded(others, start) : null;
        var clash = others.Where(r => r != superseded).FirstOrDefault(r => r.Overlaps(start, end));
        if (clash is null)
        {
            return null;
        }

        var held = $"{RankLevels.Label(clash.RankCode)}（{Dates.Format(clash.Start)}起{(clash.End is { } e ? $"至{Dates.Format(e)}" : "，现任")}）";
        return new FieldError("start", $"任职时间：与该干部的另一职级{held}时间重叠；同一时间只能任一个职级");
    }

    /// <summary>The promotions in a cadre's history: each rank change to a higher rank, in date order.</summary>
    public static IEnumerable<RankPromotion> Promotions(IEnumerable<RankSpan> history)
    {
        RankSpan? previous = null;
        foreach (var r in history.OrderBy(r => r.Start))
        {
            if (previous is not null && RankLevels.IsPromotion(previous.RankCode, r.RankCode))
            {
                yield return new RankPromotion(r.Start, previous.RankCode, r.RankCode);
            }

            previous = r;
        }
    }
}
