using Jiceng.Core.Cadres;
using Jiceng.Data.Cadres;

namespace Jiceng.Web.Api;

/// <summary>A cadre as the API returns it. The ID number is masked; <see cref="Version"/> goes back in an update to detect conflicts.</summary>
public sealed record CadreDto(
    int Id, string Name, string SexCode, string EthnicityCode, DateOnly BirthDate, string IdNumberMasked,
    string? EducationCode, string? DegreeCode, string? Major, string PoliticalStatusCode, CadreCategory Category,
    DateOnly? JoinedWorkOn, DateOnly? JoinedPartyOn, DateOnly? GrassrootsServiceSince, string? HomeRegionCode,
    int OrgUnitId, string? OrgUnitName, int Version, IReadOnlyList<PostRow>? Posts)
{
    public static CadreDto From(Cadre c, string? orgUnitName = null, IReadOnlyList<PostRow>? posts = null) => new(
        c.Id, c.Name, ((int)c.Sex).ToString(System.Globalization.CultureInfo.InvariantCulture), c.EthnicityCode, c.BirthDate,
        c.IdNumber.Masked, c.EducationCode, c.DegreeCode, c.Major, c.PoliticalStatusCode, c.Category, c.JoinedWorkOn,
        c.JoinedPartyOn, c.GrassrootsServiceSince, c.HomeRegionCode, c.OrgUnitId, orgUnitName, c.Version, posts);
}

/// <summary>A cadre's full ID number, from the audited unmasking endpoint.</summary>
public sealed record IdNumberDto(int CadreId, string IdNumber);

/// <summary>An update: the fields of a new cadre plus the version the client read.</summary>
public sealed record CadreUpdate
{
    public required CadreInput Cadre { get; init; }
    public int? Version { get; init; }
}
