using Jiceng.Core.Cadres;
using Jiceng.Data.Measures.M08Guarantees;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>A row of a kind keyed by a registered cadre: the ID number and, when filled, the name it must match.</summary>
public interface ICadreRow
{
    string IdNumber { get; }

    string? Name { get; }
}

/// <summary>
/// What the kinds of per-cadre records (clause 八: subsidy payments, postings, home-trip claims, annual leave) share:
/// the cadre columns, reading the ID number, resolving the file's cadres in the user's scope with <see cref="CadreLookup"/>
/// (as the grade and reserve-pool kinds do), and the profile in force on a day as the commands take it.
/// </summary>
internal static class CadreRecords
{
    public static ImportColumn IdNumberColumn => new("idNumber", "身份证号码", true, "已登记干部的身份证号码") { Text = true, Aliases = ["身份证号"] };

    public static ImportColumn NameColumn => new("name", "姓名", false, "填写时须与该身份证号码登记的姓名一致");

    /// <summary>The row's ID number in upper case, refused unless it is a valid number.</summary>
    public static string? IdNumber(ImportRowReader row)
    {
        var id = row.Text("idNumber", required: true)?.ToUpperInvariant();
        if (id is not null && !IdCardNumber.TryParse(id, out _, out var idError))
        {
            row.Error("idNumber", id, idError);
        }

        return id;
    }

    /// <summary>
    /// The cadre id of each row whose cadre is registered and in the user's scope, by row; the other rows are refused
    /// (a cadre outside the scope gets the same answer as an unknown one), as is a filled name that differs.
    /// </summary>
    public static async Task<Dictionary<int, int>> ResolveAsync<T>(ImportSession session, IReadOnlyList<ParsedRow<T>> rows, CancellationToken ct)
        where T : ICadreRow
    {
        var cadres = await CadreLookup.FindAsync(session, rows.Select(r => IdCardNumber.Parse(r.Item.IdNumber)), ct);
        var resolved = new Dictionary<int, int>();
        foreach (var (number, row) in rows)
        {
            if (!cadres.TryGetValue(row.IdNumber, out var cadre) || !cadre.InScope)
            {
                session.Errors.Add(new ImportError(number, "身份证号码", IdCardNumber.Parse(row.IdNumber).Masked, "未找到该干部，或不在您的管理范围内（请先导入干部）"));
                continue;
            }

            if (row.Name is { } name && !string.Equals(name, cadre.Name, StringComparison.Ordinal))
            {
                session.Errors.Add(new ImportError(number, "姓名", name, $"与该身份证号码登记的姓名“{cadre.Name}”不一致"));
            }

            resolved[number] = cadre.Id;
        }

        return resolved;
    }

    /// <summary>The records a query finds for these ids (of cadres or of records), a few hundred ids per query.</summary>
    public static async Task<List<TRecord>> InChunksAsync<TRecord>(IEnumerable<int> ids, Func<int[], Task<List<TRecord>>> query)
    {
        var found = new List<TRecord>();
        foreach (var chunk in ids.Distinct().Chunk(500))
        {
            found.AddRange(await query(chunk));
        }

        return found;
    }

    /// <summary>The session's profiles as the commands take them: null before the first one, and when none is loaded.</summary>
    public static ProfileOn Profiles(ImportSession session) => day =>
    {
        if (session.ProfileOn is not { } profileOn)
        {
            return null;
        }

        try
        {
            return profileOn(day);
        }
        catch (InvalidOperationException)
        {
            return null; // no version had taken effect by that day (ProfileSet.InForceOn)
        }
    };

    /// <summary>A refusal of a check over several rows, under the column of the field the message names.</summary>
    public static ImportError Error(int row, string column, string? value, Core.Common.FieldError error)
    {
        var colon = error.Message.IndexOf('：', StringComparison.Ordinal);
        return new ImportError(row, column, value, colon > 0 ? error.Message[(colon + 1)..] : error.Message);
    }
}
