using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using E = Jiceng.Core.Exchange.Lrmx.LrmxElements;
using Tables = Jiceng.Core.CodeTables.CodeTables;

namespace Jiceng.Core.Exchange.Lrmx;

/// <summary>What an LRMX file says about a cadre, in the product's codes, plus what the cadre model keeps beside it.</summary>
public sealed record LrmxCadreData
{
    public required LrmxPerson Source { get; init; }
    public string? Name { get; init; }
    public string? SexCode { get; init; }
    public string? EthnicityCode { get; init; }
    public DateOnly? BirthDate { get; init; }
    public string? IdNumber { get; init; }
    public string? EducationCode { get; init; }
    public string? DegreeCode { get; init; }
    public string PoliticalStatusCode { get; init; } = "13";
    public DateOnly? JoinedPartyOn { get; init; }
    public DateOnly? JoinedWorkOn { get; init; }
    public string? HomeRegionCode { get; init; }
    public IReadOnlyList<LrmxResumeEntry> Resume { get; init; } = [];
    public IReadOnlyList<LrmxYearGrade> Grades { get; init; } = [];

    /// <summary>The file's fields laid over <paramref name="current"/> (an existing cadre's input, or the unit and category chosen for a new one).</summary>
    public CadreInput ApplyTo(CadreInput current) => current with
    {
        Name = Name, SexCode = SexCode, EthnicityCode = EthnicityCode, BirthDate = BirthDate, IdNumber = IdNumber,
        EducationCode = EducationCode, DegreeCode = DegreeCode, PoliticalStatusCode = PoliticalStatusCode,
        JoinedPartyOn = JoinedPartyOn, JoinedWorkOn = JoinedWorkOn, HomeRegionCode = HomeRegionCode ?? current.HomeRegionCode,
    };
}

/// <summary>A cadre and what is kept beside it, to be written as an LRMX file.</summary>
public sealed record LrmxCadreRecord(
    Cadre Cadre,
    IReadOnlyDictionary<string, string> OriginalFields,
    IReadOnlyList<LrmxResumeEntry> Resume,
    IReadOnlyList<LrmxFamilyMember> Family,
    IReadOnlyList<LrmxYearGrade> Grades,
    byte[]? Photo,
    IReadOnlyList<string> Extras);

/// <summary>
/// Labels to codes on import (a Chinese error naming element and value for a label no table knows), and the cadre back
/// to labels on export. On export an imported label is written back as it was whenever it still means the cadre's
/// current value (so “大学” stays “大学”, not “大学本科毕业”), and the label of the current code otherwise.
/// </summary>
public static class LrmxCadreMapping
{
    public static (LrmxCadreData? Data, IReadOnlyList<FieldError> Errors) FromPerson(LrmxPerson p)
    {
        var errors = new List<FieldError>();
        void Err(string element, string message) => errors.Add(new FieldError(element, $"{E.Describe(element)}：{message}"));

        string? Code(string element, Func<string, string?> map, string what)
        {
            if (LrmxLabels.IsNone(p[element]))
            {
                return null;
            }

            var code = map(p[element]!);
            if (code is null)
            {
                Err(element, $"未知的{what}“{p[element]}”");
            }

            return code;
        }

        var sex = Code(E.XingBie, LrmxLabels.Sex, "性别");
        var ethnicity = Code(E.MinZu, LrmxLabels.Ethnicity, "民族（GB/T 3304）");
        var education = LrmxLabels.HigherEducation(
            Code(E.QuanRiZhiXueLi, LrmxLabels.Education, "学历"), Code(E.ZaiZhiXueLi, LrmxLabels.Education, "学历"));
        var degree = LrmxLabels.HigherDegree(
            Code(E.QuanRiZhiXueWei, LrmxLabels.Degree, "学位"), Code(E.ZaiZhiXueWei, LrmxLabels.Degree, "学位"));

        DateOnly? Date(string element)
        {
            if (p[element] is not { } t)
            {
                return null;
            }

            if (LrmxDate.TryParse(t, out var d))
            {
                return d.ToDateOnly();
            }

            Err(element, $"无法识别的日期“{t}”（可写 YYYYMM、YYYYMMDD、YYYY.MM 或年份）");
            return null;
        }

        var id = p[E.ShenFenZheng]?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        DateOnly? birth = null;
        if (p[E.ChuShengNianYue] is { } bt)
        {
            if (!LrmxDate.TryParse(bt, out var b))
            {
                Err(E.ChuShengNianYue, $"无法识别的日期“{bt}”（可写 YYYYMM、YYYYMMDD、YYYY.MM 或年份）");
            }
            else if (IdCardNumber.TryParse(id, out var card, out _))
            {
                var c = card.BirthDate;
                var agrees = c.Year == b.Year && (b.Month is null || b.Month == c.Month) && (b.Day is null || b.Day == c.Day);
                if (agrees)
                {
                    birth = c;
                }
                else
                {
                    Err(E.ChuShengNianYue, $"“{bt}”与身份证号码所示出生日期{Dates.Format(c)}不一致");
                }
            }
            else
            {
                birth = b.ToDateOnly();
            }
        }
        else if (IdCardNumber.TryParse(id, out var card, out _))
        {
            birth = card.BirthDate;
        }

        var (political, joinedParty) = Party(p[E.RuDangShiJian], errors);
        var data = new LrmxCadreData
        {
            Source = p, Name = p[E.XingMing], SexCode = sex, EthnicityCode = ethnicity, BirthDate = birth, IdNumber = id,
            EducationCode = education, DegreeCode = degree, PoliticalStatusCode = political, JoinedPartyOn = joinedParty,
            JoinedWorkOn = Date(E.CanJiaGongZuoShiJian), HomeRegionCode = LrmxLabels.Region(p[E.JiGuan]),
            Resume = LrmxResume.Split(p[E.JianLi]), Grades = LrmxAssessments.Parse(p[E.NianDuKaoHeJieGuo]),
        };
        return (errors.Count == 0 ? data : null, errors);
    }

    /// <summary>入党时间 holds a date (中共党员, with “预备” a probationary member), a party's name, or nothing (群众).</summary>
    private static (string Code, DateOnly? JoinedOn) Party(string? text, List<FieldError> errors)
    {
        if (LrmxLabels.IsNone(text))
        {
            return ("13", null);
        }

        var t = text!.Trim();
        var probation = t.Contains("预备", StringComparison.Ordinal);
        var datePart = t.Split('（', '(')[0].Trim();
        if (LrmxDate.TryParse(datePart, out var d))
        {
            return (probation ? "02" : "01", d.ToDateOnly());
        }

        if (LrmxLabels.PoliticalStatus(t) is { } code)
        {
            return (code, null);
        }

        errors.Add(new FieldError(E.RuDangShiJian, $"{E.Describe(E.RuDangShiJian)}：既不是日期也不是已知的党派“{t}”"));
        return ("13", null);
    }

    public static LrmxPerson ToPerson(LrmxCadreRecord r)
    {
        var c = r.Cadre;
        var o = r.OriginalFields;
        string? Orig(string element) => o.TryGetValue(element, out var v) ? v : null;
        string? Keep(string element, Func<string, bool> stillMeans, string? fresh) =>
            Orig(element) is { } v && stillMeans(v) ? v : fresh;

        var fields = new Dictionary<string, string>(o, StringComparer.Ordinal);
        void Set(string element, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                fields.Remove(element);
            }
            else
            {
                fields[element] = value;
            }
        }

        var sexCode = ((int)c.Sex).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Set(E.XingMing, c.Name);
        Set(E.XingBie, Keep(E.XingBie, v => LrmxLabels.Sex(v) == sexCode, Tables.Sex.LabelOf(sexCode)));
        Set(E.ChuShengNianYue, Keep(E.ChuShengNianYue, v => LrmxDate.TryParse(v, out var d) && Agrees(d, c.BirthDate),
            c.BirthDate.ToString("yyyyMM", System.Globalization.CultureInfo.InvariantCulture)));
        Set(E.MinZu, Keep(E.MinZu, v => LrmxLabels.Ethnicity(v) == c.EthnicityCode, Tables.Ethnicity.LabelOf(c.EthnicityCode)));
        Set(E.JiGuan, Keep(E.JiGuan, v => LrmxLabels.Region(v) is not { } code || code == c.HomeRegionCode,
            c.HomeRegionCode is { } hr ? Tables.RegionName(hr) : null));
        Set(E.RuDangShiJian, Keep(E.RuDangShiJian, v => Party(v, []) == (c.PoliticalStatusCode, c.JoinedPartyOn), PartyText(c)));
        Set(E.CanJiaGongZuoShiJian, Keep(E.CanJiaGongZuoShiJian, v => LrmxDate.TryParse(v, out var d) && d.ToDateOnly() == c.JoinedWorkOn,
            c.JoinedWorkOn is { } w ? LrmxDate.Format(w) : null));
        Set(E.ShenFenZheng, c.IdNumber.Value);

        string? Edu(string e) => Orig(e) is { } v && !LrmxLabels.IsNone(v) ? LrmxLabels.Education(v) : null;
        if (LrmxLabels.HigherEducation(Edu(E.QuanRiZhiXueLi), Edu(E.ZaiZhiXueLi)) != c.EducationCode)
        {
            Set(E.QuanRiZhiXueLi, c.EducationCode is { } ec ? Tables.Education.LabelOf(ec) : null);
            Set(E.ZaiZhiXueLi, null);
        }

        string? Deg(string e) => Orig(e) is { } v && !LrmxLabels.IsNone(v) ? LrmxLabels.Degree(v) : null;
        if (LrmxLabels.HigherDegree(Deg(E.QuanRiZhiXueWei), Deg(E.ZaiZhiXueWei)) != c.DegreeCode)
        {
            Set(E.QuanRiZhiXueWei, c.DegreeCode is { } dc ? Tables.Degree.LabelOf(dc) : null);
            Set(E.ZaiZhiXueWei, null);
        }

        Set(E.JianLi, LrmxResume.Join(r.Resume));
        Set(E.NianDuKaoHeJieGuo, Keep(E.NianDuKaoHeJieGuo,
            v => LrmxAssessments.Parse(v).OrderBy(g => g.Year).SequenceEqual(r.Grades.OrderBy(g => g.Year)),
            r.Grades.Count == 0 ? null : LrmxAssessments.Format(r.Grades)));
        return new LrmxPerson { Fields = fields, Photo = r.Photo, Family = r.Family, Extras = r.Extras };
    }

    private static bool Agrees(LrmxDate d, DateOnly c) =>
        d.Year == c.Year && (d.Month is null || d.Month == c.Month) && (d.Day is null || d.Day == c.Day);

    private static string? PartyText(Cadre c) => (c.PoliticalStatusCode, c.JoinedPartyOn) switch
    {
        ("01", { } d) => LrmxDate.Format(d),
        ("02", { } d) => LrmxDate.Format(d) + "（预备党员）",
        ("13", _) => null,
        (var code, _) => Tables.PoliticalStatus.LabelOf(code),
    };
}
