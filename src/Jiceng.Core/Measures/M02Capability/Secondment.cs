using Jiceng.Core.Cadres;
using Jiceng.Core.Common;

namespace Jiceng.Core.Measures.M02Capability;

/// <summary>
/// A secondment (挂职锻炼): a cadre sent to work for a time in another organ or region. R2.2 counts township leaders
/// seconded to a district-or-higher organ or a developed area in the calendar year of <see cref="Start"/>.
/// </summary>
public sealed class Secondment : ICadreRecord
{
    public const int PlaceMaxLength = 100;
    public const int PostTitleMaxLength = 64;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    /// <summary>The host organ or place as written, e.g. 朔州市发展和改革委员会 or 浙江省杭州市余杭区.</summary>
    public string Place { get; set; } = "";

    public SecondmentDestination Destination { get; set; }

    /// <summary>The host's administrative level.</summary>
    public AdministrativeLevel Level { get; set; }

    /// <summary>The post held there (挂职职务), when recorded.</summary>
    public string? PostTitle { get; set; }

    public DateOnly Start { get; set; }

    /// <summary>Last day (inclusive); null while the secondment lasts.</summary>
    public DateOnly? End { get; set; }

    /// <summary>Optimistic concurrency: bumped on every save.</summary>
    public int Version { get; set; }
}
