using Jiceng.Core.Common;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;

namespace Jiceng.Core.Cadres;

/// <summary>A person managed by the system. Codes refer to the standard code tables (see <see cref="CodeTables.CodeTables"/>).</summary>
public sealed class Cadre
{
    public const int NameMaxLength = 32;
    public const int MajorMaxLength = 64;

    public int Id { get; set; }

    public string Name { get; set; } = "";

    public Sex Sex { get; set; }

    /// <summary>GB/T 3304 code.</summary>
    public string EthnicityCode { get; set; } = "01";

    public DateOnly BirthDate { get; set; }

    public IdCardNumber IdNumber { get; set; }

    /// <summary>ZB64 education code (最高学历).</summary>
    public string? EducationCode { get; set; }

    /// <summary>GB/T 6864 degree code (最高学位).</summary>
    public string? DegreeCode { get; set; }

    public string? Major { get; set; }

    /// <summary>GB/T 4762 code.</summary>
    public string PoliticalStatusCode { get; set; } = "13";

    public CadreCategory Category { get; set; }

    /// <summary>参加工作时间.</summary>
    public DateOnly? JoinedWorkOn { get; set; }

    /// <summary>入党时间.</summary>
    public DateOnly? JoinedPartyOn { get; set; }

    /// <summary>在基层服务起始时间: the start of the current stretch of grassroots service.</summary>
    public DateOnly? GrassrootsServiceSince { get; set; }

    /// <summary>Home region (GB/T 2260, 6 digits): a posting elsewhere is a cross-region posting (异地交流任职).</summary>
    public string? HomeRegionCode { get; set; }

    /// <summary>The unit the cadre belongs to (人事关系所在单位).</summary>
    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public List<PostAssignment> Posts { get; set; } = [];

    /// <summary>Optimistic concurrency: bumped on every save.</summary>
    public int Version { get; set; }

    /// <summary>Age in full years on the given day.</summary>
    public int AgeOn(DateOnly day) => Ages.FullYears(BirthDate, day);
}
