using Jiceng.Core.Measures.M02Capability;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class TrainingRecordConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> b)
    {
        b.ToTable("training_records");
        b.Property(t => t.Title).HasMaxLength(TrainingRecord.TitleMaxLength);
        b.Property(t => t.Provider).HasMaxLength(TrainingRecord.ProviderMaxLength);
        b.Property(t => t.CertificateNumber).HasMaxLength(TrainingRecord.CertificateMaxLength);
        b.Property(t => t.Version).IsConcurrencyToken();
        b.HasIndex(t => new { t.CadreId, t.Start });
        b.HasIndex(t => new { t.Kind, t.Start });
        b.HasOne(t => t.Cadre).WithMany().HasForeignKey(t => t.CadreId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SecondmentConfiguration : IEntityTypeConfiguration<Secondment>
{
    public void Configure(EntityTypeBuilder<Secondment> b)
    {
        b.ToTable("secondments");
        b.Property(s => s.Place).HasMaxLength(Secondment.PlaceMaxLength);
        b.Property(s => s.PostTitle).HasMaxLength(Secondment.PostTitleMaxLength);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasIndex(s => new { s.CadreId, s.Start });
        b.HasIndex(s => s.Start);
        b.HasOne(s => s.Cadre).WithMany().HasForeignKey(s => s.CadreId).OnDelete(DeleteBehavior.Cascade);
    }
}
