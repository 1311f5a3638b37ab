using Jiceng.Core.Cadres;
using Jiceng.Core.Common;

namespace Jiceng.Core.Measures.M02Capability;

/// <summary>
/// One training (培训) a cadre attended: what kind, who gave it and at which level, from when to when and how many days
/// of study it counts for. Yearly counts (R2.1, R2.4) use the calendar year of <see cref="Start"/>, the day the cadre
/// was sent; R2.3 looks for rotation trainings whose start lies in the member's term.
/// </summary>
public sealed class TrainingRecord : ICadreRecord
{
    public const int TitleMaxLength = 100;
    public const int ProviderMaxLength = 100;
    public const int CertificateMaxLength = 50;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    public TrainingKind Kind { get; set; }

    /// <summary>The course or class name, e.g. 全省乡镇党委书记专题培训班.</summary>
    public string Title { get; set; } = "";

    /// <summary>Who held it, e.g. 中共山西省委党校.</summary>
    public string Provider { get; set; } = "";

    public AdministrativeLevel ProviderLevel { get; set; }

    public DateOnly Start { get; set; }

    /// <summary>Last day (inclusive).</summary>
    public DateOnly End { get; set; }

    /// <summary>Study days it counts for: at least 1, at most the calendar days from start to end.</summary>
    public int Days { get; set; }

    public string? CertificateNumber { get; set; }

    /// <summary>Optimistic concurrency: bumped on every save.</summary>
    public int Version { get; set; }
}
