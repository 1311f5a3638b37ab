using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M10VillageCadres;

/// <summary>
/// A party member developed (发展党员) by a village's party organisation: admitted as a probationary member
/// (接收预备党员) on <see cref="AdmittedOn"/>. R10.4 counts these per village in the window of years ending with the
/// evaluated year, and reports the share of young members (age at most <see cref="YoungAge"/> on the admission day).
/// </summary>
public sealed class PartyMemberDevelopment : IVersioned
{
    public const int NameMaxLength = 32;

    /// <summary>A member is young when at most this many full years old on the admission day (a product constant, as P1.young_age's example).</summary>
    public const int YoungAge = 35;

    public int Id { get; set; }

    /// <summary>The village or community whose party organisation developed the member.</summary>
    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public string Name { get; set; } = "";

    public DateOnly BirthDate { get; set; }

    /// <summary>接收预备党员日期: the day the member was admitted as a probationary member.</summary>
    public DateOnly AdmittedOn { get; set; }

    /// <summary>The cadre record of the member, when the member is (or becomes) a managed cadre (e.g. a reserve).</summary>
    public int? CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    /// <summary>Optimistic concurrency: bumped on every save.</summary>
    public int Version { get; set; }

    /// <summary>Full years of age on the admission day (滿 N 年 convention).</summary>
    public int AgeOnAdmission => Ages.FullYears(BirthDate, AdmittedOn);

    public bool IsYoung => IsYoungOn(BirthDate, AdmittedOn);

    public static bool IsYoungOn(DateOnly birth, DateOnly admitted) => Ages.FullYears(birth, admitted) <= YoungAge;
}
