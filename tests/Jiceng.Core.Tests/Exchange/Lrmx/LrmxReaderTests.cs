using System.Text;
using Jiceng.Core.Exchange.Lrmx;
using Jiceng.Testing.Lrmx;

namespace Jiceng.Core.Tests.Exchange.Lrmx;

public sealed class LrmxReaderTests
{
    private static LrmxPerson Read(LrmxSample s) => Read(s.Bytes());

    private static LrmxPerson Read(byte[] bytes)
    {
        var r = LrmxReader.Read(bytes);
        Assert.True(r.Ok, string.Join("; ", r.Errors.Select(e => e.Message)));
        return r.Person!;
    }

    [Fact]
    public void EveryElement_IsRead()
    {
        var p = Read(new LrmxSample());
        Assert.Equal("李明远", p["XingMing"]);
        Assert.Equal("男", p["XingBie"]);
        Assert.Equal("198503", p["ChuShengNianYue"]);
        Assert.Equal("汉族", p["MinZu"]);
        Assert.Equal("浙江杭州", p["JiGuan"]);
        Assert.Equal("浙江杭州", p["ChuShengDi"]);
        Assert.Equal("200506", p["RuDangShiJian"]);
        Assert.Equal("2007.07", p["CanJiaGongZuoShiJian"]);
        Assert.Equal("健康", p["JianKangZhuangKuang"]);
        Assert.Equal("经济师", p["ZhuanYeJiShuZhiWu"]);
        Assert.Equal("熟悉基层党建工作", p["ShuXiZhuanYeYouHeZhuanChang"]);
        Assert.Equal("大学", p["QuanRiZhiJiaoYu_XueLi"]);
        Assert.Equal("管理学学士", p["QuanRiZhiJiaoYu_XueWei"]);
        Assert.Equal("浙江大学公共管理学院行政管理专业", p["QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi"]);
        Assert.Equal("浙江大学", p["QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi"]);
        Assert.Equal("中央党校大学", p["ZaiZhiJiaoYu_XueLi"]);
        Assert.Null(p["ZaiZhiJiaoYu_XueWei"]);
        Assert.Equal("中央党校函授学院经济管理专业", p["ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi"]);
        Assert.Equal("某某镇党委委员、副镇长", p["XianRenZhiWu"]);
        Assert.Equal("某某镇党委副书记", p["NiRenZhiWu"]);
        Assert.Equal("某某镇副镇长", p["NiMianZhiWu"]);
        Assert.StartsWith("2003.09--2007.07", p["JianLi"], StringComparison.Ordinal);
        Assert.Equal("2020年被评为区优秀共产党员", p["JiangChengQingKuang"]);
        Assert.StartsWith("2021年度考核为优秀", p["NianDuKaoHeJieGuo"], StringComparison.Ordinal);
        Assert.Equal("工作需要", p["RenMianLiYou"]);
        Assert.Equal("中共杭州市西湖区委组织部", p["ChengBaoDanWei"]);
        Assert.Equal("202412", p["JiSuanNianLingShiJian"]);
        Assert.Equal("20241201", p["TianBiaoShiJian"]);
        Assert.Equal("王芳", p["TianBiaoRen"]);
        Assert.Equal(LrmxSample.IdNumber(LrmxSample.Birth), p["ShenFenZheng"]);
        Assert.Equal("3.2.1.16", p["Version"]);
        Assert.Equal(LrmxSample.Jpeg, p.Photo);
        Assert.Equal(3, p.Family.Count);
        Assert.Equal(new LrmxFamilyMember("妻子", "张丽", "1987.05", "中共党员", "杭州市西湖区某某小学教师"), p.Family[0]);
        Assert.Equal("<ShenHeYiJian>同意</ShenHeYiJian>", Assert.Single(p.Extras));
    }

    [Theory]
    [InlineData(false, "UTF-8", false)]
    [InlineData(true, "UTF-8", false)]
    [InlineData(false, "GB2312", false)]
    [InlineData(true, "GBK", true)]
    [InlineData(false, "gb18030", true)]
    public void Bom_DeclaredEncoding_AndLineEnds_DoNotChangeWhatIsRead(bool bom, string declared, bool crlf)
    {
        var p = Read(new LrmxSample { Bom = bom, DeclaredEncoding = declared, Crlf = crlf });
        Assert.Equal("李明远", p["XingMing"]);
        Assert.DoesNotContain('\r', p["JianLi"]!);
        Assert.Equal(4, p["JianLi"]!.Split('\n').Length);
    }

    [Fact]
    public void GbkBytes_UnderAUtf8Declaration_AreReadAsGbk()
    {
        var xml = new LrmxSample().Xml();
        var p = Read(LrmxText.Gb18030.GetBytes(xml));
        Assert.Equal("李明远", p["XingMing"]);
        Assert.Equal("张丽", p.Family[0].Name);
    }

    [Fact]
    public void BlankAndWhitespaceElements_AreAbsent_AndEmptyFamilyRowsAreNoOne()
    {
        var p = Read(new LrmxSample { WithOptional = false, Photo = false });
        Assert.Null(p["ZhuanYeJiShuZhiWu"]);
        Assert.Null(p["NiRenZhiWu"]);
        Assert.Null(p.Photo);
        Assert.Equal(3, p.Family.Count);
    }

    [Fact]
    public void MissingName_IsAnError_NamingTheElement()
    {
        var r = LrmxReader.Read(new LrmxSample { Name = " " }.Bytes());
        var e = Assert.Single(r.Errors);
        Assert.Equal("XingMing", e.Field);
        Assert.Contains("姓名（XingMing）", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE Person [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Person><XingMing>&x;</XingMing></Person>", "DTD")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE Person [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><Person><XingMing>&b;</XingMing></Person>", "DTD")]
    [InlineData("<Person><XingMing>张三</XingMing>", "XML")]
    [InlineData("<Root><XingMing>张三</XingMing></Root>", "Person")]
    [InlineData("not xml at all", "XML")]
    public void HostileOrBrokenXml_IsRefused_WithoutThrowing(string xml, string mention)
    {
        var r = LrmxReader.Read(Encoding.UTF8.GetBytes(xml));
        Assert.False(r.Ok);
        Assert.Contains(mention, Assert.Single(r.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileOverTheLimit_IsRefusedBeforeParsing()
    {
        var r = LrmxReader.Read(new byte[2048], new LrmxLimits { MaxFileBytes = 1024 });
        Assert.Contains("超过上限", Assert.Single(r.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APhotoThatIsNotBase64OrNotJpeg_IsAnError()
    {
        var bad = new LrmxSample().Xml().Replace(Convert.ToBase64String(LrmxSample.Jpeg), "@@notbase64@@", StringComparison.Ordinal);
        Assert.Equal("ZhaoPian", Assert.Single(LrmxReader.Read(Encoding.UTF8.GetBytes(bad)).Errors).Field);
        var png = new LrmxSample().Xml().Replace(Convert.ToBase64String(LrmxSample.Jpeg), Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47]), StringComparison.Ordinal);
        Assert.Contains("JPEG", Assert.Single(LrmxReader.Read(Encoding.UTF8.GetBytes(png)).Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_Output_ReadsBackToTheSamePerson()
    {
        var p = Read(new LrmxSample());
        var again = Read(LrmxWriter.Write(p));
        Assert.Equal(p.Fields.OrderBy(f => f.Key, StringComparer.Ordinal), again.Fields.OrderBy(f => f.Key, StringComparer.Ordinal));
        Assert.Equal(p.Photo, again.Photo);
        Assert.Equal(p.Family, again.Family);
        Assert.Equal(p.Extras, again.Extras);
    }
}
