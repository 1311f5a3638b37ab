namespace Jiceng.Core.Policy;

/// <summary>The four mechanisms the plan promises in its preamble; every clause serves one of them.</summary>
public enum Mechanism
{
    /// <summary>Not a measure: the jurisdiction placeholders (P0).</summary>
    None = 0,
    /// <summary>政治上激励: selection, promotion, assessment and awards.</summary>
    PoliticalIncentive = 1,
    /// <summary>工作上支持: capability, staffing, burden reduction, error tolerance.</summary>
    WorkSupport = 2,
    /// <summary>待遇上保障: pay, subsidies, leave, village cadres' treatment, facilities.</summary>
    TreatmentGuarantee = 3,
    /// <summary>心理上关怀: talks, checkups, mental health, personal safety.</summary>
    PsychologicalCare = 4,
}

/// <summary>The zh-CN names of the mechanisms.</summary>
public static class Mechanisms
{
    public static string Label(this Mechanism mechanism) => mechanism switch
    {
        Mechanism.None => "—",
        Mechanism.PoliticalIncentive => "政治上激励",
        Mechanism.WorkSupport => "工作上支持",
        Mechanism.TreatmentGuarantee => "待遇上保障",
        Mechanism.PsychologicalCare => "心理上关怀",
    };
}
