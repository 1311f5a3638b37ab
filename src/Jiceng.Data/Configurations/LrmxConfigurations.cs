using Jiceng.Core.Cadres;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jiceng.Data.Configurations;

internal sealed class CadreResumeEntryConfiguration : IEntityTypeConfiguration<CadreResumeEntry>
{
    public void Configure(EntityTypeBuilder<CadreResumeEntry> b)
    {
        b.ToTable("cadre_resume_entries");
        b.Property(e => e.Text).HasMaxLength(CadreResumeEntry.TextMaxLength).IsRequired();
        b.HasIndex(e => new { e.CadreId, e.Order }).IsUnique();
        b.HasOne(e => e.Cadre).WithMany().HasForeignKey(e => e.CadreId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// Applied by <see cref="JicengDbContext"/> with its key ring: a family member's name and work unit are SM4-GCM
/// ciphertext at rest, like ID numbers (not searchable, and never needed in a query).
/// </summary>
internal sealed class CadreFamilyMemberConfiguration(KeyRing keyRing)
{
    /// <summary>"v1:" + base64 of nonce, UTF-8 text (≤ 3 bytes a character) and tag.</summary>
    private static int CipherLength(int chars) => 8 + ((12 + (chars * 3) + 16 + 2) / 3 * 4);

    public void Configure(EntityTypeBuilder<CadreFamilyMember> b)
    {
        // EF Core passes no nulls to a converter: a null stays null.
        var sealedText = new ValueConverter<string?, string?>(v => keyRing.Encrypt(v!), s => keyRing.Decrypt(s!));
        b.ToTable("cadre_family_members");
        b.Property(m => m.Relation).HasMaxLength(CadreFamilyMember.RelationMaxLength);
        b.Property(m => m.Name).HasConversion(sealedText).HasMaxLength(CipherLength(CadreFamilyMember.NameMaxLength));
        b.Property(m => m.BirthDate).HasMaxLength(CadreFamilyMember.BirthDateMaxLength);
        b.Property(m => m.PoliticalStatus).HasMaxLength(CadreFamilyMember.PoliticalStatusMaxLength);
        b.Property(m => m.WorkUnit).HasConversion(sealedText).HasMaxLength(CipherLength(CadreFamilyMember.WorkUnitMaxLength));
        b.HasIndex(m => new { m.CadreId, m.Order }).IsUnique();
        b.HasOne(m => m.Cadre).WithMany().HasForeignKey(m => m.CadreId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CadrePhotoConfiguration : IEntityTypeConfiguration<CadrePhoto>
{
    public void Configure(EntityTypeBuilder<CadrePhoto> b)
    {
        b.ToTable("cadre_photos");
        b.HasKey(p => p.CadreId);
        b.Property(p => p.Jpeg).IsRequired();
        b.HasOne(p => p.Cadre).WithOne().HasForeignKey<CadrePhoto>(p => p.CadreId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CadreLrmxProfileConfiguration : IEntityTypeConfiguration<CadreLrmxProfile>
{
    public void Configure(EntityTypeBuilder<CadreLrmxProfile> b)
    {
        b.ToTable("cadre_lrmx_profiles");
        b.HasKey(p => p.CadreId);
        b.Property(p => p.FieldsJson).IsRequired();
        b.Property(p => p.LrmxExtras).HasColumnName("lrmx_extras").IsRequired();
        b.HasOne(p => p.Cadre).WithOne().HasForeignKey<CadreLrmxProfile>(p => p.CadreId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CadreYearlyGradeConfiguration : IEntityTypeConfiguration<CadreYearlyGrade>
{
    public void Configure(EntityTypeBuilder<CadreYearlyGrade> b)
    {
        b.ToTable("cadre_yearly_grades");
        b.Property(g => g.GradeCode).HasMaxLength(1).IsRequired();
        b.HasIndex(g => new { g.CadreId, g.Year }).IsUnique();
        b.HasOne(g => g.Cadre).WithMany().HasForeignKey(g => g.CadreId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(g => g.OrgUnit).WithMany().HasForeignKey(g => g.OrgUnitId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(g => new { g.OrgUnitId, g.Year });
    }
}
