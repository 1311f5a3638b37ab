using Jiceng.Core.Cadres;
using Jiceng.Core.Common;

namespace Jiceng.Core.Measures.M05Assessment;

/// <summary>The kinds of award of clause 五 (奖励种类).</summary>
public enum AwardKind
{
    /// <summary>嘉奖.</summary>
    Commendation = 1,
    /// <summary>记三等功.</summary>
    ThirdClassMerit = 2,
    /// <summary>记二等功.</summary>
    SecondClassMerit = 3,
    /// <summary>记一等功.</summary>
    FirstClassMerit = 4,
    /// <summary>授予称号.</summary>
    HonoraryTitle = 5,
}

/// <summary>
/// An award (奖励) to a cadre: the kind, what it rewards (the event and its day), the day it was granted and whether
/// the cadre counts as grassroots (基层干部: township and village cadres) for R5.3's share. R5.4 judges the days between
/// the event and the grant.
/// </summary>
public sealed class Award : IVersioned
{
    public const int TitleMaxLength = 100;
    public const int EventMaxLength = 200;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    public AwardKind Kind { get; set; }

    /// <summary>The honorary title or the award's wording, e.g. 全区抗洪抢险先进个人.</summary>
    public string Title { get; set; } = "";

    /// <summary>The event or achievement rewarded.</summary>
    public string Event { get; set; } = "";

    public DateOnly EventOn { get; set; }

    public DateOnly GrantedOn { get; set; }

    public bool IsGrassroots { get; set; }

    public string DocumentNumber { get; set; } = "";

    public int Version { get; set; }

    public static string KindLabel(AwardKind kind) => kind switch
    {
        AwardKind.Commendation => "嘉奖",
        AwardKind.ThirdClassMerit => "三等功",
        AwardKind.SecondClassMerit => "二等功",
        AwardKind.FirstClassMerit => "一等功",
        _ => "荣誉称号",
    };
}
