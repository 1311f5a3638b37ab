using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M04Promotion;

/// <summary>
/// A move R3.2 judges: the cadre (subject under the unit moved from), the category and grassroots service start that
/// set the minimum, and the two units' kinds (<see cref="ToKind"/> null: outside the system).
/// </summary>
public sealed record CadreMoveFacts(
    Subject Cadre, int MoveId, CadreCategory Category, DateOnly? GrassrootsSince,
    string FromName, OrgUnitKind FromKind, string ToName, OrgUnitKind? ToKind, DateOnly EffectiveOn, MoveStatus Status);

/// <summary>The done moves of one district in the evaluated year, counted by direction (R4.4).</summary>
public sealed record ExchangeYearFacts(Subject District, int Year, IReadOnlyDictionary<MoveDirection, int> Counts)
{
    public int Count(MoveDirection direction) => Counts.GetValueOrDefault(direction);
}

/// <summary>
/// A cadre of a remote township (艰苦边远乡镇) and the day the current stretch of remote service began: the latest done
/// move into a remote township from elsewhere, or else the grassroots service start (R4.3).
/// <see cref="ResultsGood"/> is "good results" from the annual grades (M05Assessment.GoodResults): null without grades in
/// the window; false makes the cadre not eligible.
/// </summary>
public sealed record RemoteServiceFacts(Subject Cadre, string UnitName, DateOnly RemoteSince, bool? ResultsGood);

/// <summary>A registered transfer wish and its answer day, if answered by the as-of day (R4.3).</summary>
public sealed record WishFacts(Subject Cadre, int WishId, DateOnly RegisteredOn, string Destination, DateOnly? AnsweredOn);

/// <summary>What R4.3 reads: the remote-township cadres and the registered wishes.</summary>
public sealed record RemoteCadreFacts(IReadOnlyList<RemoteServiceFacts> Cadres, IReadOnlyList<WishFacts> Wishes);
