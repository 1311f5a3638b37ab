using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Data.Demo;
using Tables = Jiceng.Core.CodeTables.CodeTables;

namespace Jiceng.Data.Tests.Demo;

public sealed class DemoDistrictGeneratorTests
{
    private static readonly DateOnly AsOf = DemoDistrictGenerator.DataAsOf;
    private static readonly Lazy<DemoDataset> DistrictData = new(() => DemoDistrictGenerator.Generate(DemoScale.District));
    private static readonly Lazy<DemoDataset> SmallData = new(() => DemoDistrictGenerator.Generate(DemoScale.Small));

    private static DemoDataset District => DistrictData.Value;

    public static TheoryData<DemoScale> Scales => [DemoScale.Small, DemoScale.District];

    private static DemoDataset Data(DemoScale scale) => scale == DemoScale.District ? DistrictData.Value : SmallData.Value;

    [Theory]
    [MemberData(nameof(Scales))]
    public void Same_seed_gives_identical_output(DemoScale scale)
    {
        var first = Fingerprint(DemoDistrictGenerator.Generate(scale));
        var second = Fingerprint(DemoDistrictGenerator.Generate(scale));

        Assert.Equal(first, second);
        Assert.NotEqual(first, Fingerprint(DemoDistrictGenerator.Generate(scale, seed: 7)));
    }

    [Fact]
    public void District_has_the_real_geography_and_about_3000_cadres()
    {
        var units = District.OrgUnits;
        Assert.Single(units, u => u.Kind == OrgUnitKind.Province && u.Code == "140000000000" && u.Name == "山西省");
        Assert.Single(units, u => u.Kind == OrgUnitKind.City && u.Code == "140600000000" && u.Name == "朔州市");
        Assert.Single(units, u => u.Kind == OrgUnitKind.District && u.Code == "140603000000" && u.Name == "平鲁区");
        Assert.Equal(15, units.Count(u => u.Kind == OrgUnitKind.DistrictDepartment));
        Assert.Equal(12, units.Count(u => u.Kind == OrgUnitKind.Township));
        Assert.Equal(234, units.Count(u => u.Kind.IsVillageLevel()));
        Assert.Equal(10, units.Count(u => u.Kind == OrgUnitKind.Community));
        Assert.Contains(units, u => u.Name == "古城社区" && u.Kind == OrgUnitKind.Community);
        Assert.Contains(units, u => u.Name == "北坪村" && u.Kind == OrgUnitKind.Village);
        // About 3,000 serving cadres plus the reserve pools, which clause 10 sizes at twice the two-committees seats.
        Assert.InRange(District.Cadres.Count, 5200, 6200);
    }

    [Fact]
    public void Small_has_three_departments_and_two_townships()
    {
        var data = SmallData.Value;
        Assert.Equal(3, data.OrgUnits.Count(u => u.Kind == OrgUnitKind.DistrictDepartment));
        Assert.Equal(2, data.OrgUnits.Count(u => u.Kind == OrgUnitKind.Township));
        Assert.Equal(38, data.OrgUnits.Count(u => u.Kind.IsVillageLevel()));
        Assert.InRange(data.Cadres.Count, 500, 1000);
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Objects_are_linked_by_navigation_with_ids_left_to_the_persister(DemoScale scale)
    {
        var data = Data(scale);
        var units = data.OrgUnits.ToHashSet();
        Assert.All(data.OrgUnits, u =>
        {
            Assert.Equal(0, u.Id);
            Assert.Null(u.ParentId);
            Assert.Equal("/", u.Path);
            Assert.True(u.Parent is null ? u.Kind == OrgUnitKind.Province : units.Contains(u.Parent) && u.Parent.Kind.MayContain(u.Kind));
            Assert.Null(DivisionCode.Check(u.Code, u.Kind, u.Parent?.Code));
        });
        foreach (var siblings in data.OrgUnits.GroupBy(u => u.Parent))
        {
            Assert.Equal(Enumerable.Range(1, siblings.Count()), siblings.Select(u => u.SortOrder));
        }

        Assert.Equal(data.OrgUnits.Count, data.OrgUnits.Select(u => u.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(data.Cadres, c => Assert.True(c.Id == 0 && c.OrgUnitId == 0 && c.OrgUnit is not null && units.Contains(c.OrgUnit)));
        Assert.All(data.Terms, t => Assert.True(t.Id == 0 && t.OrgUnitId == 0 && t.OrgUnit is not null && t.Seats.All(s => s.Id == 0 && s.TermId == 0)));
        var terms = data.Terms.ToHashSet();
        Assert.All(data.Posts, p =>
        {
            Assert.True(p.Id == 0 && p.CadreId == 0 && p.OrgUnitId == 0 && p.TermId is null);
            Assert.True(p.Cadre is not null && p.Cadre.Posts.Contains(p) && p.OrgUnit is not null && units.Contains(p.OrgUnit));
            Assert.Equal(p.Term is not null, p.IsLeadershipTeamMember);
            if (p.Term is not null)
            {
                Assert.True(terms.Contains(p.Term) && p.Term.OrgUnit == p.OrgUnit);
                Assert.Contains(p.Term.Seats, s => s.Kind == p.Kind);
            }
        });
        Assert.Equal(data.Cadres.Sum(c => c.Posts.Count), data.Posts.Count);
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Id_numbers_are_valid_unique_and_agree_with_birth_date_and_sex(DemoScale scale)
    {
        var cadres = Data(scale).Cadres;
        Assert.All(cadres, c =>
        {
            Assert.True(IdCardNumber.TryParse(c.IdNumber.Value, out var parsed, out var error), error);
            Assert.Equal(c.BirthDate, parsed.BirthDate);
            Assert.Equal(c.Sex, parsed.Sex);
            Assert.True(Tables.Regions.Contains(parsed.RegionCode), parsed.RegionCode);
            Assert.StartsWith("14", parsed.RegionCode, StringComparison.Ordinal);
        });
        Assert.Equal(cadres.Count, cadres.Select(c => c.IdNumber.Value).Distinct(StringComparer.Ordinal).Count());
        var local = cadres.Count(c => c.IdNumber.RegionCode == "140603") / (double)cadres.Count;
        Assert.InRange(local, 0.72, 0.88);
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Every_village_has_a_current_term_and_a_party_secretary(DemoScale scale)
    {
        var data = Data(scale);
        foreach (var village in data.OrgUnits.Where(u => u.Kind.IsVillageLevel()))
        {
            var current = data.Terms.Single(t => t.OrgUnit == village && t.Body == TermBody.VillageTwoCommittees && t.Number == 12);
            // A few villages' terms were cut short the day before the data day (R10.6 planted); their members still serve.
            Assert.Equal(data.Planted.Any(p => p.Rule == "R10.6" && p.Unit == village), !current.IsCurrentOn(AsOf));
            Assert.Contains(data.Posts, p => p.Term == current && p.Kind == PostKind.VillagePartySecretary && p.IsActiveOn(AsOf));
            Assert.Contains(data.Posts, p => p.Term == current && p.Kind == PostKind.VillageCommitteeDirector && p.IsActiveOn(AsOf));
        }
    }

    [Fact]
    public void Most_villages_have_one_shoulder_an_ecological_chief_and_reserves()
    {
        var villages = District.OrgUnits.Where(u => u.Kind.IsVillageLevel()).ToList();
        var active = District.Posts.Where(p => p.IsActiveOn(AsOf)).ToList();
        var oneShoulder = villages.Count(v =>
            active.Single(p => p.OrgUnit == v && p.Kind == PostKind.VillagePartySecretary).Cadre
            == active.Single(p => p.OrgUnit == v && p.Kind == PostKind.VillageCommitteeDirector).Cadre);
        Assert.InRange(oneShoulder / (double)villages.Count, 0.8, 0.97);
        var withChief = villages.Count(v => active.Any(p => p.OrgUnit == v && p.Kind == PostKind.EcologicalVillageChief));
        Assert.InRange(withChief / (double)villages.Count, 0.8, 0.97);
        var reserves = District.Cadres.Count(c => c.Category == CadreCategory.ReserveVillageCadre);
        Assert.InRange(reserves / (double)villages.Count, 10, 14);
        Assert.All(District.Cadres.Where(c => c.Category == CadreCategory.ReserveVillageCadre),
            c => Assert.All(c.Posts, p => Assert.Equal(PostKind.ReserveSpecialPost, p.Kind)));
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Every_township_current_term_has_a_party_secretary_and_a_head(DemoScale scale)
    {
        var data = Data(scale);
        foreach (var township in data.OrgUnits.Where(u => u.Kind.IsTownshipLevel()))
        {
            var terms = data.Terms.Where(t => t.OrgUnit == township && t.Body == TermBody.TownshipLeadershipTeam).OrderBy(t => t.Number).ToList();
            Assert.Equal([6, 7], terms.Select(t => t.Number));
            Assert.Equal(12, terms[1].TotalSeats);
            Assert.Equal(!data.Planted.Any(p => p.Rule == "R1.4" && p.Unit == township), terms[1].IsCurrentOn(AsOf));
            var members = data.Posts.Where(p => p.Term == terms[1] && p.IsActiveOn(AsOf)).ToList();
            Assert.Single(members, p => p.Kind == PostKind.TownshipPartySecretary);
            Assert.Single(members, p => p.Kind == PostKind.TownshipHead);
            Assert.InRange(members.Count, 11, 12);
            Assert.Single(data.Posts, p => p.OrgUnit == township && p.Kind == PostKind.DispatchedAgencyHead);
            if (scale == DemoScale.District)
            {
                // Office staff as generated: serving, or moved away by a planted move (their post ends the day before it).
                Assert.InRange(data.Posts.Count(p => p.OrgUnit == township && p.Kind == PostKind.TownshipOfficeStaff
                    && (p.End is null || data.Moves.Any(m => m.Cadre == p.Cadre && m.EffectiveOn == p.End.Value.AddDays(1)))), 35, 47);
                Assert.InRange(data.Posts.Count(p => p.OrgUnit == township && p.Kind == PostKind.TownshipInstitutionStaff), 25, 35);
            }
        }
    }

    [Fact]
    public void Post_histories_vacancies_long_tenures_and_non_party_deputies_exist()
    {
        var posts = District.Posts;
        var leaders = posts.Where(p => p.IsLeadershipTeamMember && p.Kind.IsTownshipPost() && p.IsActiveOn(AsOf)).ToList();
        Assert.InRange(leaders.Count(p => p.Cadre!.Posts.Any(q => q.End == p.Start.AddDays(-1))), 10, 80);
        Assert.InRange(leaders.Count(p => p.Start <= AsOf.AddYears(-5)), 2, 12);
        Assert.InRange(leaders.Count(p => p.Cadre!.PoliticalStatusCode is "12" or "05"), 2, 6);
        Assert.InRange(12 * 12 - leaders.Count, 2, 6);
        Assert.Contains(posts, p => p.Kind == PostKind.DistrictDepartmentStaff && p.Cadre!.Posts.Any(q => q.Kind == PostKind.TownshipOfficeStaff));
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Dates_are_consistent(DemoScale scale)
    {
        Assert.All(Data(scale).Cadres, c =>
        {
            var work = c.JoinedWorkOn!.Value;
            Assert.InRange(Ages.FullYears(c.BirthDate, work), 18, 24);
            Assert.True(work <= AsOf);
            if (c.PoliticalStatusCode is "01" or "02")
            {
                Assert.True(c.JoinedPartyOn is { } party && party <= AsOf && Ages.FullYears(c.BirthDate, party) >= 18);
            }
            else
            {
                Assert.Null(c.JoinedPartyOn);
            }

            Assert.All(c.Posts, p => Assert.True(p.Start >= work && p.Start <= AsOf && (p.End is null || p.End >= p.Start), $"{c.Name} {p.Kind} {p.Start}"));
            var grassroots = c.Posts.Where(p => p.Kind.IsTownshipPost() || p.Kind.IsVillagePost()).Select(p => (DateOnly?)p.Start).Min();
            Assert.Equal(grassroots, c.GrassrootsServiceSince);
            Assert.Empty(CadreValidator.Validate(CadreInput.From(c) with { OrgUnitId = 1 }, AsOf));
        });
        var members = Data(scale).Cadres.Where(c => c.PoliticalStatusCode == "01").ToList();
        Assert.True(members.Count(c => c.JoinedPartyOn >= c.JoinedWorkOn) >= 0.8 * members.Count);
    }

    [Fact]
    public void Women_are_between_15_and_40_percent()
    {
        var share = District.Cadres.Count(c => c.Sex == Sex.Female) / (double)District.Cadres.Count;
        Assert.InRange(share, 0.15, 0.40);
        Assert.All(District.Cadres, c => Assert.True(c.Sex is Sex.Male or Sex.Female));
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Every_code_exists_in_its_table(DemoScale scale)
    {
        Assert.All(Data(scale).Cadres, c =>
        {
            Assert.True(Tables.Ethnicity.Contains(c.EthnicityCode), c.EthnicityCode);
            Assert.True(Tables.PoliticalStatus.Contains(c.PoliticalStatusCode), c.PoliticalStatusCode);
            Assert.True(c.EducationCode is null || Tables.Education.Contains(c.EducationCode), c.EducationCode);
            Assert.True(c.DegreeCode is null || Tables.Degree.Contains(c.DegreeCode), c.DegreeCode);
            Assert.True(c.HomeRegionCode is null || Tables.Regions.Contains(c.HomeRegionCode), c.HomeRegionCode);
            Assert.True(Tables.Sex.Contains(((int)c.Sex).ToString(CultureInfo.InvariantCulture)));
            Assert.Equal(c.DegreeCode is not null, c.Major is not null);
        });
    }

    [Fact]
    public void Cross_region_postings_are_about_8_percent_of_township_staff()
    {
        var staff = District.Cadres.Where(c => c.Category is CadreCategory.TownshipCivilServant or CadreCategory.TownshipInstitutionStaff
            or CadreCategory.SelectedGraduate).ToList();
        var away = staff.Count(c => !c.HomeRegionCode!.StartsWith("1406", StringComparison.Ordinal)) / (double)staff.Count;
        Assert.InRange(away, 0.04, 0.13);
        Assert.All(District.Cadres.Except(staff), c => Assert.Equal("140603", c.HomeRegionCode));
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Ages_fit_the_roles(DemoScale scale)
    {
        foreach (var c in Data(scale).Cadres)
        {
            var age = c.AgeOn(AsOf);
            var active = c.Posts.Where(p => p.IsActiveOn(AsOf)).ToList();
            var (min, max) = c.Category switch
            {
                CadreCategory.VillageCadre => (28, 63),
                CadreCategory.ReserveVillageCadre => (22, 40),
                CadreCategory.CollegeGraduateVillageOfficial => (23, 30),
                CadreCategory.SelectedGraduate => (23, 32),
                CadreCategory.TownshipCivilServant or CadreCategory.TownshipInstitutionStaff or CadreCategory.DistrictOrganStaff => (22, 60),
            };
            if (active.Any(p => p.Kind.IsTownshipHead()))
            {
                (min, max) = (35, 52);
            }
            else if (active.Any(p => p.IsLeadershipTeamMember && p.Kind.IsTownshipPost()))
            {
                (min, max) = (30, 56);
            }

            Assert.True(age >= min && age <= max, $"{c.Name} {c.Category} aged {age}, expected {min}–{max}");
        }
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Reappointments_of_every_shape_are_made_to_the_same_township_post(DemoScale scale)
    {
        var data = Data(scale);
        // Days from an earlier post's end to the next start of the same post, same unit, same cadre.
        var gaps = data.Posts
            .Where(p => p.Kind.IsTownshipPost() && p.IsLeadershipTeamMember)
            .SelectMany(p => p.Cadre!.Posts.Where(q => q != p && q.OrgUnit == p.OrgUnit && q.Kind == p.Kind && q.End is { } e && e < p.Start)
                .Select(q => (Next: p, Days: p.Start.DayNumber - q.End!.Value.DayNumber)))
            .ToList();
        Assert.Contains(gaps, g => g.Days == 1);
        Assert.Contains(gaps, g => g.Days == 2);
        Assert.Contains(gaps, g => g.Days == 3);
        // A chain of three: a serving post preceded by two contiguous earlier ones.
        Assert.Contains(data.Posts, p => p.IsActiveOn(AsOf) && p.Cadre!.Posts.Count(q => q.OrgUnit == p.OrgUnit && q.Kind == p.Kind) == 3);
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Overdue_terms_are_planted_for_both_bodies_and_a_term_ending_on_the_data_day_is_not(DemoScale scale)
    {
        var data = Data(scale);
        foreach (var rule in new[] { "R1.4", "R10.6" })
        {
            var planted = data.Planted.Where(p => p.Rule == rule).ToList();
            Assert.NotEmpty(planted);
            Assert.All(planted, p => Assert.Equal(AsOf.AddDays(-1), data.Terms.Where(t => t.OrgUnit == p.Unit).Max(t => t.End)));
        }

        var endingToday = data.Terms.Where(t => t.End == AsOf).Select(t => t.OrgUnit).ToList();
        Assert.Contains(endingToday, u => u!.Kind.IsTownshipLevel());
        Assert.Contains(endingToday, u => u!.Kind.IsVillageLevel());
        Assert.DoesNotContain(data.Planted, p => p.Rule is "R1.4" or "R10.6" && endingToday.Contains(p.Unit));
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Every_reserve_is_in_its_villages_pool_and_former_reserves_left_with_a_reason(DemoScale scale)
    {
        var data = Data(scale);
        var open = data.ReserveMemberships.Where(m => m.To is null).ToList();
        Assert.Equal(data.Cadres.Where(c => c.Category == CadreCategory.ReserveVillageCadre).ToHashSet(), open.Select(m => m.Cadre!).ToHashSet());
        Assert.All(open, m => Assert.True(m.OrgUnit == m.Cadre!.OrgUnit && m.From <= AsOf && m.From >= m.Cadre.JoinedWorkOn));
        var former = data.ReserveMemberships.Where(m => m.To is not null).ToList();
        Assert.NotEmpty(former);
        Assert.All(former, m => Assert.True(m.From <= m.To && m.To < AsOf && !string.IsNullOrEmpty(m.LeaveReason)));
    }

    private static List<string> Fingerprint(DemoDataset data) =>
    [
        .. data.OrgUnits.Select(u => $"{u.Code}|{u.Name}|{u.Kind}|{u.Parent?.Code}|{u.SortOrder}|{u.IsRemoteHardship}"),
        .. data.Cadres.Select(c => string.Join('|', c.Name, c.IdNumber.Value, c.Sex, c.EthnicityCode, c.EducationCode, c.DegreeCode, c.Major,
            c.PoliticalStatusCode, c.Category, Dates.Format(c.JoinedWorkOn), Dates.Format(c.JoinedPartyOn), Dates.Format(c.GrassrootsServiceSince),
            c.HomeRegionCode, c.OrgUnit!.Code)),
        .. data.Terms.Select(t => $"{t.OrgUnit!.Code}|{t.Body}|{t.Number}|{Dates.Format(t.Start)}|{Dates.Format(t.End)}|{string.Join(',', t.Seats.Select(s => $"{s.Kind}:{s.Count}"))}"),
        .. data.Posts.Select(p => string.Join('|', p.Cadre!.IdNumber.Value, p.OrgUnit!.Code, p.Kind, p.Title, p.IsLeadershipTeamMember,
            Dates.Format(p.Start), Dates.Format(p.End), p.Term?.Number)),
    ];
}
