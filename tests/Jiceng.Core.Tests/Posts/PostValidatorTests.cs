using Jiceng.Core.Org;
using Jiceng.Core.Posts;

namespace Jiceng.Core.Tests.Posts;

public sealed class PostValidatorTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    private static IReadOnlyList<string> Fields(PostKind kind, OrgUnitKind unit, string start, string? end = null) =>
        PostValidator.Validate(new PostInput
        {
            OrgUnitId = 5, Kind = kind, Start = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            End = end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
        }, unit, Today).Select(e => e.Field).ToList();

    [Theory]
    [InlineData("2026-06-30", null)]          // starting today is fine
    [InlineData("2026-07-01", "start")]       // tomorrow is not
    public void Start_IsNotInTheFuture(string start, string? field) =>
        Assert.Equal(field is null ? [] : [field], Fields(PostKind.TownshipDeputyHead, OrgUnitKind.Township, start));

    [Theory]
    [InlineData("2020-01-01", "2020-01-01", null)]   // a one-day post
    [InlineData("2020-01-02", "2020-01-01", "end")]
    public void End_IsNotBeforeStart(string start, string end, string? field) =>
        Assert.Equal(field is null ? [] : [field], Fields(PostKind.TownshipDeputyHead, OrgUnitKind.Township, start, end));

    [Theory]
    [InlineData(PostKind.VillagePartySecretary, OrgUnitKind.Village, true)]
    [InlineData(PostKind.VillagePartySecretary, OrgUnitKind.Community, true)]
    [InlineData(PostKind.VillagePartySecretary, OrgUnitKind.Township, false)]
    [InlineData(PostKind.TownshipHead, OrgUnitKind.SubDistrict, true)]
    [InlineData(PostKind.TownshipHead, OrgUnitKind.DistrictDepartment, false)]
    [InlineData(PostKind.DistrictDepartmentStaff, OrgUnitKind.DistrictDepartment, true)]
    [InlineData(PostKind.DistrictDepartmentStaff, OrgUnitKind.Village, false)]
    public void Kind_FitsTheUnitsLevel(PostKind kind, OrgUnitKind unit, bool fits)
    {
        Assert.Equal(fits, PostValidator.Fits(kind, unit));
        Assert.Equal(fits, !Fields(kind, unit, "2020-01-01").Contains("kind"));
    }
}
