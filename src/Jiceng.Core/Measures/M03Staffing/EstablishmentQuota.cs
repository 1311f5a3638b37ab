using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M03Staffing;

/// <summary>
/// An approved establishment (核定编制) of one unit and kind, in force from <see cref="From"/> through <see cref="To"/>
/// (inclusive; open while in force). Two quotas of the same unit and kind may not overlap.
/// </summary>
public sealed class EstablishmentQuota : IVersioned
{
    public const int MaxApproved = 9999;
    public const int DocumentMaxLength = 100;

    public int Id { get; set; }

    /// <summary>A township, sub-district or district department.</summary>
    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public EstablishmentKind Kind { get; set; }

    /// <summary>核定编制数.</summary>
    public int Approved { get; set; }

    public DateOnly From { get; set; }

    /// <summary>Last day in force (inclusive); null while in force.</summary>
    public DateOnly? To { get; set; }

    /// <summary>The approving document (e.g. 平编发〔2021〕5号), optional.</summary>
    public string? Document { get; set; }

    public int Version { get; set; }

    public bool IsInForceOn(DateOnly day) => From <= day && (To is null || To >= day);
}

/// <summary>A quota as entered.</summary>
public sealed record EstablishmentQuotaInput(int? OrgUnitId, EstablishmentKind? Kind, int? Approved, DateOnly? From, DateOnly? To, string? Document);
