using Jiceng.Core.Cadres;
using Jiceng.Core.Common;

namespace Jiceng.Core.Measures.M08Guarantees;

/// <summary>
/// A cadre who died on duty (因公殉职), with the family the township and district look after and the care visits made
/// to it. R8.5 requires P8.family_visits_per_year visits in every calendar year after the year of death (the year of
/// death itself is not judged) while a family member is recorded.
/// </summary>
public sealed class FallenCadre : IVersioned
{
    public const int CircumstancesMaxLength = 500;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    public DateOnly DiedOn { get; set; }

    /// <summary>What happened (e.g. 抗洪抢险中牺牲); sensitive.</summary>
    public string Circumstances { get; set; } = "";

    public List<FallenCadreFamilyMember> Family { get; set; } = [];

    public List<FamilyCareVisit> Visits { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>A family member of a fallen cadre (personal data: read audited).</summary>
public sealed class FallenCadreFamilyMember : IVersioned
{
    public const int NameMaxLength = 50;

    public const int RelationMaxLength = 20;

    public const int PhoneMaxLength = 30;

    public int Id { get; set; }

    public int FallenCadreId { get; set; }

    public FallenCadre? FallenCadre { get; set; }

    public string Name { get; set; } = "";

    /// <summary>配偶、子女、父母 ….</summary>
    public string Relation { get; set; } = "";

    public string? Phone { get; set; }

    public int Version { get; set; }
}

/// <summary>A care visit (走访慰问) to a fallen cadre's family on a day.</summary>
public sealed class FamilyCareVisit : IVersioned
{
    public const int VisitorMaxLength = 100;

    public const int NoteMaxLength = 500;

    public int Id { get; set; }

    public int FallenCadreId { get; set; }

    public FallenCadre? FallenCadre { get; set; }

    public DateOnly VisitedOn { get; set; }

    public string Visitor { get; set; } = "";

    public string? Note { get; set; }

    public int Version { get; set; }
}
