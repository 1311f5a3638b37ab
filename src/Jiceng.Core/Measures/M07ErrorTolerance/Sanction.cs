using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Measures.M07ErrorTolerance;

/// <summary>
/// A disciplinary sanction (处分) of a cadre: its kind, the day it took effect and the deciding document. Its influence
/// period is P7.influence_months of its kind from <see cref="EffectiveOn"/> (d … d + M months − 1 day); a promotion or
/// rank raise dated inside is refused (R7.2). A revoked sanction (撤销, <see cref="RevokedOn"/>) no longer counts from that
/// day. <see cref="Facts"/> is sensitive: stored encrypted, read only by <c>Roles.DisciplineReaders</c>, every read audited.
/// </summary>
public sealed class Sanction : IVersioned
{
    public const int DocumentNumberMaxLength = 64;
    public const int AuthorityMaxLength = 100;
    public const int FactsMaxLength = 2000;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    public SanctionKind Kind { get; set; }

    /// <summary>生效日期: the first day of the influence period.</summary>
    public DateOnly EffectiveOn { get; set; }

    /// <summary>决定机关.</summary>
    public string Authority { get; set; } = "";

    /// <summary>文号.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>The facts and reasons (违纪事实), encrypted at rest.</summary>
    public string? Facts { get; set; }

    /// <summary>撤销日期: from this day the sanction no longer counts (e.g. revoked on review); null while standing.</summary>
    public DateOnly? RevokedOn { get; set; }

    public int Version { get; set; }
}
