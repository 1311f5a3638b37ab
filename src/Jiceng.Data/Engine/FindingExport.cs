using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Jiceng.Core.Findings;

namespace Jiceng.Data.Engine;

/// <summary>
/// The findings contract other tools read (docs/findings-json.md): one object per finding with <c>rule</c>,
/// <c>clause</c>, <c>severity</c> (violation | warning | info), <c>subject</c> {kind, id, code, name}, <c>period</c>,
/// <c>measured</c>, <c>required</c>, <c>message</c> (zh-CN), <c>due</c> (yyyy-MM-dd or null) and <c>parameters</c>
/// (the parameter values the finding was judged with: [{id, label, value}], value null = not set). Field names and
/// values only ever gain members; nothing is renamed or removed.
/// </summary>
public static class FindingExport
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Severity(Severity s) => s switch
    {
        Core.Findings.Severity.Violation => "violation",
        Core.Findings.Severity.Warning => "warning",
        Core.Findings.Severity.Info => "info",
    };

    public static string Kind(SubjectKind k) => k switch
    {
        SubjectKind.Cadre => "cadre",
        SubjectKind.OrgUnit => "org_unit",
        SubjectKind.District => "district",
    };

    public static void WriteJson(Stream output, IEnumerable<Finding> findings)
    {
        using var w = new Utf8JsonWriter(output, WriterOptions);
        w.WriteStartArray();
        foreach (var f in findings)
        {
            w.WriteStartObject();
            w.WriteString("rule", f.Rule);
            w.WriteNumber("clause", f.Clause);
            w.WriteString("severity", Severity(f.Severity));
            w.WriteStartObject("subject");
            w.WriteString("kind", Kind(f.Subject.Kind));
            w.WriteNumber("id", f.Subject.Id);
            w.WriteString("code", f.Subject.Code);
            w.WriteString("name", f.Subject.Name);
            w.WriteEndObject();
            w.WriteString("period", f.Period);
            w.WriteString("measured", f.Measured);
            w.WriteString("required", f.Required);
            w.WriteString("message", f.Message);
            if (f.Due is { } due)
            {
                w.WriteString("due", due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                w.WriteNull("due");
            }

            WriteParameters(w, f.UsedParameters);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteParameters(Utf8JsonWriter w, UsedParameters parameters)
    {
        w.WriteStartArray("parameters");
        foreach (var p in parameters)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteString("label", p.Label);
            w.WriteString("value", p.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The same fields as CSV (UTF-8 with BOM so spreadsheet programs read the Chinese text), formula-safe.</summary>
    public static void WriteCsv(TextWriter output, IEnumerable<Finding> findings)
    {
        output.WriteLine("rule,clause,severity,subject_kind,subject_id,subject_code,subject_name,period,measured,required,message,due,parameters");
        foreach (var f in findings)
        {
            string[] cells =
            [
                f.Rule, f.Clause.ToString(CultureInfo.InvariantCulture), Severity(f.Severity), Kind(f.Subject.Kind),
                f.Subject.Id.ToString(CultureInfo.InvariantCulture), f.Subject.Code, f.Subject.Name, f.Period, f.Measured, f.Required,
                f.Message, f.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", f.UsedParameters.ToString(),
            ];
            output.WriteLine(string.Join(',', cells.Select(Cell)));
        }
    }

    /// <summary>Quotes a CSV cell and neutralises spreadsheet formulas (a leading = + - @ tab or CR gets a quote mark).</summary>
    public static string Cell(string value)
    {
        var v = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{v.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : v;
    }

    public static Encoding CsvEncoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
}
