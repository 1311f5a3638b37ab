using Jiceng.Core.Cadres;
using Jiceng.Core.Exchange.Lrmx;
using Jiceng.Testing.Lrmx;

namespace Jiceng.Core.Tests.Exchange.Lrmx;

public sealed class LrmxCadreMappingTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    private static LrmxCadreData Map(LrmxSample s)
    {
        var read = LrmxReader.Read(s.Bytes());
        Assert.True(read.Ok, string.Join("; ", read.Errors.Select(e => e.Message)));
        var (data, errors) = LrmxCadreMapping.FromPerson(read.Person!);
        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => e.Message)));
        return data!;
    }

    [Fact]
    public void Labels_BecomeCodes_AndTheCadrePassesTheValidator()
    {
        var d = Map(new LrmxSample());
        Assert.Equal(("1", "01", "01"), (d.SexCode, d.EthnicityCode, d.PoliticalStatusCode));
        Assert.Equal(LrmxSample.Birth, d.BirthDate);
        Assert.Equal(new DateOnly(2005, 6, 1), d.JoinedPartyOn);
        Assert.Equal(new DateOnly(2007, 7, 1), d.JoinedWorkOn);
        Assert.Equal("21", d.EducationCode); // 大学 (21) and 中央党校大学 (2A) are one level: full-time wins
        Assert.Equal("4", d.DegreeCode);
        Assert.Equal("330100", d.HomeRegionCode);
        Assert.Equal([true, true, false, true], d.Resume.Select(r => r.IsPeriod));
        Assert.Null(d.Resume[3].End);
        Assert.Equal(3, d.Grades.Count);
        var input = d.ApplyTo(new CadreInput { OrgUnitId = 1, Category = CadreCategory.TownshipCivilServant });
        Assert.Empty(CadreValidator.Validate(input, Today));
    }

    [Theory]
    [InlineData("民盟", "05", null)]
    [InlineData("", "13", null)]
    [InlineData("202001（预备党员）", "02", "2020-01-01")]
    [InlineData("中共党员", "01", null)]
    [InlineData("2005.06", "01", "2005-06-01")]
    public void RuDangShiJian_GivesPoliticalStatusAndDate(string text, string code, string? date)
    {
        var d = Map(new LrmxSample { RuDangShiJian = text });
        Assert.Equal(code, d.PoliticalStatusCode);
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), d.JoinedPartyOn);
    }

    [Theory]
    [InlineData("MinZu", "火星族", "民族（MinZu）：未知的民族（GB/T 3304）“火星族”")]
    [InlineData("ChuShengNianYue", "198504", "出生年月（ChuShengNianYue）：“198504”与身份证号码所示出生日期1985-03-14不一致")]
    [InlineData("CanJiaGongZuoShiJian", "去年", "参加工作时间（CanJiaGongZuoShiJian）：无法识别的日期“去年”")]
    [InlineData("RuDangShiJian", "某某党", "入党时间（RuDangShiJian）：既不是日期也不是已知的党派“某某党”")]
    public void UnknownLabels_AreErrors_NamingElementAndValue(string element, string value, string message)
    {
        var s = element switch
        {
            "MinZu" => new LrmxSample { MinZu = value },
            "ChuShengNianYue" => new LrmxSample { ChuShengNianYue = value },
            "CanJiaGongZuoShiJian" => new LrmxSample { CanJiaGongZuoShiJian = value },
            _ => new LrmxSample { RuDangShiJian = value },
        };
        var (data, errors) = LrmxCadreMapping.FromPerson(LrmxReader.Read(s.Bytes()).Person!);
        Assert.Null(data);
        var e = Assert.Single(errors);
        Assert.Equal(element, e.Field);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_ThenImport_ReproducesEveryField()
    {
        var source = LrmxReader.Read(new LrmxSample().Bytes()).Person!;
        var d = Map(new LrmxSample());
        var cadre = new Cadre();
        CadreValidator.Apply(d.ApplyTo(new CadreInput { OrgUnitId = 7, Category = CadreCategory.TownshipCivilServant }), cadre);
        var kept = source.Fields.Where(f => f.Key is not "JianLi" and not "ShenFenZheng").ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var record = new LrmxCadreRecord(cadre, kept, d.Resume, source.Family, d.Grades, source.Photo, source.Extras);

        var again = LrmxReader.Read(LrmxWriter.Write(LrmxCadreMapping.ToPerson(record))).Person!;

        foreach (var (name, _) in LrmxElements.Text.Where(t => t.Name != "JianLi"))
        {
            Assert.Equal(source[name], again[name]);
        }

        Assert.Equal(d.Resume, LrmxResume.Split(again["JianLi"]));
        Assert.Equal(source.Photo, again.Photo);
        Assert.Equal(source.Family, again.Family);
        Assert.Equal(source.Extras, again.Extras);
    }

    [Fact]
    public void Export_AfterTheCadreChanged_WritesTheNewValuesAsLabels()
    {
        var source = LrmxReader.Read(new LrmxSample().Bytes()).Person!;
        var d = Map(new LrmxSample());
        var cadre = new Cadre();
        CadreValidator.Apply(d.ApplyTo(new CadreInput { OrgUnitId = 7, Category = CadreCategory.TownshipCivilServant }), cadre);
        cadre.EthnicityCode = "03";
        cadre.EducationCode = "14";
        cadre.PoliticalStatusCode = "05";
        cadre.JoinedPartyOn = null;
        var record = new LrmxCadreRecord(cadre, source.Fields, d.Resume, [], [new LrmxYearGrade(2024, "1")], null, []);

        var p = LrmxCadreMapping.ToPerson(record);
        Assert.Equal(("回族", "硕士研究生毕业", "民盟盟员", "2024年度考核为优秀"), (p["MinZu"], p["QuanRiZhiJiaoYu_XueLi"], p["RuDangShiJian"], p["NianDuKaoHeJieGuo"]));
        var (back, errors) = LrmxCadreMapping.FromPerson(LrmxReader.Read(LrmxWriter.Write(p)).Person!);
        Assert.Empty(errors);
        Assert.Equal(("03", "14", "05"), (back!.EthnicityCode, back.EducationCode, back.PoliticalStatusCode));
    }
}
