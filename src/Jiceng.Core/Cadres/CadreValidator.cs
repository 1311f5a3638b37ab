using System.Globalization;
using Jiceng.Core.Common;
using Tables = Jiceng.Core.CodeTables.CodeTables;

namespace Jiceng.Core.Cadres;

/// <summary>
/// Validates a <see cref="CadreInput"/> completely (every problem at once) and applies it to a <see cref="Cadre"/>.
/// Checks that need the database (the org unit exists and is in scope, the ID number is unique) are the caller's.
/// </summary>
public static class CadreValidator
{
    /// <summary>Chinese labels of the fields, used in every message.</summary>
    public static IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["name"] = "姓名", ["sexCode"] = "性别", ["ethnicityCode"] = "民族", ["birthDate"] = "出生日期",
        ["idNumber"] = "身份证号码", ["educationCode"] = "学历", ["degreeCode"] = "学位", ["major"] = "专业",
        ["politicalStatusCode"] = "政治面貌", ["category"] = "干部类别", ["joinedWorkOn"] = "参加工作时间",
        ["joinedPartyOn"] = "入党时间", ["grassrootsServiceSince"] = "基层服务起始时间", ["homeRegionCode"] = "籍贯（户籍地）",
        ["orgUnitId"] = "所在单位",
    };

    public static IReadOnlyList<FieldError> Validate(CadreInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        void Add(string field, string message) => errors.Add(new FieldError(field, $"{FieldLabels[field]}：{message}"));

        if (FreeText.Problem(input.Name, Cadre.NameMaxLength, required: true) is { } nameProblem)
        {
            Add("name", nameProblem);
        }

        IdCardNumber? id = null;
        if (string.IsNullOrWhiteSpace(input.IdNumber))
        {
            Add("idNumber", "必填");
        }
        else if (IdCardNumber.TryParse(input.IdNumber, out var parsed, out var idError))
        {
            id = parsed;
            if (parsed.BirthDate > today)
            {
                Add("idNumber", $"身份证号码中的出生日期{Dates.Format(parsed.BirthDate)}晚于今天");
            }
        }
        else
        {
            Add("idNumber", idError);
        }

        Sex? sex = null;
        if (string.IsNullOrWhiteSpace(input.SexCode))
        {
            Add("sexCode", "必填");
        }
        else if (input.SexCode is "1" or "2")
        {
            sex = (Sex)int.Parse(input.SexCode, CultureInfo.InvariantCulture);
            if (id is { } i && i.Sex != sex)
            {
                Add("sexCode", $"所填性别“{Label(sex.Value)}”与身份证号码所示性别“{Label(i.Sex)}”不一致");
            }
        }
        else
        {
            Add("sexCode", $"未知的性别代码“{input.SexCode}”（GB/T 2261.1：1 男，2 女）");
        }

        if (input.BirthDate is not { } birth)
        {
            Add("birthDate", "必填");
        }
        else if (birth > today)
        {
            Add("birthDate", $"{Dates.Format(birth)}晚于今天");
        }
        else if (id is { } i && i.BirthDate != birth)
        {
            Add("birthDate", $"所填出生日期{Dates.Format(birth)}与身份证号码所示出生日期{Dates.Format(i.BirthDate)}不一致");
        }

        CheckCode("ethnicityCode", input.EthnicityCode, Tables.Ethnicity, required: true);
        CheckCode("politicalStatusCode", input.PoliticalStatusCode, Tables.PoliticalStatus, required: true);
        CheckCode("educationCode", input.EducationCode, Tables.Education, required: false);
        CheckCode("degreeCode", input.DegreeCode, Tables.Degree, required: false);
        CheckCode("homeRegionCode", input.HomeRegionCode, Tables.Regions, required: false);

        if (FreeText.Problem(input.Major, Cadre.MajorMaxLength, required: false) is { } majorProblem)
        {
            Add("major", majorProblem);
        }

        if (input.Category is not { } category)
        {
            Add("category", "必填");
        }
        else if (!Enum.IsDefined(category))
        {
            Add("category", $"未知的干部类别“{(int)category}”");
        }

        if (input.OrgUnitId is null or <= 0)
        {
            Add("orgUnitId", "必填");
        }

        var born = input.BirthDate ?? id?.BirthDate;
        CheckLifeDate("joinedWorkOn", input.JoinedWorkOn, born, minAge: 14);
        CheckLifeDate("joinedPartyOn", input.JoinedPartyOn, born, minAge: 18);
        CheckLifeDate("grassrootsServiceSince", input.GrassrootsServiceSince, born, minAge: 14);
        if (input.JoinedWorkOn is { } w && input.GrassrootsServiceSince is { } g && g < w)
        {
            Add("grassrootsServiceSince", $"{Dates.Format(g)}早于参加工作时间{Dates.Format(w)}");
        }

        return errors;

        void CheckCode(string field, string? code, CodeTables.CodeTable table, bool required)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                if (required)
                {
                    Add(field, "必填");
                }
            }
            else if (!table.Contains(code))
            {
                Add(field, $"未知的代码“{code}”（{table.Entries[0].Standard}）");
            }
        }

        void CheckLifeDate(string field, DateOnly? date, DateOnly? birthDate, int minAge)
        {
            if (date is not { } d)
            {
                return;
            }

            if (d > today)
            {
                Add(field, $"{Dates.Format(d)}晚于今天");
            }
            else if (birthDate is { } b && d < b.AddYears(minAge))
            {
                Add(field, $"{Dates.Format(d)}时年龄不足{minAge}岁（出生日期{Dates.Format(b)}）");
            }
        }
    }

    /// <summary>Copies validated input onto an entity. Call only when <see cref="Validate"/> returned no errors.</summary>
    public static void Apply(CadreInput input, Cadre cadre)
    {
        cadre.Name = input.Name!.Trim();
        cadre.IdNumber = IdCardNumber.Parse(input.IdNumber!);
        cadre.Sex = (Sex)int.Parse(input.SexCode!, CultureInfo.InvariantCulture);
        cadre.BirthDate = input.BirthDate!.Value;
        cadre.EthnicityCode = input.EthnicityCode!;
        cadre.PoliticalStatusCode = input.PoliticalStatusCode!;
        cadre.EducationCode = Blank(input.EducationCode);
        cadre.DegreeCode = Blank(input.DegreeCode);
        cadre.Major = Blank(input.Major?.Trim());
        cadre.Category = input.Category!.Value;
        cadre.JoinedWorkOn = input.JoinedWorkOn;
        cadre.JoinedPartyOn = input.JoinedPartyOn;
        cadre.GrassrootsServiceSince = input.GrassrootsServiceSince;
        cadre.HomeRegionCode = Blank(input.HomeRegionCode);
        cadre.OrgUnitId = input.OrgUnitId!.Value;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static string Label(Sex sex) => Tables.Sex.LabelOf(((int)sex).ToString(CultureInfo.InvariantCulture));
}
