using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Security;

/// <summary>
/// The one place that reads and writes the ID number columns as stored, bypassing the value converter: the
/// plaintext-to-ciphertext data migration and key rotation need the raw values. Reviewed raw SQL (see the source scan test).
/// </summary>
internal static class IdNumberColumns
{
    public static Task<List<StoredIdNumber>> ReadAllAsync(JicengDbContext db, CancellationToken ct) =>
        db.Database.SqlQueryRaw<StoredIdNumber>("SELECT \"Id\", \"IdNumber\", \"IdNumberIndex\", \"IdNumberMasked\" FROM cadres").ToListAsync(ct);

    public static Task<int> WriteAsync(JicengDbContext db, int id, string cipher, string index, string masked, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"UPDATE cadres SET \"IdNumber\" = {cipher}, \"IdNumberIndex\" = {index}, \"IdNumberMasked\" = {masked} WHERE \"Id\" = {id}", ct);
}

/// <summary>A cadre's ID number columns as stored.</summary>
internal sealed class StoredIdNumber
{
    public int Id { get; set; }

    public string IdNumber { get; set; } = "";

    public string? IdNumberIndex { get; set; }

    public string? IdNumberMasked { get; set; }
}
