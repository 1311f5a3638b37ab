namespace Jiceng.Core.Cadres;

/// <summary>
/// A family member or important social relation (家庭主要成员及重要社会关系) as the 任免审批表 lists them: texts as
/// written (the form's own labels, not codes). Personal data of a third person: the name and the work unit are
/// encrypted at rest, and reading them is an audited sensitive read.
/// </summary>
public sealed class CadreFamilyMember
{
    public const int RelationMaxLength = 16;
    public const int NameMaxLength = 32;
    public const int BirthDateMaxLength = 16;
    public const int PoliticalStatusMaxLength = 32;
    public const int WorkUnitMaxLength = 200;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    public int Order { get; set; }

    /// <summary>称谓: 父亲, 妻子, 儿子 ….</summary>
    public string? Relation { get; set; }

    public string? Name { get; set; }

    /// <summary>出生日期 as written (often YYYY.MM).</summary>
    public string? BirthDate { get; set; }

    /// <summary>政治面貌 as written.</summary>
    public string? PoliticalStatus { get; set; }

    /// <summary>工作单位及职务.</summary>
    public string? WorkUnit { get; set; }

    /// <summary>Elements of the file's item this product does not know, verbatim XML, one per line (written back on export).</summary>
    public string? LrmxExtras { get; set; }
}
