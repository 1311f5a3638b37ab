using Jiceng.Core.Cadres;
using Jiceng.Core.Common;

namespace Jiceng.Core.Tests.Cadres;

/// <summary>Validation of a cadre form: every problem at once, each on its field, each in Chinese.</summary>
public sealed class CadreValidatorTests
{
    private static readonly DateOnly Today = new(2025, 6, 30);

    // A man born 1985-03-15 in 平鲁区 (17th digit 3: male).
    private static readonly string Id = Gb11643.Make("140603", "19850315", "123");

    private static readonly CadreInput Valid = new()
    {
        Name = "张三",
        SexCode = "1",
        EthnicityCode = "01",
        BirthDate = new DateOnly(1985, 3, 15),
        IdNumber = Id,
        EducationCode = "21",
        DegreeCode = "4",
        Major = "汉语言文学",
        PoliticalStatusCode = "01",
        Category = CadreCategory.VillageCadre,
        JoinedWorkOn = new DateOnly(2007, 7, 1),
        JoinedPartyOn = new DateOnly(2010, 6, 1),
        GrassrootsServiceSince = new DateOnly(2015, 1, 1),
        HomeRegionCode = "140603",
        OrgUnitId = 7,
    };

    /// <summary>Inputs that are valid though unusual, each a boundary of some rule.</summary>
    private static readonly Dictionary<string, CadreInput> ValidVariants = new(StringComparer.Ordinal)
    {
        ["as given"] = Valid,
        ["name of exactly 32 characters"] = Valid with { Name = new string('张', 32) },
        ["name with surrounding spaces"] = Valid with { Name = "  张三  " },
        ["ID number with spaces around"] = Valid with { IdNumber = " " + Id + " " },
        ["optional codes left blank"] = Valid with { EducationCode = null, DegreeCode = " ", HomeRegionCode = "", Major = null },
        ["education code with a letter"] = Valid with { EducationCode = "1A" },
        ["no life dates at all"] = Valid with { JoinedWorkOn = null, JoinedPartyOn = null, GrassrootsServiceSince = null },
        ["joined the party on the 18th birthday"] = Valid with { JoinedPartyOn = new DateOnly(2003, 3, 15) },
        ["joined work on the 14th birthday"] = Valid with { JoinedWorkOn = new DateOnly(1999, 3, 15), GrassrootsServiceSince = new DateOnly(1999, 3, 15) },
        ["grassroots service from the day work began"] = Valid with { GrassrootsServiceSince = new DateOnly(2007, 7, 1) },
        ["everything happened today"] = Valid with { JoinedWorkOn = Today, JoinedPartyOn = Today, GrassrootsServiceSince = Today },
        ["woman with an X check character"] = Valid with { IdNumber = "11010519491231002x", SexCode = "2", BirthDate = new DateOnly(1949, 12, 31), JoinedWorkOn = null, JoinedPartyOn = null, GrassrootsServiceSince = null },
    };

    [Theory]
    [InlineData("as given")]
    [InlineData("name of exactly 32 characters")]
    [InlineData("name with surrounding spaces")]
    [InlineData("ID number with spaces around")]
    [InlineData("optional codes left blank")]
    [InlineData("education code with a letter")]
    [InlineData("no life dates at all")]
    [InlineData("joined the party on the 18th birthday")]
    [InlineData("joined work on the 14th birthday")]
    [InlineData("grassroots service from the day work began")]
    [InlineData("everything happened today")]
    [InlineData("woman with an X check character")]
    public void A_valid_input_yields_no_errors(string variant) =>
        Assert.Empty(CadreValidator.Validate(ValidVariants[variant], Today));

    /// <summary>Inputs with exactly one thing wrong.</summary>
    private static readonly Dictionary<string, CadreInput> InvalidVariants = new(StringComparer.Ordinal)
    {
        ["name missing"] = Valid with { Name = null },
        ["name blank"] = Valid with { Name = "   " },
        ["name of 33 characters"] = Valid with { Name = new string('张', 33) },
        ["ID number missing"] = Valid with { IdNumber = " " },
        ["ID number with a wrong check digit"] = Valid with { IdNumber = Gb11643.WithLast(Id, Id[17] == '9' ? '8' : '9') },
        ["ID number too short"] = Valid with { IdNumber = Id[..17] },
        ["birth date one day off the ID number"] = Valid with { BirthDate = new DateOnly(1985, 3, 16) },
        ["birth date missing"] = Valid with { BirthDate = null },
        ["birth date in the future"] = Valid with { BirthDate = Today.AddDays(1), JoinedWorkOn = null, JoinedPartyOn = null, GrassrootsServiceSince = null },
        ["woman with a man's ID number"] = Valid with { SexCode = "2" },
        ["man with a woman's ID number"] = Valid with { IdNumber = "11010519491231002X", BirthDate = new DateOnly(1949, 12, 31), JoinedWorkOn = null, JoinedPartyOn = null, GrassrootsServiceSince = null },
        ["sex code 9"] = Valid with { SexCode = "9" },
        ["sex missing"] = Valid with { SexCode = "" },
        ["ethnicity 57"] = Valid with { EthnicityCode = "57" },
        ["ethnicity 1 without its leading zero"] = Valid with { EthnicityCode = "1" },
        ["ethnicity missing"] = Valid with { EthnicityCode = null },
        ["political status 14"] = Valid with { PoliticalStatusCode = "14" },
        ["political status missing"] = Valid with { PoliticalStatusCode = "" },
        ["education 5"] = Valid with { EducationCode = "5" },
        ["degree 1"] = Valid with { DegreeCode = "1" },
        ["region 999999"] = Valid with { HomeRegionCode = "999999" },
        ["region of 12 digits"] = Valid with { HomeRegionCode = "140603000000" },
        ["major of 65 characters"] = Valid with { Major = new string('学', 65) },
        ["category missing"] = Valid with { Category = null },
        ["category 99"] = Valid with { Category = (CadreCategory)99 },
        ["org unit missing"] = Valid with { OrgUnitId = null },
        ["org unit 0"] = Valid with { OrgUnitId = 0 },
        ["joined the party the day before the 18th birthday"] = Valid with { JoinedPartyOn = new DateOnly(2003, 3, 14) },
        ["joined the party tomorrow"] = Valid with { JoinedPartyOn = Today.AddDays(1) },
        ["joined work tomorrow"] = Valid with { JoinedWorkOn = Today.AddDays(1), GrassrootsServiceSince = null },
        ["joined work at 13"] = Valid with { JoinedWorkOn = new DateOnly(1999, 3, 14), GrassrootsServiceSince = null },
        ["grassroots service the day before work began"] = Valid with { GrassrootsServiceSince = new DateOnly(2007, 6, 30) },
    };

    [Theory]
    [InlineData("name missing", "name", "姓名：必填")]
    [InlineData("name blank", "name", "姓名：必填")]
    [InlineData("name of 33 characters", "name", "姓名：不能超过32个字")]
    [InlineData("ID number missing", "idNumber", "身份证号码：必填")]
    [InlineData("ID number with a wrong check digit", "idNumber", "身份证号码：身份证号码校验位错误")]
    [InlineData("ID number too short", "idNumber", "身份证号码应为18位，实际为17位")]
    [InlineData("birth date one day off the ID number", "birthDate", "所填出生日期1985-03-16与身份证号码")]
    [InlineData("birth date one day off the ID number", "birthDate", "所示出生日期1985-03-15不一致")]
    [InlineData("birth date missing", "birthDate", "出生日期：必填")]
    [InlineData("birth date in the future", "birthDate", "出生日期：2025-07-01晚于今天")]
    [InlineData("woman with a man's ID number", "sexCode", "所填性别“女”与身份证号码")]
    [InlineData("woman with a man's ID number", "sexCode", "所示性别“男”不一致")]
    [InlineData("man with a woman's ID number", "sexCode", "所填性别“男”与身份证号码所示性别“女”不一致")]
    [InlineData("sex code 9", "sexCode", "未知的性别代码“9”")]
    [InlineData("sex missing", "sexCode", "性别：必填")]
    [InlineData("ethnicity 57", "ethnicityCode", "民族：未知的代码“57”（GB/T 3304")]
    [InlineData("ethnicity 1 without its leading zero", "ethnicityCode", "未知的代码“1”")]
    [InlineData("ethnicity missing", "ethnicityCode", "民族：必填")]
    [InlineData("political status 14", "politicalStatusCode", "政治面貌：未知的代码“14”（GB/T 4762")]
    [InlineData("political status missing", "politicalStatusCode", "政治面貌：必填")]
    [InlineData("education 5", "educationCode", "学历：未知的代码“5”（ZB64）")]
    [InlineData("degree 1", "degreeCode", "学位：未知的代码“1”")]
    [InlineData("region 999999", "homeRegionCode", "籍贯（户籍地）：未知的代码“999999”（GB/T 2260）")]
    [InlineData("region of 12 digits", "homeRegionCode", "未知的代码“140603000000”")]
    [InlineData("major of 65 characters", "major", "专业：不能超过64个字")]
    [InlineData("category missing", "category", "干部类别：必填")]
    [InlineData("category 99", "category", "未知的干部类别“99”")]
    [InlineData("org unit missing", "orgUnitId", "所在单位：必填")]
    [InlineData("org unit 0", "orgUnitId", "所在单位：必填")]
    [InlineData("joined the party the day before the 18th birthday", "joinedPartyOn", "入党时间：2003-03-14时年龄不足18岁（出生日期1985-03-15）")]
    [InlineData("joined the party tomorrow", "joinedPartyOn", "入党时间：2025-07-01晚于今天")]
    [InlineData("joined work tomorrow", "joinedWorkOn", "参加工作时间：2025-07-01晚于今天")]
    [InlineData("joined work at 13", "joinedWorkOn", "时年龄不足14岁")]
    [InlineData("grassroots service the day before work began", "grassrootsServiceSince", "基层服务起始时间：2007-06-30早于参加工作时间2007-07-01")]
    public void One_thing_wrong_yields_one_error_on_its_field_in_Chinese(string variant, string field, string messagePart)
    {
        var errors = CadreValidator.Validate(InvalidVariants[variant], Today);

        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.StartsWith(CadreValidator.FieldLabels[field] + "：", error.Message, StringComparison.Ordinal);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ID_number_and_a_birth_date_in_the_future_are_both_refused()
    {
        var tomorrow = Today.AddDays(1);
        var input = Valid with
        {
            IdNumber = Gb11643.Make("140603", tomorrow, "123"),
            BirthDate = tomorrow,
            JoinedWorkOn = null,
            JoinedPartyOn = null,
            GrassrootsServiceSince = null,
        };

        var errors = CadreValidator.Validate(input, Today);

        Assert.Collection(
            errors,
            e => Assert.Equal(new FieldError("idNumber", "身份证号码：身份证号码中的出生日期2025-07-01晚于今天"), e),
            e => Assert.Equal(new FieldError("birthDate", "出生日期：2025-07-01晚于今天"), e));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_in_field_order()
    {
        var input = Valid with
        {
            Name = "",
            IdNumber = Gb11643.WithLast(Id, Id[17] == '9' ? '8' : '9'),
            EthnicityCode = "00",
            EducationCode = "5",
            Category = null,
            OrgUnitId = null,
            GrassrootsServiceSince = new DateOnly(2000, 1, 1),
        };

        var errors = CadreValidator.Validate(input, Today);

        Assert.Equal(
            ["name", "idNumber", "ethnicityCode", "educationCode", "category", "orgUnitId", "grassrootsServiceSince"],
            errors.Select(e => e.Field));
    }

    [Fact]
    public void An_empty_form_reports_every_required_field()
    {
        var errors = CadreValidator.Validate(new CadreInput(), Today);

        Assert.Equal(
            ["name", "idNumber", "sexCode", "birthDate", "ethnicityCode", "politicalStatusCode", "category", "orgUnitId"],
            errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.EndsWith("：必填", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_field_has_a_Chinese_label()
    {
        Assert.Equal(15, CadreValidator.FieldLabels.Count);
        Assert.All(CadreValidator.FieldLabels.Values, label => Assert.Matches(@"^[\p{IsCJKUnifiedIdeographs}（）]+$", label));
    }

    [Fact]
    public void Apply_copies_the_values_normalising_the_ID_number_and_blanks()
    {
        var input = new CadreInput
        {
            Name = "  李四 ",
            SexCode = "2",
            EthnicityCode = "56",
            BirthDate = new DateOnly(1949, 12, 31),
            IdNumber = " 11010519491231002x ",
            EducationCode = " ",
            DegreeCode = "3",
            Major = "  农学 ",
            PoliticalStatusCode = "13",
            Category = CadreCategory.ReserveVillageCadre,
            JoinedWorkOn = new DateOnly(1968, 9, 1),
            JoinedPartyOn = null,
            GrassrootsServiceSince = new DateOnly(1970, 1, 1),
            HomeRegionCode = "",
            OrgUnitId = 42,
        };
        Assert.Empty(CadreValidator.Validate(input, Today));
        var cadre = new Cadre { JoinedPartyOn = new DateOnly(1999, 1, 1), EducationCode = "21", HomeRegionCode = "110101" };

        CadreValidator.Apply(input, cadre);

        Assert.Equal("李四", cadre.Name);
        Assert.Equal(Sex.Female, cadre.Sex);
        Assert.Equal("56", cadre.EthnicityCode);
        Assert.Equal(new DateOnly(1949, 12, 31), cadre.BirthDate);
        Assert.Equal("11010519491231002X", cadre.IdNumber.Value);
        Assert.Null(cadre.EducationCode);
        Assert.Equal("3", cadre.DegreeCode);
        Assert.Equal("农学", cadre.Major);
        Assert.Equal("13", cadre.PoliticalStatusCode);
        Assert.Equal(CadreCategory.ReserveVillageCadre, cadre.Category);
        Assert.Equal(new DateOnly(1968, 9, 1), cadre.JoinedWorkOn);
        Assert.Null(cadre.JoinedPartyOn);
        Assert.Equal(new DateOnly(1970, 1, 1), cadre.GrassrootsServiceSince);
        Assert.Null(cadre.HomeRegionCode);
        Assert.Equal(42, cadre.OrgUnitId);
    }

    [Fact]
    public void Apply_then_From_gives_back_the_valid_input()
    {
        var cadre = new Cadre();

        CadreValidator.Apply(Valid, cadre);

        Assert.Equal(Valid, CadreInput.From(cadre));
    }
}
