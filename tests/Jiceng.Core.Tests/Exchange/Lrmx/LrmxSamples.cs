using System.Globalization;
using System.Text;
using Jiceng.Core.Cadres;

namespace Jiceng.Testing.Lrmx;

/// <summary>
/// Synthetic 任免审批表 files as the real editor writes them, with every element, and switches for each variant seen in
/// the field: byte-order mark, a declaration naming another encoding, CRLF, blank and whitespace-only elements,
/// missing optional elements, photo or none. Everything here is made up; no real person's file is used.
/// </summary>
public sealed record LrmxSample
{
    public static DateOnly Birth { get; } = new(1985, 3, 14);

    public static string IdNumber(DateOnly birth, int sequence = 123, string region = "330106")
    {
        var first17 = string.Create(CultureInfo.InvariantCulture, $"{region}{birth:yyyyMMdd}{sequence:000}");
        return first17 + IdCardNumber.CheckCharacter(first17);
    }

    /// <summary>The smallest JPEG header and end marker: enough for a reader that checks the signature.</summary>
    public static byte[] Jpeg { get; } = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    public string Name { get; init; } = "李明远";
    public string Id { get; init; } = IdNumber(Birth);
    public bool Bom { get; init; }
    public string DeclaredEncoding { get; init; } = "UTF-8";
    public bool Crlf { get; init; }
    public bool Photo { get; init; } = true;
    public bool WithOptional { get; init; } = true;
    public string ChuShengNianYue { get; init; } = "198503";
    public string CanJiaGongZuoShiJian { get; init; } = "2007.07";
    public string RuDangShiJian { get; init; } = "200506";
    public string MinZu { get; init; } = "汉族";
    public string JianLi { get; init; } = string.Join("\n",
        "2003.09--2007.07  浙江大学公共管理学院行政管理专业学习",
        "2007.07--2012.03  杭州市西湖区某某镇人民政府科员",
        "        （其间：2009.09--2011.07在中央党校函授学院经济管理专业学习）",
        "2012.03--         杭州市西湖区某某镇党委委员、副镇长");
    public string NianDuKaoHeJieGuo { get; init; } = "2021年度考核为优秀；2022年度考核为称职；2023年度考核为称职。";
    public string ExtraXml { get; init; } = "<ShenHeYiJian>同意</ShenHeYiJian>";

    public string Xml()
    {
        var nl = Crlf ? "\r\n" : "\n";
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"{DeclaredEncoding}\" standalone=\"yes\"?>{nl}<Person>{nl}");
        void E(string name, string value) => sb.Append(CultureInfo.InvariantCulture, $"  <{name}>{Escape(value).Replace("\n", nl, StringComparison.Ordinal)}</{name}>{nl}");
        E("XingMing", Name);
        E("XingBie", "男");
        E("ChuShengNianYue", ChuShengNianYue);
        E("MinZu", MinZu);
        E("JiGuan", "浙江杭州");
        E("ChuShengDi", "浙江杭州");
        E("RuDangShiJian", RuDangShiJian);
        E("CanJiaGongZuoShiJian", CanJiaGongZuoShiJian);
        E("JianKangZhuangKuang", "健康");
        E("ZhuanYeJiShuZhiWu", WithOptional ? "经济师" : "   ");
        E("ShuXiZhuanYeYouHeZhuanChang", "熟悉基层党建工作");
        E("QuanRiZhiJiaoYu_XueLi", "大学");
        E("QuanRiZhiJiaoYu_XueWei", "管理学学士");
        E("QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi", "浙江大学公共管理学院行政管理专业");
        E("QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi", "浙江大学");
        if (WithOptional)
        {
            E("ZaiZhiJiaoYu_XueLi", "中央党校大学");
            E("ZaiZhiJiaoYu_XueWei", "");
            E("ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi", "中央党校函授学院经济管理专业");
            E("ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi", "");
            E("NiRenZhiWu", "某某镇党委副书记");
            E("NiMianZhiWu", "某某镇副镇长");
            E("RenMianLiYou", "工作需要");
            E("ChengBaoDanWei", "中共杭州市西湖区委组织部");
            E("JiSuanNianLingShiJian", "202412");
            E("TianBiaoShiJian", "20241201");
            E("TianBiaoRen", "王芳");
        }

        E("XianRenZhiWu", "某某镇党委委员、副镇长");
        E("JianLi", JianLi);
        E("JiangChengQingKuang", "2020年被评为区优秀共产党员");
        E("NianDuKaoHeJieGuo", NianDuKaoHeJieGuo);
        E("ShenFenZheng", Id);
        E("ZhaoPian", Photo ? Convert.ToBase64String(Jpeg) : "");
        E("Version", "3.2.1.16");
        sb.Append(CultureInfo.InvariantCulture, $"  <JiaTingChengYuan>{nl}");
        foreach (var (rel, name, birth, pol, unit) in new[]
        {
            ("妻子", "张丽", "1987.05", "中共党员", "杭州市西湖区某某小学教师"),
            ("儿子", "李小远", "2015.09", "群众", "学生"),
            ("父亲", "李建国", "1958.11", "中共党员", "已退休"),
        })
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"    <Item><ChengWei>{rel}</ChengWei><XingMing>{name}</XingMing><ChuShengRiQi>{birth}</ChuShengRiQi><ZhengZhiMianMao>{pol}</ZhengZhiMianMao><GongZuoDanWei>{unit}</GongZuoDanWei></Item>{nl}");
        }

        sb.Append(CultureInfo.InvariantCulture, $"    <Item><ChengWei></ChengWei><XingMing> </XingMing><ChuShengRiQi/><ZhengZhiMianMao/><GongZuoDanWei/></Item>{nl}");
        sb.Append(CultureInfo.InvariantCulture, $"  </JiaTingChengYuan>{nl}");
        if (ExtraXml.Length > 0)
        {
            sb.Append(ExtraXml).Append(nl);
        }

        sb.Append("</Person>").Append(nl);
        return sb.ToString();
    }

    public byte[] Bytes()
    {
        var body = Encoding.UTF8.GetBytes(Xml());
        return Bom ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }

    private static string Escape(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
