using Jiceng.Core.Cadres;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

/// <summary>
/// Applied by <see cref="JicengDbContext"/> with its key ring (the ID number is encrypted, see <see cref="IdNumberMapping"/>).
/// Not an <see cref="IEntityTypeConfiguration{TEntity}"/>: the assembly scan would find it and warn at every start
/// that it cannot construct it.
/// </summary>
internal sealed class CadreConfiguration(KeyRing keyRing)
{
    public void Configure(EntityTypeBuilder<Cadre> b)
    {
        b.ToTable("cadres");
        b.Property(c => c.Name).HasMaxLength(Cadre.NameMaxLength).IsRequired();
        b.Property(c => c.IdNumber)
            .HasConversion(IdNumberMapping.Converter(keyRing))
            .HasMaxLength(IdNumberMapping.CipherMaxLength)
            .IsRequired();
        // Nullable so existing rows can get it from the data migration after the schema migration adds the column.
        b.Property<string>(IdNumberMapping.IndexProperty).HasMaxLength(IdNumberMapping.IndexLength);
        b.Property<string>(IdNumberMapping.MaskedProperty).HasMaxLength(IdNumberMapping.MaskedLength);
        b.Property(c => c.EthnicityCode).HasMaxLength(2).IsRequired();
        b.Property(c => c.EducationCode).HasMaxLength(4);
        b.Property(c => c.DegreeCode).HasMaxLength(4);
        b.Property(c => c.Major).HasMaxLength(Cadre.MajorMaxLength);
        b.Property(c => c.PoliticalStatusCode).HasMaxLength(2).IsRequired();
        b.Property(c => c.HomeRegionCode).HasMaxLength(6);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(IdNumberMapping.IndexProperty).IsUnique();
        b.HasIndex(c => c.Name);
        b.HasIndex(c => c.OrgUnitId);
        b.HasOne(c => c.OrgUnit).WithMany().HasForeignKey(c => c.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Posts).WithOne(p => p.Cadre).HasForeignKey(p => p.CadreId).OnDelete(DeleteBehavior.Cascade);
    }
}
