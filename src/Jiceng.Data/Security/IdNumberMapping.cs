using Jiceng.Core.Cadres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jiceng.Data.Security;

/// <summary>
/// How a cadre's ID number is stored: the <c>IdNumber</c> column holds SM4-GCM ciphertext (value converter), the shadow
/// column <c>IdNumberIndex</c> the keyed blind index, unique, maintained on save. Query by number with
/// <see cref="WithIdNumber(DbSet{Cadre}, IdCardNumber)"/>, never by comparing <c>IdNumber</c> (ciphertext is randomised).
/// </summary>
public static class IdNumberMapping
{
    public const string IndexProperty = "IdNumberIndex";

    /// <summary>
    /// The shadow column holding the masked number (<see cref="IdCardNumber.Masked"/>: the 6-digit region, stars, the
    /// check character), maintained on save like the index. It is what every page and finding shows, so reading it
    /// needs no decryption: the facts queries of an evaluation read it for hundreds of thousands of cadres.
    /// </summary>
    public const string MaskedProperty = "IdNumberMasked";

    public const int MaskedLength = 18;

    /// <summary>"v" + version + ":" + base64 of 12 + 18 + 16 bytes is 67 characters; room for larger versions.</summary>
    public const int CipherMaxLength = 96;

    /// <summary>Hex HMAC-SM3.</summary>
    public const int IndexLength = 64;

    public static ValueConverter<IdCardNumber, string> Converter(KeyRing ring) =>
        new(v => ring.Encrypt(v.Value), s => IdCardNumber.Parse(ring.Decrypt(s)));

    public static string BlindIndex(this KeyRing ring, IdCardNumber id) => ring.BlindIndex(id.Value);

    /// <summary>The cadre(s) with this ID number, through the blind index.</summary>
    public static IQueryable<Cadre> WithIdNumber(this DbSet<Cadre> cadres, IdCardNumber id) =>
        cadres.WithIdNumber((JicengDbContext)cadres.GetService<ICurrentDbContext>().Context, id);

    /// <summary>The cadre(s) of <paramref name="query"/> with this ID number, through the blind index.</summary>
    public static IQueryable<Cadre> WithIdNumber(this IQueryable<Cadre> query, JicengDbContext db, IdCardNumber id)
    {
        var index = db.KeyRing.BlindIndex(id);
        return query.Where(c => EF.Property<string>(c, IndexProperty) == index);
    }

    /// <summary>Fills the blind index of every added or changed cadre (called from SaveChanges).</summary>
    internal static void MaintainIndex(JicengDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<Cadre>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                if (entry.Entity.IdNumber.Value is null)
                {
                    throw new InvalidOperationException($"Cadre {entry.Entity.Id} has no ID number.");
                }

                entry.Property(IndexProperty).CurrentValue = db.KeyRing.BlindIndex(entry.Entity.IdNumber);
                entry.Property(MaskedProperty).CurrentValue = entry.Entity.IdNumber.Masked;
            }
        }
    }
}
