using Jiceng.Core.Findings;

namespace Jiceng.Core.Measures.M10VillageCadres;

/// <summary>
/// One village or community as of the evaluation day: who holds the two main posts, a recorded one-shoulder
/// exemption, ecological village chiefs serving, seats of the current two-committees term and reserve cadres, and
/// the day the village was established when recorded.
/// </summary>
public sealed record VillageCadreFacts(
    Subject Village,
    int? SecretaryId,
    string? SecretaryName,
    IReadOnlyList<int> DirectorIds,
    string? OneShoulderExemption,
    int EcoChiefs,
    int? TwoCommitteesSeats,
    int Reserves,
    DateOnly? EstablishedOn = null);
