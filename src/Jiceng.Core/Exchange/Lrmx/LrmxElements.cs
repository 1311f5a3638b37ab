namespace Jiceng.Core.Exchange.Lrmx;

/// <summary>The element names of the LRMX format (pinyin of the form's captions), in the order the editor writes them.</summary>
public static class LrmxElements
{
    public const string Root = "Person";
    public const string XingMing = "XingMing";
    public const string XingBie = "XingBie";
    public const string ChuShengNianYue = "ChuShengNianYue";
    public const string MinZu = "MinZu";
    public const string JiGuan = "JiGuan";
    public const string ChuShengDi = "ChuShengDi";
    public const string RuDangShiJian = "RuDangShiJian";
    public const string CanJiaGongZuoShiJian = "CanJiaGongZuoShiJian";
    public const string JianLi = "JianLi";
    public const string NianDuKaoHeJieGuo = "NianDuKaoHeJieGuo";
    public const string ShenFenZheng = "ShenFenZheng";
    public const string QuanRiZhiXueLi = "QuanRiZhiJiaoYu_XueLi";
    public const string QuanRiZhiXueWei = "QuanRiZhiJiaoYu_XueWei";
    public const string ZaiZhiXueLi = "ZaiZhiJiaoYu_XueLi";
    public const string ZaiZhiXueWei = "ZaiZhiJiaoYu_XueWei";
    public const string ZhaoPian = "ZhaoPian";
    public const string Version = "Version";
    public const string Family = "JiaTingChengYuan";
    public const string FamilyItem = "Item";

    /// <summary>The family item's elements: 称谓, 姓名, 出生日期, 政治面貌, 工作单位及职务.</summary>
    public static readonly string[] FamilyFields = ["ChengWei", "XingMing", "ChuShengRiQi", "ZhengZhiMianMao", "GongZuoDanWei"];

    /// <summary>Every text element with its caption on the printed form, in file order (ZhaoPian, Version and the family follow).</summary>
    public static readonly IReadOnlyList<(string Name, string Caption)> Text =
    [
        (XingMing, "姓名"), (XingBie, "性别"), (ChuShengNianYue, "出生年月"), (MinZu, "民族"), (JiGuan, "籍贯"),
        (ChuShengDi, "出生地"), (RuDangShiJian, "入党时间"), (CanJiaGongZuoShiJian, "参加工作时间"),
        ("JianKangZhuangKuang", "健康状况"), ("ZhuanYeJiShuZhiWu", "专业技术职务"), ("ShuXiZhuanYeYouHeZhuanChang", "熟悉专业有何专长"),
        (QuanRiZhiXueLi, "全日制教育学历"), (QuanRiZhiXueWei, "全日制教育学位"),
        ("QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi", "全日制教育学历毕业院校系及专业"), ("QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi", "全日制教育学位毕业院校系及专业"),
        (ZaiZhiXueLi, "在职教育学历"), (ZaiZhiXueWei, "在职教育学位"),
        ("ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi", "在职教育学历毕业院校系及专业"), ("ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi", "在职教育学位毕业院校系及专业"),
        ("XianRenZhiWu", "现任职务"), ("NiRenZhiWu", "拟任职务"), ("NiMianZhiWu", "拟免职务"), (JianLi, "简历"),
        ("JiangChengQingKuang", "奖惩情况"), (NianDuKaoHeJieGuo, "年度考核结果"), ("RenMianLiYou", "任免理由"),
        ("ChengBaoDanWei", "呈报单位"), ("JiSuanNianLingShiJian", "计算年龄时间"), ("TianBiaoShiJian", "填表时间"),
        ("TianBiaoRen", "填表人"), (ShenFenZheng, "身份证号"), (Version, "版本"),
    ];

    private static readonly Dictionary<string, string> Captions = Text.ToDictionary(t => t.Name, t => t.Caption, StringComparer.Ordinal);

    public static bool IsText(string name) => Captions.ContainsKey(name);

    /// <summary>"民族（MinZu）": how messages name an element.</summary>
    public static string Describe(string name) =>
        Captions.TryGetValue(name, out var caption) ? $"{caption}（{name}）"
        : name == ZhaoPian ? "照片（ZhaoPian）"
        : name == Family ? "家庭主要成员及重要社会关系（JiaTingChengYuan）"
        : name;
}
