using Jiceng.Core.Cadres;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// What the kinds of a cadre's own records (clause 九's talks, stationings, checkups, incidents) share: the ID number and
/// name columns, the ID number's check, the set-based lookup of the file's cadres in the user's scope (as
/// <see cref="GradeImport"/> and <see cref="ReservePoolImport"/> do it), and choices read by their Chinese labels.
/// </summary>
internal static class CadreRowCells
{
    public const string NotFound = "未找到该干部，或不在您的管理范围内（请先导入干部）";

    public static ImportColumn IdColumn() => new("idNumber", "身份证号码", true, "已登记干部的身份证号码") { Text = true, Aliases = ["身份证号"] };

    public static ImportColumn NameColumn() => new("name", "姓名", false, "填写时须与该身份证号码登记的姓名一致");

    /// <summary>The row's ID number (upper case), refused at its cell when it fails GB 11643's check.</summary>
    public static string? IdNumber(ImportRowReader row)
    {
        var id = row.Text("idNumber", required: true)?.ToUpperInvariant();
        if (id is not null && !IdCardNumber.TryParse(id, out _, out var error))
        {
            row.Error("idNumber", id, error);
        }

        return id;
    }

    /// <summary>
    /// The stored cadre of each row (row number → cadre id), in one lookup for the file: a number not registered or
    /// registered outside the user's scope is refused with one answer (nothing of where), a name that differs from
    /// the registered one is refused at 姓名.
    /// </summary>
    public static async Task<Dictionary<int, int>> CadresAsync<T>(
        ImportSession session, IReadOnlyList<ParsedRow<T>> rows, Func<T, string> idNumber, Func<T, string?> name, CancellationToken ct)
    {
        var found = await CadreLookup.FindAsync(session, rows.Select(r => IdCardNumber.Parse(idNumber(r.Item))), ct);
        var cadreOf = new Dictionary<int, int>();
        foreach (var (number, item) in rows)
        {
            if (!found.TryGetValue(idNumber(item), out var cadre) || !cadre.InScope)
            {
                session.Errors.Add(new ImportError(number, "身份证号码", IdCardNumber.Parse(idNumber(item)).Masked, NotFound));
                continue;
            }

            if (name(item) is { } n && !string.Equals(n, cadre.Name, StringComparison.Ordinal))
            {
                session.Errors.Add(new ImportError(number, "姓名", n, $"与该身份证号码登记的姓名“{cadre.Name}”不一致"));
                continue;
            }

            cadreOf[number] = cadre.Id;
        }

        return cadreOf;
    }

    /// <summary>An enum member written as its Chinese label (<paramref name="label"/>: the words the pages show), its
    /// name or its number; refused listing the labels.</summary>
    public static T? Choice<T>(ImportRowReader row, string key, Func<T, string> label, bool required) where T : struct, Enum
    {
        var v = row.Text(key, required);
        if (v is null)
        {
            return null;
        }

        foreach (var member in Enum.GetValues<T>())
        {
            if (string.Equals(label(member), v, StringComparison.Ordinal))
            {
                return member;
            }
        }

        if (Enum.TryParse<T>(v, ignoreCase: true, out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        row.Error(key, v, $"不是可选的值（可选：{string.Join("、", Labels(label))}）");
        return null;
    }

    public static IReadOnlyList<string> Labels<T>(Func<T, string> label) where T : struct, Enum => Enum.GetValues<T>().Select(label).ToList();

    /// <summary>A stored UTC moment as the import reads it: China time to the minute (the pages' form).</summary>
    public static string Minute(DateTime utc) => Measures.M09Care.CareValidator.Format(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    /// <summary>The stored UTC moment truncated to the minute, the precision of the natural key and of the file.</summary>
    public static DateTime ToMinute(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);
}
