using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M03Staffing;

/// <summary>
/// A district department's office located in a township (派驻机构, e.g. 派出所, 司法所, 市场监督管理所): its own record
/// under the township, not an org unit, because its staff belong to the department (人事关系) and it has no
/// leadership team, terms or villages; what the policy asks of it is the township's say on its head.
/// </summary>
public sealed class DispatchedAgency : IVersioned
{
    public const int NameMaxLength = 64;

    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The township or sub-district it is located in.</summary>
    public int TownshipId { get; set; }

    public OrgUnit? Township { get; set; }

    /// <summary>The district department it belongs to.</summary>
    public int DepartmentId { get; set; }

    public OrgUnit? Department { get; set; }

    public DateOnly From { get; set; }

    /// <summary>Last day it existed (撤销); null while it exists.</summary>
    public DateOnly? To { get; set; }

    public int Version { get; set; }

    public List<AgencyHeadEvent> HeadEvents { get; set; } = [];
}

/// <summary>An agency as entered.</summary>
public sealed record DispatchedAgencyInput(string? Name, int? TownshipId, int? DepartmentId, DateOnly? From, DateOnly? To);
