namespace Jiceng.Core.Policy;

/// <summary>One measure of the plan (clauses 一 … 十), or number 0 for the jurisdiction placeholders.</summary>
/// <param name="Number">1–10; 0 for the jurisdiction.</param>
/// <param name="Numeral">The Chinese numeral the document uses (一 … 十); "〇" for the jurisdiction.</param>
/// <param name="Title">A short zh-CN title in our own words.</param>
/// <param name="Mechanism">The mechanism of the preamble the clause serves.</param>
/// <param name="SectionKey">The top-level key of the profile file holding its parameters.</param>
public sealed record Clause(int Number, string Numeral, string Title, Mechanism Mechanism, string SectionKey)
{
    /// <summary>"第一条 队伍结构与选拔", or the jurisdiction's title for number 0.</summary>
    public string Heading => Number == 0 ? Title : $"第{Numeral}条 {Title}";
}
