using Jiceng.Core.Cadres;

namespace Jiceng.Data.Demo;

/// <summary>Chinese personal names: weighted common surnames (Shanxi-leaning) and given names by sex and generation.</summary>
internal static class ChineseNames
{
    private static readonly (string Value, int Weight)[] Surnames =
    [
        ("王", 90), ("李", 80), ("张", 75), ("刘", 70), ("郭", 40), ("杨", 38), ("赵", 36), ("陈", 30), ("高", 28),
        ("武", 24), ("贾", 20), ("田", 18), ("白", 16), ("郝", 16), ("乔", 14), ("吴", 14), ("周", 14), ("孙", 14),
        ("马", 14), ("薛", 12), ("段", 12), ("梁", 12), ("徐", 12), ("胡", 12), ("朱", 11), ("黄", 10), ("韩", 10),
        ("冯", 10), ("任", 10), ("史", 9), ("宋", 9), ("侯", 9), ("康", 8), ("何", 8), ("林", 6), ("罗", 7),
        ("郑", 7), ("谢", 6), ("唐", 6), ("于", 6), ("董", 7), ("萧", 3), ("程", 7), ("曹", 7), ("袁", 6),
        ("邓", 5), ("许", 6), ("傅", 4), ("沈", 4), ("曾", 4), ("彭", 5), ("吕", 6), ("苏", 6), ("卢", 5),
        ("蒋", 4), ("蔡", 4), ("丁", 5), ("魏", 6), ("叶", 4), ("阎", 6), ("余", 4), ("潘", 4), ("杜", 5),
        ("戴", 3), ("夏", 4), ("钟", 3), ("汪", 3), ("姜", 4), ("范", 5), ("方", 4), ("石", 5), ("姚", 4),
        ("谭", 3), ("廖", 2), ("邹", 3), ("熊", 3), ("金", 4), ("陆", 3), ("孔", 3), ("崔", 5), ("毛", 3),
        ("邱", 3), ("秦", 5), ("江", 3), ("顾", 3), ("邵", 3), ("孟", 5), ("龙", 2), ("万", 3), ("雷", 4),
        ("钱", 3), ("汤", 2), ("尹", 4), ("黎", 2), ("易", 2), ("常", 5), ("贺", 5), ("赖", 2), ("龚", 2), ("文", 3),
    ];

    // Given names of people born before about 1985, and after.
    private const string MaleFirstOlder = "建志国永文海宏振德学立明俊春晓兵红卫新玉利宝保金长占";
    private const string MaleSecondOlder = "军华平明强伟刚斌林峰东亮民成生忠平荣胜义福龙才云山";
    private const string MaleFirstYounger = "浩宇子俊嘉文一思博志家晨泽昊鹏宏天睿佳瑞";
    private const string MaleSecondYounger = "宇轩杰涛鹏磊超辉飞鑫凯帆旭航阳晨豪峰龙斌博";
    private const string FemaleFirstOlder = "秀桂玉丽美春晓红海金凤淑彩素翠爱月";
    private const string FemaleSecondOlder = "英兰珍芳华梅霞琴莲萍娟敏燕云花荣香平";
    private const string FemaleFirstYounger = "欣雨思佳梦晓子诗雅婷可心嘉静慧艺";
    private const string FemaleSecondYounger = "怡涵琪婷颖琳瑶璐妍洁雪娜倩蕾萱悦彤";

    public static string Next(Random random, Sex sex, int birthYear)
    {
        var surname = random.Pick<string>(Surnames);
        var younger = birthYear >= 1985;
        var (first, second) = (sex == Sex.Female, younger) switch
        {
            (true, true) => (FemaleFirstYounger, FemaleSecondYounger),
            (true, false) => (FemaleFirstOlder, FemaleSecondOlder),
            (false, true) => (MaleFirstYounger, MaleSecondYounger),
            (false, false) => (MaleFirstOlder, MaleSecondOlder),
        };

        var last = second[random.Next(second.Length)];
        if (random.Chance(0.15))
        {
            return $"{surname}{last}";
        }

        var middle = first[random.Next(first.Length)];
        return $"{surname}{middle}{last}";
    }
}
