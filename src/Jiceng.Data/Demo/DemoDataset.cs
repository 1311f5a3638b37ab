using Jiceng.Core.Cadres;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;

namespace Jiceng.Data.Demo;

/// <summary>
/// A generated demo district. Objects are linked by navigation properties only: every Id and foreign-key id is 0
/// and every <see cref="OrgUnit.Path"/> is "/", for the persister to fill in.
/// </summary>
public sealed record DemoDataset(
    IReadOnlyList<OrgUnit> OrgUnits,
    IReadOnlyList<Cadre> Cadres,
    IReadOnlyList<Term> Terms,
    IReadOnlyList<PostAssignment> Posts,
    IReadOnlyList<OneShoulderExemption> Exemptions,
    IReadOnlyList<PlantedFinding> Planted)
{
    /// <summary>Every stretch in a village's reserve pool, current and past.</summary>
    public IReadOnlyList<ReservePoolMembership> ReserveMemberships { get; init; } = [];

    /// <summary>Township candidate-pool entries (clause 一), current and past.</summary>
    public IReadOnlyList<Core.Measures.M01TeamBuilding.CandidatePoolEntry> CandidatePoolEntries { get; init; } = [];

    /// <summary>Commendations of cadres (clause 一).</summary>
    public IReadOnlyList<Core.Measures.M01TeamBuilding.Commendation> Commendations { get; init; } = [];
}
