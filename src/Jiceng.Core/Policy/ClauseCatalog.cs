namespace Jiceng.Core.Policy;

/// <summary>
/// The ten measures of the plan with short titles in our own words, plus clause 0 for the jurisdiction placeholders
/// (province, district, year, effective date). Clause 0's parameters sit in the profile file's <c>profile</c> header.
/// </summary>
/// <remarks>
/// Mechanisms are our reading of the preamble's four promises: clauses 一, 四, 五, 十 concern selection, promotion,
/// grading and cultivation (political incentive); 二, 三, 六, 七 support the work (training, staffing, fewer
/// burdens, tolerance of honest mistakes); 八 guarantees treatment; 九 is psychological care.
/// </remarks>
public static class ClauseCatalog
{
    /// <summary>The top-level key of the profile header; it also holds the P0 parameters.</summary>
    public const string HeaderSection = "profile";

    public static IReadOnlyList<Clause> All { get; } =
    [
        new(0, "〇", "适用地区与生效日期", Mechanism.None, HeaderSection),
        new(1, "一", "乡镇班子结构与干部来源", Mechanism.PoliticalIncentive, "clause_1"),
        new(2, "二", "培训、挂职与学习时间", Mechanism.WorkSupport, "clause_2"),
        new(3, "三", "编制配备与服务基层年限", Mechanism.WorkSupport, "clause_3"),
        new(4, "四", "职级晋升与轮岗交流", Mechanism.PoliticalIncentive, "clause_4"),
        new(5, "五", "分类考核与评优奖励", Mechanism.PoliticalIncentive, "clause_5"),
        new(6, "六", "督查检查与减轻负担", Mechanism.WorkSupport, "clause_6"),
        new(7, "七", "容错纠错与澄清正名", Mechanism.WorkSupport, "clause_7"),
        new(8, "八", "补贴、休假与工作条件", Mechanism.TreatmentGuarantee, "clause_8"),
        new(9, "九", "谈心谈话、体检与人身安全", Mechanism.PsychologicalCare, "clause_9"),
        new(10, "十", "村干部、后备力量与大学生村官", Mechanism.PoliticalIncentive, "clause_10"),
    ];

    /// <summary>The ten measures only (without the jurisdiction).</summary>
    public static IEnumerable<Clause> Measures => All.Where(c => c.Number > 0);

    /// <summary>The clause with this number (0–10).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is not 0–10.</exception>
    public static Clause Get(int number) =>
        number is >= 0 and <= 10 ? All[number] : throw new ArgumentOutOfRangeException(nameof(number), number, "Clauses are 0–10.");

    /// <summary>The clause whose parameters a profile section holds, or null for an unknown section key.</summary>
    public static Clause? BySection(string sectionKey) =>
        All.FirstOrDefault(c => string.Equals(c.SectionKey, sectionKey, StringComparison.Ordinal));
}
