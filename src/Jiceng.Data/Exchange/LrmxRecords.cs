using Jiceng.Core.Cadres;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange;

/// <summary>A resume line as the cadre page shows it.</summary>
public sealed record ResumeRow(int Order, DateOnly? Start, DateOnly? End, string Text);

/// <summary>A family member as the cadre page shows it.</summary>
public sealed record FamilyRow(int Order, string? Relation, string? Name, string? BirthDate, string? PoliticalStatus, string? WorkUnit);

/// <summary>Reads of the resume and family kept from 任免审批表 files, inside the scope. Reading the family is a sensitive read, audited.</summary>
public static class LrmxRecords
{
    public static async Task<IReadOnlyList<ResumeRow>?> ResumeAsync(JicengDbContext db, DataScope scope, int cadreId, CancellationToken ct = default)
    {
        if (!await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct))
        {
            return null;
        }

        return await db.CadreResumeEntries.AsNoTracking().Where(e => e.CadreId == cadreId).OrderBy(e => e.Order)
            .Select(e => new ResumeRow(e.Order, e.Start, e.End, e.Text)).ToListAsync(ct);
    }

    public static async Task<IReadOnlyList<FamilyRow>?> FamilyAsync(JicengDbContext db, DataScope scope, int cadreId,
        ISensitiveReadAuditor auditor, CancellationToken ct = default)
    {
        if (!await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct))
        {
            return null;
        }

        await auditor.RecordAsync(nameof(Cadre), cadreId.ToString(System.Globalization.CultureInfo.InvariantCulture), "FamilyMembers", ct);
        return (await db.CadreFamilyMembers.AsNoTracking().Where(m => m.CadreId == cadreId).OrderBy(m => m.Order).ToListAsync(ct))
            .Select(m => new FamilyRow(m.Order, m.Relation, m.Name, m.BirthDate, m.PoliticalStatus, m.WorkUnit)).ToList();
    }

    public static Task<bool> HasPhotoAsync(JicengDbContext db, int cadreId, CancellationToken ct = default) =>
        db.CadrePhotos.AnyAsync(p => p.CadreId == cadreId, ct);
}
