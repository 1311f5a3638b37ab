namespace Jiceng.Core.Measures.M02Capability;

/// <summary>What a training is. A switch over this enum must name every member (CS8509 is an error).</summary>
public enum TrainingKind
{
    /// <summary>轮训: the once-per-term training of a leadership-team member (R2.3).</summary>
    RotationTraining = 1,
    /// <summary>党校学习: study at a party school (R2.1 when the school is provincial or higher).</summary>
    PartySchoolStudy = 2,
    /// <summary>专题培训.</summary>
    TopicalTraining = 3,
    /// <summary>村干部学历提升.</summary>
    VillageCadreDegree = 4,
    /// <summary>其他.</summary>
    Other = 9,
}

/// <summary>The administrative level of a training provider or of a secondment's host (中央/省/市/区县/乡镇).</summary>
public enum AdministrativeLevel
{
    /// <summary>中央.</summary>
    Central = 1,
    /// <summary>省级.</summary>
    Provincial = 2,
    /// <summary>市级.</summary>
    City = 3,
    /// <summary>区县级.</summary>
    County = 4,
    /// <summary>乡镇级.</summary>
    Township = 5,
}

/// <summary>Where a secondment (挂职) takes a cadre, as R2.2 tells them apart.</summary>
public enum SecondmentDestination
{
    /// <summary>区级及以上机关.</summary>
    DistrictOrHigherOrgan = 1,
    /// <summary>发达地区.</summary>
    DevelopedArea = 2,
    /// <summary>其他.</summary>
    Other = 3,
}

public static class CapabilityEnumExtensions
{
    /// <summary>A party school at provincial level or above counts for R2.1 (enum values grow downwards).</summary>
    public static bool IsProvincialOrHigher(this AdministrativeLevel level) => level is AdministrativeLevel.Central or AdministrativeLevel.Provincial;

    /// <summary>Secondments R2.2 counts: to a district-or-higher organ or a developed area.</summary>
    public static bool CountsForR22(this SecondmentDestination destination) =>
        destination is SecondmentDestination.DistrictOrHigherOrgan or SecondmentDestination.DevelopedArea;
}

/// <summary>A record about one cadre (a training, a secondment): scoped through the cadre's unit.</summary>
public interface ICadreRecord : Common.IVersioned
{
    int Id { get; }

    int CadreId { get; }
}
