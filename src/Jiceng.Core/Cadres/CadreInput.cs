namespace Jiceng.Core.Cadres;

/// <summary>A cadre as entered in a form, an API request or an import row, before validation.</summary>
public sealed record CadreInput
{
    public string? Name { get; init; }
    /// <summary>GB/T 2261.1 code: "1" male, "2" female.</summary>
    public string? SexCode { get; init; }
    public string? EthnicityCode { get; init; }
    public DateOnly? BirthDate { get; init; }
    public string? IdNumber { get; init; }
    public string? EducationCode { get; init; }
    public string? DegreeCode { get; init; }
    public string? Major { get; init; }
    public string? PoliticalStatusCode { get; init; }
    public CadreCategory? Category { get; init; }
    public DateOnly? JoinedWorkOn { get; init; }
    public DateOnly? JoinedPartyOn { get; init; }
    public DateOnly? GrassrootsServiceSince { get; init; }
    public string? HomeRegionCode { get; init; }
    public int? OrgUnitId { get; init; }

    public static CadreInput From(Cadre c) => new()
    {
        Name = c.Name,
        SexCode = ((int)c.Sex).ToString(System.Globalization.CultureInfo.InvariantCulture),
        EthnicityCode = c.EthnicityCode,
        BirthDate = c.BirthDate,
        IdNumber = c.IdNumber.Value,
        EducationCode = c.EducationCode,
        DegreeCode = c.DegreeCode,
        Major = c.Major,
        PoliticalStatusCode = c.PoliticalStatusCode,
        Category = c.Category,
        JoinedWorkOn = c.JoinedWorkOn,
        JoinedPartyOn = c.JoinedPartyOn,
        GrassrootsServiceSince = c.GrassrootsServiceSince,
        HomeRegionCode = c.HomeRegionCode,
        OrgUnitId = c.OrgUnitId,
    };
}
