using System.Globalization;
using System.Text.Json;
using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Exchange.Lrmx;
using Jiceng.Data.Audit;
using Jiceng.Data.Cadres;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange;

/// <summary>Where imported cadres go: an LRMX file names no unit, so the user picks one inside their scope (and a category for new cadres).</summary>
public sealed record LrmxImportOptions(int OrgUnitId, CadreCategory Category);

/// <summary>What one file would do (preview) or did (commit), with its problems in Chinese.</summary>
public sealed record LrmxFileOutcome(
    string FileName, string? Name, string? IdNumberMasked, bool IsUpdate, int? CadreId,
    int ResumeLines, int FamilyMembers, int Grades, bool HasPhoto, IReadOnlyList<FieldError> Errors)
{
    /// <summary>Resume lines that are not a period (kept as written, never dropped).</summary>
    public int UnparsedResumeLines { get; init; }

    /// <summary>What the file holds that the import keeps but does not understand, in Chinese (the preview shows it).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

public sealed record LrmxImportResult(IReadOnlyList<LrmxFileOutcome> Files, FieldError? Refusal, bool Committed)
{
    public bool Ok => Refusal is null && Files.Count > 0 && Files.All(f => f.Errors.Count == 0);
}

/// <summary>
/// Imports 任免审批表 files: one file or a zip of many, previewed first, then committed all-or-nothing. Each file goes
/// through the same validation as the API (<see cref="CadreCommands.ValidateAsync"/>); a cadre is matched by ID number
/// (ShenFenZheng) and updated when it lies in the user's scope (it keeps its unit and category), created in the chosen
/// unit otherwise. The resume, family, yearly grades, photo and the form's other texts replace what was kept before.
/// </summary>
public static class LrmxImport
{
    /// <summary>The files of an upload: a .lrmx as is, a .zip through <see cref="LrmxArchive"/>; anything else refused.</summary>
    public static (IReadOnlyList<LrmxFile> Files, FieldError? Refusal) Unpack(string fileName, Stream content, LrmxLimits? limits = null)
    {
        limits ??= LrmxLimits.Default;
        if (fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return LrmxArchive.Read(content, limits);
        }

        if (fileName.EndsWith(".lrm", StringComparison.OrdinalIgnoreCase))
        {
            return ([], new FieldError("file", $"“{fileName}”是旧版 .lrm 文件：暂不支持，请在任免审批表软件中另存为 .lrmx 后导入"));
        }

        if (!fileName.EndsWith(".lrmx", StringComparison.OrdinalIgnoreCase))
        {
            return ([], new FieldError("file", $"“{fileName}”不是 .lrmx 或 .zip 文件"));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > limits.MaxFileBytes)
            {
                return ([], new FieldError("file", $"文件超过上限{limits.MaxFileBytes / 1024} KB"));
            }

            buffer.Write(chunk, 0, n);
        }

        return ([new LrmxFile(fileName, buffer.ToArray())], null);
    }

    public static Task<LrmxImportResult> PreviewAsync(JicengDbContext db, DataScope scope, IReadOnlyList<LrmxFile> files,
        LrmxImportOptions options, DateOnly today, CancellationToken ct = default) => RunAsync(db, scope, files, options, today, commit: false, ct);

    public static Task<LrmxImportResult> CommitAsync(JicengDbContext db, DataScope scope, IReadOnlyList<LrmxFile> files,
        LrmxImportOptions options, DateOnly today, CancellationToken ct = default) => RunAsync(db, scope, files, options, today, commit: true, ct);

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private sealed record Planned(Cadre Cadre, LrmxCadreData Data, bool IsUpdate);

    private static async Task<LrmxImportResult> RunAsync(JicengDbContext db, DataScope scope, IReadOnlyList<LrmxFile> files,
        LrmxImportOptions options, DateOnly today, bool commit, CancellationToken ct)
    {
        var outcomes = new List<LrmxFileOutcome>();
        var planned = new List<Planned?>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var (outcome, plan) = await PlanAsync(db, scope, file, options, today, seen, ct);
            outcomes.Add(outcome);
            planned.Add(plan);
        }

        var ok = outcomes.Count > 0 && outcomes.All(o => o.Errors.Count == 0);
        if (!commit || !ok)
        {
            return new LrmxImportResult(outcomes, null, Committed: false);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var p in planned)
        {
            if (!p!.IsUpdate)
            {
                db.Cadres.Add(p.Cadre);
            }
        }

        await db.SaveChangesAsync(ct);
        var ids = planned.Select(p => p!.Cadre.Id).ToList();
        await db.CadreResumeEntries.Where(e => ids.Contains(e.CadreId)).ExecuteDeleteAsync(ct);
        await db.CadreFamilyMembers.Where(e => ids.Contains(e.CadreId)).ExecuteDeleteAsync(ct);
        await db.CadreYearlyGrades.Where(e => ids.Contains(e.CadreId)).ExecuteDeleteAsync(ct);
        await db.CadrePhotos.Where(e => ids.Contains(e.CadreId)).ExecuteDeleteAsync(ct);
        await db.CadreLrmxProfiles.Where(e => ids.Contains(e.CadreId)).ExecuteDeleteAsync(ct);
        // The rows just deleted in the database may still be tracked by this context (an earlier import in it).
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is CadreResumeEntry or CadreFamilyMember or CadreYearlyGrade
            or CadrePhoto or CadreLrmxProfile).ToList())
        {
            entry.State = EntityState.Detached;
        }

        foreach (var p in planned)
        {
            AddKept(db, p!.Cadre.Id, p.Cadre.OrgUnitId, p.Data);
        }

        await db.SaveChangesAsync(ct);
        await AuditChain.AppendAsync(db, [AuditChain.NewEntry(db.AuditContext.Actor, AuditHasher.Truncate(db.AuditClock.GetUtcNow()),
            AuditAction.Import, AuditOutcome.Success, "Cadre", string.Join(",", ids.Select(i => i.ToString(CultureInfo.InvariantCulture))),
            new { format = "lrmx", files = files.Count, created = planned.Count(p => !p!.IsUpdate), updated = planned.Count(p => p!.IsUpdate), orgUnitId = options.OrgUnitId })], ct);
        await tx.CommitAsync(ct);
        outcomes = outcomes.Select((o, i) => o with { CadreId = planned[i]!.Cadre.Id }).ToList();
        return new LrmxImportResult(outcomes, null, Committed: true);
    }

    private static async Task<(LrmxFileOutcome, Planned?)> PlanAsync(JicengDbContext db, DataScope scope, LrmxFile file,
        LrmxImportOptions options, DateOnly today, Dictionary<string, string> seen, CancellationToken ct)
    {
        LrmxFileOutcome Outcome(LrmxCadreData? d, bool update, IReadOnlyList<FieldError> errors) => new(
            file.Name, d?.Name, IdCardNumber.TryParse(d?.IdNumber, out var card, out _) ? card.Masked : null, update, null,
            d?.Resume.Count ?? 0, d?.Source.Family.Count ?? 0, d?.Grades.Count ?? 0, d?.Source.Photo is not null, errors)
        {
            UnparsedResumeLines = d?.Resume.Count(r => r.Start is null) ?? 0,
            Warnings = d is null ? [] : Warnings(d),
        };

        var read = LrmxReader.Read(file.Bytes);
        if (!read.Ok)
        {
            return (Outcome(null, false, read.Errors), null);
        }

        var (data, mapErrors) = LrmxCadreMapping.FromPerson(read.Person!);
        if (data is null)
        {
            return (Outcome(null, false, mapErrors), null);
        }

        var errors = new List<FieldError>(KeptProblems(data));
        Cadre? existing = null;
        if (IdCardNumber.TryParse(data.IdNumber, out var id, out _))
        {
            if (seen.TryGetValue(id.Value, out var other))
            {
                errors.Add(new FieldError(LrmxElements.ShenFenZheng, $"{LrmxElements.Describe(LrmxElements.ShenFenZheng)}：与同批的“{other}”是同一人"));
            }

            seen[id.Value] = file.Name;
            existing = await db.Cadres.InScope(scope).WithIdNumber(db, id).FirstOrDefaultAsync(ct);
        }

        var baseInput = existing is null
            ? new CadreInput { OrgUnitId = options.OrgUnitId, Category = options.Category }
            : CadreInput.From(existing);
        var input = data.ApplyTo(baseInput);
        var validation = await CadreCommands.ValidateAsync(db, scope, input, today, existing?.Id, ct);
        errors.AddRange(validation.Select(e => e with { Field = ElementOf(e.Field), Message = $"{e.Message}（{ElementOf(e.Field)}）" }));
        if (errors.Count > 0)
        {
            return (Outcome(data, existing is not null, errors), null);
        }

        var cadre = existing ?? new Cadre();
        CadreValidator.Apply(input, cadre);
        return (Outcome(data, existing is not null, []), new Planned(cadre, data, existing is not null));
    }

    private static List<string> Warnings(LrmxCadreData d)
    {
        var warnings = new List<string>();
        var unparsed = d.Resume.Select((r, i) => (r, i)).Where(x => x.r.Start is null).Select(x => x.i + 1).ToList();
        if (unparsed.Count > 0)
        {
            warnings.Add($"简历第{string.Join("、", unparsed)}行不是“起止年月 经历”的形式，按原文保留");
        }

        if (d.Source.Extras.Count > 0)
        {
            warnings.Add($"文件中有{d.Source.Extras.Count}个本系统未使用的元素，原样保留，导出时写回");
        }

        if (d.Source.Photo is null)
        {
            warnings.Add("文件中没有照片");
        }

        return warnings;
    }

    /// <summary>Lengths of what the cadre model keeps beside the cadre: refused with the element and line, never cut.</summary>
    private static IEnumerable<FieldError> KeptProblems(LrmxCadreData d)
    {
        for (var i = 0; i < d.Resume.Count; i++)
        {
            if (d.Resume[i].Text.Length > CadreResumeEntry.TextMaxLength)
            {
                yield return new FieldError(LrmxElements.JianLi, $"{LrmxElements.Describe(LrmxElements.JianLi)}：第{i + 1}行超过{CadreResumeEntry.TextMaxLength}字");
            }
        }

        for (var i = 0; i < d.Source.Family.Count; i++)
        {
            var m = d.Source.Family[i];
            foreach (var (value, max, caption) in new[]
            {
                (m.Relation, CadreFamilyMember.RelationMaxLength, "称谓"), (m.Name, CadreFamilyMember.NameMaxLength, "姓名"),
                (m.BirthDate, CadreFamilyMember.BirthDateMaxLength, "出生日期"), (m.PoliticalStatus, CadreFamilyMember.PoliticalStatusMaxLength, "政治面貌"),
                (m.WorkUnit, CadreFamilyMember.WorkUnitMaxLength, "工作单位及职务"),
            })
            {
                if (value is { Length: var n } && n > max)
                {
                    yield return new FieldError(LrmxElements.Family, $"{LrmxElements.Describe(LrmxElements.Family)}：第{i + 1}人的{caption}超过{max}字");
                }
            }
        }
    }

    private static void AddKept(JicengDbContext db, int cadreId, int unitId, LrmxCadreData d)
    {
        db.CadreResumeEntries.AddRange(d.Resume.Select((r, i) => new CadreResumeEntry { CadreId = cadreId, Order = i, Start = r.Start, End = r.End, Text = r.Text }));
        db.CadreFamilyMembers.AddRange(d.Source.Family.Select((m, i) => new CadreFamilyMember
        {
            CadreId = cadreId, Order = i, Relation = m.Relation, Name = m.Name, BirthDate = m.BirthDate, PoliticalStatus = m.PoliticalStatus,
            WorkUnit = m.WorkUnit, LrmxExtras = m.Extras.Count == 0 ? null : JsonSerializer.Serialize(m.Extras, Json),
        }));
        db.CadreYearlyGrades.AddRange(d.Grades.Select(g => new CadreYearlyGrade
        {
            CadreId = cadreId, Year = g.Year, GradeCode = g.GradeCode, OrgUnitId = unitId, Source = Core.Measures.M05Assessment.GradeSource.Lrmx,
        }));
        if (d.Source.Photo is { } photo)
        {
            db.CadrePhotos.Add(new CadrePhoto { CadreId = cadreId, Jpeg = photo });
        }

        db.CadreLrmxProfiles.Add(new CadreLrmxProfile
        {
            CadreId = cadreId,
            // In the form's element order (not the file's), so the same form always gives the same row.
            FieldsJson = JsonSerializer.Serialize(LrmxElements.Text
                .Where(t => t.Name is not LrmxElements.JianLi and not LrmxElements.ShenFenZheng && d.Source.Fields.ContainsKey(t.Name))
                .ToDictionary(t => t.Name, t => d.Source.Fields[t.Name], StringComparer.Ordinal), Json),
            LrmxExtras = JsonSerializer.Serialize(d.Source.Extras, Json),
        });
    }

    private static string ElementOf(string field) => field switch
    {
        "name" => LrmxElements.XingMing,
        "sexCode" => LrmxElements.XingBie,
        "ethnicityCode" => LrmxElements.MinZu,
        "birthDate" => LrmxElements.ChuShengNianYue,
        "idNumber" => LrmxElements.ShenFenZheng,
        "educationCode" => LrmxElements.QuanRiZhiXueLi,
        "degreeCode" => LrmxElements.QuanRiZhiXueWei,
        "politicalStatusCode" or "joinedPartyOn" => LrmxElements.RuDangShiJian,
        "joinedWorkOn" => LrmxElements.CanJiaGongZuoShiJian,
        "homeRegionCode" => LrmxElements.JiGuan,
        _ => field,
    };
}
