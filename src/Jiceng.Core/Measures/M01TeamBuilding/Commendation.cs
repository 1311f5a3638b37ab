using Jiceng.Core.Cadres;
using Jiceng.Core.Common;

namespace Jiceng.Core.Measures.M01TeamBuilding;

/// <summary>What a commendation (表彰奖励) was for; clause 一 names poverty alleviation (脱贫攻坚).</summary>
public enum CommendationKind
{
    /// <summary>脱贫攻坚 (e.g. 脱贫攻坚先进个人).</summary>
    PovertyAlleviation = 1,
    /// <summary>乡村振兴.</summary>
    RuralRevitalization = 2,
    /// <summary>党建工作 (优秀共产党员、优秀党务工作者).</summary>
    PartyBuilding = 3,
    /// <summary>优秀公务员、先进工作者.</summary>
    OutstandingService = 4,
    /// <summary>其他.</summary>
    Other = 5,
}

/// <summary>The level of the body that awarded a commendation.</summary>
public enum AwardLevel
{
    /// <summary>国家级.</summary>
    National = 1,
    /// <summary>省级.</summary>
    Provincial = 2,
    /// <summary>市级.</summary>
    City = 3,
    /// <summary>县（区）级.</summary>
    District = 4,
    /// <summary>乡镇级.</summary>
    Township = 5,
}

/// <summary>A commendation a cadre received (表彰奖励): what, of which kind, from whom, when. R1.3 reads those for poverty alleviation.</summary>
public sealed class Commendation : IVersioned
{
    public const int TitleMaxLength = 100;
    public const int BodyMaxLength = 100;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    /// <summary>The title as awarded, e.g. 全省脱贫攻坚先进个人.</summary>
    public string Title { get; set; } = "";

    public CommendationKind Kind { get; set; }

    /// <summary>The awarding body, e.g. 中共山西省委、山西省人民政府.</summary>
    public string AwardingBody { get; set; } = "";

    public AwardLevel Level { get; set; }

    public DateOnly AwardedOn { get; set; }

    /// <summary>Optimistic concurrency: bumped on every save.</summary>
    public int Version { get; set; }
}
