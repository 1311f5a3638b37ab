using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Org;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// What clause 八's care kinds (insurance, collective incomes and reward payments, facilities, turnover housing) share:
/// money cells read as the API reads a JSON number, units and cadres resolved in the user's scope, and the care
/// commands' validators (which query the database, so they run in <c>CheckAsync</c>, after the parse) reported under the
/// row's cells.
/// </summary>
internal static class CareImportCells
{
    /// <summary>A decimal as the API's JSON reads it (invariant, a sign and a point, no thousands separators); the
    /// validator then checks the range and the two decimals (0.01 元), in its own words.</summary>
    public static decimal? Number(ImportRowReader row, string key, bool required = false)
    {
        var v = row.Text(key, required);
        if (v is null)
        {
            return null;
        }

        if (decimal.TryParse(v, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }

        row.Error(key, v, "应为数字（如 1234.50），不带千分位和单位");
        return null;
    }

    /// <summary>A village or community in scope by code, or null with the refusal on <paramref name="key"/>.</summary>
    public static UnitRef? Village(ImportSession session, ImportRowReader row, string key)
    {
        var code = row.Text(key, required: true);
        var unit = session.UnitInScope(code);
        if (code is not null && unit is not { Kind: OrgUnitKind.Village or OrgUnitKind.Community })
        {
            row.Error(key, code, "不是您管理范围内的村（社区）");
            return null;
        }

        return unit;
    }

    /// <summary>A township or sub-district in scope by code, or null with the refusal on <paramref name="key"/>.</summary>
    public static UnitRef? Township(ImportSession session, ImportRowReader row, string key)
    {
        var code = row.Text(key, required: true);
        var unit = session.UnitInScope(code);
        if (code is not null && unit is not { Kind: OrgUnitKind.Township or OrgUnitKind.SubDistrict })
        {
            row.Error(key, code, "不是您管理范围内的乡镇（街道）");
            return null;
        }

        return unit;
    }

    /// <summary>The ID number cell, upper-cased and checked (GB 11643), or null with the refusal.</summary>
    public static string? IdNumber(ImportRowReader row)
    {
        var id = row.Text("idNumber", required: true)?.ToUpperInvariant();
        if (id is not null && !IdCardNumber.TryParse(id, out _, out var error))
        {
            row.Error("idNumber", id, error);
            return null;
        }

        return id;
    }

    /// <summary>The stored cadres of the rows' ID numbers (one set-based lookup).</summary>
    public static Task<Dictionary<string, CadreRef>> CadresAsync(ImportSession session, IEnumerable<string> idNumbers, CancellationToken ct) =>
        CadreLookup.FindAsync(session, idNumbers.Distinct(StringComparer.Ordinal).Select(IdCardNumber.Parse), ct);

    /// <summary>The cadre of a row in scope, checked against the name cell when filled; null (with the refusal) otherwise.</summary>
    public static CadreRef? Cadre(ImportSession session, Dictionary<string, CadreRef> cadres, int number, string idNumber, string? name)
    {
        if (!cadres.TryGetValue(idNumber, out var cadre) || !cadre.InScope)
        {
            session.Errors.Add(new ImportError(number, "身份证号码", IdCardNumber.Parse(idNumber).Masked, "未找到该干部，或不在您的管理范围内（请先导入干部）"));
            return null;
        }

        if (name is not null && !string.Equals(name, cadre.Name, StringComparison.Ordinal))
        {
            session.Errors.Add(new ImportError(number, "姓名", name, $"与该身份证号码登记的姓名“{cadre.Name}”不一致"));
            return null;
        }

        return cadre;
    }

    /// <summary>Reports a validator's field errors under the row's cells (row, column, value, reason) and says whether there were none.</summary>
    public static bool Report(ImportSession session, ImportRowReader row, IEnumerable<FieldError> errors, IReadOnlyDictionary<string, string> columnOfField)
    {
        var before = row.Errors.Count;
        row.Add(errors, columnOfField);
        session.Errors.AddRange(row.Errors.Skip(before));
        return row.Errors.Count == before;
    }

    /// <summary>A dictionary row of a kind's template, with string keys compared ordinally.</summary>
    public static IReadOnlyDictionary<string, object?> TemplateRow(params (string Key, object? Value)[] cells) =>
        cells.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);

    /// <summary>
    /// The upsert every care kind ends with: the stored records the rows rewrite (<paramref name="targets"/>: row → id)
    /// are loaded a few hundred at a time and updated, the others added; <paramref name="apply"/> writes a row's input
    /// (the command's own apply); created / updated / unchanged are counted, then one save.
    /// </summary>
    public static Task UpsertAsync<TEntity>(ImportSession session, IReadOnlyDictionary<int, int> targets,
        IReadOnlyList<int> rows, Action<TEntity, int> apply, CancellationToken ct) where TEntity : class, new() =>
        ImportUpsert.RunAsync(session, [.. rows.Select(n => new ParsedRow<int>(n, n))], targets, (n, _) =>
        {
            var record = new TEntity();
            apply(record, n);
            return record;
        }, (record, n) => apply(record, n), ct);
}
