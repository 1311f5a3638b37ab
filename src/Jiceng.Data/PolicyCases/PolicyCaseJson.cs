using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Jiceng.Core.Policy;
using Jiceng.Core.Policy.Cases;

namespace Jiceng.Data.PolicyCases;

/// <summary>
/// The stable JSON shape of a case run (<c>jiceng policy test --format json</c>), documented in docs/policy-cases.md:
/// names never change meaning; new fields may be added.
/// </summary>
public static class PolicyCaseJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void Write(Stream output, PolicyCaseRun run)
    {
        using var w = new Utf8JsonWriter(output, WriterOptions);
        w.WriteStartObject();
        w.WriteString("profile", run.ProfileName);
        w.WriteBoolean("succeeded", run.Succeeded);
        w.WriteNumber("passed", run.Passed);
        w.WriteNumber("failed", run.Failed);
        w.WriteNumber("files", run.Files.Count);
        w.WriteNumber("filesWithProblems", run.FilesWithProblems);
        w.WriteNumber("seconds", Math.Round(run.Elapsed.TotalSeconds, 3));
        w.WriteStartArray("results");
        foreach (var file in run.Files)
        {
            w.WriteStartObject();
            w.WriteString("file", file.Source);
            w.WriteStartArray("problems");
            foreach (var p in file.Problems)
            {
                WriteProblem(w, p);
            }

            w.WriteEndArray();
            w.WriteStartArray("cases");
            foreach (var c in file.Cases)
            {
                WriteCase(w, c);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteProblem(Utf8JsonWriter w, ProfileProblem p)
    {
        w.WriteStartObject();
        w.WriteNumber("line", p.Line);
        w.WriteNumber("column", p.Column);
        w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(p.Kind.ToString()));
        w.WriteString("parameter", p.ParameterId);
        w.WriteString("message", p.Message);
        w.WriteEndObject();
    }

    private static void WriteCase(Utf8JsonWriter w, CaseResult c)
    {
        w.WriteStartObject();
        w.WriteString("name", c.Name);
        w.WriteNumber("line", c.At.Line);
        w.WriteNumber("column", c.At.Column);
        w.WriteBoolean("passed", c.Passed);
        w.WriteNumber("ms", Math.Round(c.Elapsed.TotalMilliseconds, 1));
        w.WriteStartArray("differences");
        foreach (var d in c.Differences)
        {
            w.WriteStartObject();
            w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(d.Kind.ToString()));
            w.WriteString("message", d.Message);
            if (d.At is { } at)
            {
                w.WriteNumber("line", at.Line);
                w.WriteNumber("column", at.Column);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("findings");
        foreach (var f in c.Findings)
        {
            w.WriteStartObject();
            w.WriteString("rule", f.Rule);
            w.WriteString("subject", f.Subject);
            w.WriteString("severity", CaseComparison.Name(f.Severity));
            w.WriteString("topic", f.Topic);
            w.WriteString("due", f.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("measured", f.Measured);
            w.WriteString("required", f.Required);
            w.WriteString("message", f.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("amounts");
        foreach (var a in c.Amounts)
        {
            w.WriteStartObject();
            w.WriteString("calculator", a.Calculator);
            if (a.Calculation is { } calc)
            {
                w.WriteNumber("amount", calc.Amount);
            }
            else
            {
                w.WriteNull("amount");
            }

            w.WriteString("refused", a.Refusal);
            w.WriteString("working", a.Calculation?.ToText());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
