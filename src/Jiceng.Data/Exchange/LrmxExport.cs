using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Jiceng.Core.Cadres;
using Jiceng.Core.Exchange.Lrmx;
using Jiceng.Data.Audit;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange;

/// <summary>
/// Writes cadres as 任免审批表 files: one cadre as a .lrmx, several as a zip of them. The file carries the full ID
/// number and the family, so every export is audited (who, which cadres) before the bytes leave.
/// </summary>
public static class LrmxExport
{
    /// <summary>A cadre inside the scope with what is kept beside it, or null (missing or outside the scope).</summary>
    public static async Task<LrmxCadreRecord?> LoadAsync(JicengDbContext db, DataScope scope, int cadreId, CancellationToken ct = default)
    {
        var cadre = await db.Cadres.AsNoTracking().InScope(scope).FirstOrDefaultAsync(c => c.Id == cadreId, ct);
        if (cadre is null)
        {
            return null;
        }

        var profile = await db.CadreLrmxProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.CadreId == cadreId, ct);
        var resume = await db.CadreResumeEntries.AsNoTracking().Where(e => e.CadreId == cadreId).OrderBy(e => e.Order)
            .Select(e => new LrmxResumeEntry(e.Start, e.End, e.Text)).ToListAsync(ct);
        var family = (await db.CadreFamilyMembers.AsNoTracking().Where(m => m.CadreId == cadreId).OrderBy(m => m.Order).ToListAsync(ct))
            .Select(m => new LrmxFamilyMember(m.Relation, m.Name, m.BirthDate, m.PoliticalStatus, m.WorkUnit)
            {
                Extras = m.LrmxExtras is null ? [] : JsonSerializer.Deserialize<List<string>>(m.LrmxExtras) ?? [],
            }).ToList();
        var grades = await db.CadreYearlyGrades.AsNoTracking().Where(g => g.CadreId == cadreId).OrderBy(g => g.Year)
            .Select(g => new LrmxYearGrade(g.Year, g.GradeCode)).ToListAsync(ct);
        var photo = await db.CadrePhotos.AsNoTracking().Where(p => p.CadreId == cadreId).Select(p => p.Jpeg).FirstOrDefaultAsync(ct);
        var fields = profile is null ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(profile.FieldsJson) ?? [];
        var extras = profile is null ? [] : JsonSerializer.Deserialize<List<string>>(profile.LrmxExtras) ?? [];
        return new LrmxCadreRecord(cadre, fields, resume, family, grades, photo, extras);
    }

    /// <summary>One cadre's file and its name (姓名.lrmx), or null when the cadre is missing or outside the scope.</summary>
    public static async Task<(string FileName, byte[] Bytes)?> OneAsync(JicengDbContext db, DataScope scope, int cadreId, CancellationToken ct = default)
    {
        if (await LoadAsync(db, scope, cadreId, ct) is not { } record)
        {
            return null;
        }

        await AuditAsync(db, [cadreId], ct);
        return (FileNameOf(record.Cadre), LrmxWriter.Write(LrmxCadreMapping.ToPerson(record)));
    }

    /// <summary>The cadres of <paramref name="cadreIds"/> that lie in the scope, as a zip written to <paramref name="output"/>; returns how many.</summary>
    public static async Task<int> ZipAsync(JicengDbContext db, DataScope scope, IReadOnlyCollection<int> cadreIds, Stream output, CancellationToken ct = default)
    {
        var ids = await db.Cadres.AsNoTracking().InScope(scope).Where(c => cadreIds.Contains(c.Id)).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        await AuditAsync(db, ids, ct);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var record = (await LoadAsync(db, scope, id, ct))!;
            var name = FileNameOf(record.Cadre);
            if (!names.Add(name))
            {
                name = string.Create(CultureInfo.InvariantCulture, $"{name[..^5]}_{id}.lrmx");
                names.Add(name);
            }

            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            await using var s = entry.Open();
            await s.WriteAsync(LrmxWriter.Write(LrmxCadreMapping.ToPerson(record)), ct);
        }

        return ids.Count;
    }

    /// <summary>The ids of the cadres of a unit's subtree inside the scope (the CLI's <c>--unit</c>).</summary>
    public static Task<List<int>> IdsOfUnitAsync(JicengDbContext db, DataScope scope, string unitPath, CancellationToken ct = default) =>
        db.Cadres.AsNoTracking().InScope(scope).Where(c => c.OrgUnit!.Path.StartsWith(unitPath)).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);

    private static string FileNameOf(Cadre c)
    {
        var safe = new string(c.Name.Where(ch => !Path.GetInvalidFileNameChars().Contains(ch) && ch is not ('/' or '\\' or ':')).ToArray());
        return (safe.Length == 0 ? c.Id.ToString(CultureInfo.InvariantCulture) : safe) + ".lrmx";
    }

    private static Task AuditAsync(JicengDbContext db, IReadOnlyList<int> ids, CancellationToken ct) =>
        AuditChain.AppendAsync(db, [AuditChain.NewEntry(db.AuditContext.Actor, AuditHasher.Truncate(db.AuditClock.GetUtcNow()),
            AuditAction.Export, AuditOutcome.Success, "Cadre", string.Join(",", ids.Select(i => i.ToString(CultureInfo.InvariantCulture))),
            new { format = "lrmx", count = ids.Count, contains = "IdNumber,Family" })], ct);
}
