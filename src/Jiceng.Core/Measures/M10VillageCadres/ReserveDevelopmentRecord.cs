using Jiceng.Core.Common;

namespace Jiceng.Core.Measures.M10VillageCadres;

/// <summary>What a reserve's development record is: a training attended or a part taken in village affairs.</summary>
public enum ReserveDevelopmentKind
{
    /// <summary>学习培训: a training the reserve attended.</summary>
    Training = 0,

    /// <summary>参与村级工作: a part the reserve took in the village's affairs (协助换届、参与村务 …).</summary>
    Participation = 1,
}

/// <summary>
/// 后备力量培养 (clause 十: "有计划地安排村级后备干部学习和参与村级工作"): one training a reserve attended or one part
/// taken in village affairs, during a stretch in the village's reserve pool (<see cref="ReservePoolMembership"/>), on a
/// day inside that stretch. Hours are recorded for trainings only.
/// </summary>
public sealed class ReserveDevelopmentRecord : IVersioned
{
    public const int ContentMaxLength = 100;

    /// <summary>The most hours one training may record (a guard against typing errors).</summary>
    public const decimal MaxHours = 1000m;

    public int Id { get; set; }

    /// <summary>The reserve's stretch in the pool the record belongs to (gives the cadre and the village).</summary>
    public int MembershipId { get; set; }

    public ReservePoolMembership? Membership { get; set; }

    public ReserveDevelopmentKind Kind { get; set; }

    /// <summary>The day of the training or of the work (the first day when it lasted longer).</summary>
    public DateOnly On { get; set; }

    /// <summary>The training's name or the work taken part in.</summary>
    public string Content { get; set; } = "";

    /// <summary>学时 of a training; null for participation.</summary>
    public decimal? Hours { get; set; }

    /// <summary>Optimistic concurrency: bumped on every save.</summary>
    public int Version { get; set; }
}
