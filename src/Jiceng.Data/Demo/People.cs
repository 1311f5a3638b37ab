using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Data.Demo;

/// <summary>Creates cadres whose name, sex, birth date, ID number, schooling and party record agree with one another.</summary>
internal static class People
{
    private static readonly (string Code, int Weight)[] MinorityEthnicities = [("03", 5), ("02", 3), ("11", 2)];

    private static readonly string[] Majors =
    [
        "汉语言文学", "法学", "农学", "行政管理", "会计学", "计算机科学与技术", "土木工程", "思想政治教育",
        "经济学", "公共事业管理", "社会工作", "水利水电工程", "环境工程", "工商管理", "新闻学", "动物医学",
    ];

    public static Cadre Create(DemoContext ctx, Profile profile, OrgUnit unit)
    {
        var random = ctx.Random;
        var asOf = DemoDistrictGenerator.DataAsOf;
        var sex = random.Chance(profile.WomenShare) ? Sex.Female : Sex.Male;
        var birth = random.Between(asOf.AddYears(-(profile.MaxAge + 1)).AddDays(1), asOf.AddYears(-profile.MinAge));
        var age = Ages.FullYears(birth, asOf);

        var political = random.Pick<string>(PoliticsMix(profile.Politics));
        if (political == "03" && age > 28)
        {
            political = "13"; // league membership ends at 28
        }

        // A master's needs the age; the provincial party school admits party members.
        var education = random.Pick<string>(EducationMix(profile.Schooling));
        if ((education == "14" && age < 25) || (education == "2B" && political != "01"))
        {
            education = "21";
        }

        var degree = education switch
        {
            "21" => "4",
            "14" => "3",
            _ => null,
        };
        var joinedWork = JoinWork(random, birth, education);

        var cross = random.Chance(profile.CrossRegionShare);
        var home = cross ? ctx.Ids.OutsideCityCounty() : ctx.Ids.LocalRegion;
        var registered = cross ? home : random.Chance(0.8) ? ctx.Ids.LocalRegion : ctx.Ids.OtherShanxiCounty();

        var cadre = new Cadre
        {
            Name = ChineseNames.Next(random, sex, birth.Year),
            Sex = sex,
            EthnicityCode = random.Chance(0.98) ? "01" : random.Pick<string>(MinorityEthnicities),
            BirthDate = birth,
            IdNumber = ctx.Ids.Next(registered, birth, sex),
            EducationCode = education,
            DegreeCode = degree,
            Major = degree is null ? null : random.Pick(Majors),
            PoliticalStatusCode = political,
            Category = profile.Category,
            JoinedWorkOn = joinedWork,
            JoinedPartyOn = JoinParty(random, political, birth, joinedWork),
            HomeRegionCode = home,
            OrgUnit = unit,
        };
        ctx.Cadres.Add(cadre);
        return cadre;
    }

    private static (string Code, int Weight)[] EducationMix(Schooling schooling) => schooling switch
    {
        Schooling.Township => [("21", 68), ("14", 8), ("2B", 10), ("31", 14)],
        Schooling.Village => [("61", 35), ("41", 20), ("31", 25), ("71", 15), ("21", 5)],
        Schooling.CollegeGraduate => [("21", 85), ("31", 15)],
        Schooling.SelectedGraduate => [("21", 70), ("14", 30)],
        Schooling.Reserve => [("21", 25), ("31", 35), ("61", 25), ("41", 15)],
    };

    private static (string Code, int Weight)[] PoliticsMix(Politics politics) => politics switch
    {
        Politics.PartyMember => [("01", 1)],
        Politics.NonParty => [("12", 6), ("05", 4)],
        Politics.OfficeStaff => [("01", 72), ("02", 4), ("03", 9), ("13", 15)],
        Politics.InstitutionStaff => [("01", 55), ("02", 5), ("03", 10), ("13", 30)],
        Politics.VillageCommittee => [("01", 75), ("13", 25)],
        Politics.CollegeGraduate => [("01", 45), ("02", 15), ("03", 40)],
        Politics.SelectedGraduate => [("01", 85), ("02", 10), ("03", 5)],
        Politics.Reserve => [("01", 35), ("02", 15), ("03", 25), ("13", 25)],
    };

    /// <summary>Starts work at an age (full years, 18–24) that fits the schooling; never later than two months before the data date.</summary>
    private static DateOnly JoinWork(Random random, DateOnly birth, string education)
    {
        var (min, max) = education switch
        {
            "14" => (24, 24),
            "21" => (22, 24),
            "31" => (20, 23),
            "2B" or "61" or "71" => (18, 21),
            _ => (18, 20),
        };
        var from = birth.AddYears(min);
        var to = DemoRandom.Min(birth.AddYears(max + 1).AddDays(-1), DemoDistrictGenerator.DataAsOf.AddDays(-60));
        return random.Between(from, to);
    }

    /// <summary>Full members joined at least a year ago, mostly after starting work; probationary members within the year.</summary>
    private static DateOnly? JoinParty(Random random, string political, DateOnly birth, DateOnly joinedWork)
    {
        var asOf = DemoDistrictGenerator.DataAsOf;
        if (political == "02")
        {
            return random.Between(asOf.AddDays(-360), asOf.AddDays(-30));
        }

        if (political != "01")
        {
            return null;
        }

        var adult = birth.AddYears(18);
        var latest = asOf.AddYears(-1);
        var from = random.Chance(0.9) ? DemoRandom.Max(adult, joinedWork) : adult;
        if (from > latest)
        {
            from = adult;
        }

        return random.Between(from, DemoRandom.Min(latest, from.AddYears(15)));
    }
}
