using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>The "five smalls" (五小) every township keeps for its cadres (第八条).</summary>
public enum FacilityKind
{
    /// <summary>小食堂.</summary>
    Canteen = 1,

    /// <summary>小厕所.</summary>
    Toilet = 2,

    /// <summary>小澡堂.</summary>
    Bathroom = 3,

    /// <summary>小图书室.</summary>
    Library = 4,

    /// <summary>小文体室.</summary>
    SportsRoom = 5,
}

public static class FacilityKinds
{
    public static IReadOnlyList<FacilityKind> FiveSmalls { get; } = Enum.GetValues<FacilityKind>();

    public static string Label(this FacilityKind kind) => kind switch
    {
        FacilityKind.Canteen => "小食堂",
        FacilityKind.Toilet => "小厕所",
        FacilityKind.Bathroom => "小澡堂",
        FacilityKind.Library => "小图书室",
        _ => "小文体室",
    };
}

/// <summary>One of a township's five smalls, in use from <see cref="OpenedOn"/> up to and including <see cref="ClosedOn"/>.</summary>
public sealed class TownshipFacility : IVersioned
{
    public const int NoteMaxLength = 200;

    public int Id { get; set; }

    public int TownshipId { get; set; }

    public OrgUnit? Township { get; set; }

    public FacilityKind Kind { get; set; }

    public DateOnly OpenedOn { get; set; }

    /// <summary>Last day in use (inclusive); null while in use.</summary>
    public DateOnly? ClosedOn { get; set; }

    public string? Note { get; set; }

    public int Version { get; set; }

    public bool IsInUseOn(DateOnly day) => OpenedOn <= day && (ClosedOn is null || ClosedOn >= day);
}

/// <summary>A unit of a township's turnover housing (周转房).</summary>
public sealed class TurnoverHousingUnit : IVersioned
{
    public const int LabelMaxLength = 50;

    public int Id { get; set; }

    public int TownshipId { get; set; }

    public OrgUnit? Township { get; set; }

    /// <summary>The unit's label, e.g. 2号楼301; unique within the township.</summary>
    public string Label { get; set; } = "";

    public decimal? AreaM2 { get; set; }

    public int Version { get; set; }
}

/// <summary>A cadre living in a turnover housing unit from <see cref="From"/> to <see cref="To"/> (inclusive; open while living there).</summary>
public sealed class TurnoverHousingOccupancy : IVersioned
{
    public int Id { get; set; }

    public int HousingUnitId { get; set; }

    public TurnoverHousingUnit? HousingUnit { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    public DateOnly From { get; set; }

    public DateOnly? To { get; set; }

    public int Version { get; set; }
}
