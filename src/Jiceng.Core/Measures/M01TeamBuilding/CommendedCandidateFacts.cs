using Jiceng.Core.Findings;

namespace Jiceng.Core.Measures.M01TeamBuilding;

/// <summary>A cadre commended for poverty-alleviation work (R1.3): the days of those commendations and every candidate-pool entry of the cadre.</summary>
public sealed record CommendedCandidateFacts(Subject Cadre, IReadOnlyList<DateOnly> PovertyCommendations, IReadOnlyList<PoolStretch> PoolEntries);

/// <summary>One candidate-pool entry: in the pool from <see cref="From"/> to <see cref="To"/> (inclusive; open while a candidate).</summary>
public sealed record PoolStretch(DateOnly From, DateOnly? To, CandidateLeaveReason? Reason)
{
    public bool IsInForceOn(DateOnly day) => From <= day && (To is null || To >= day);
}
