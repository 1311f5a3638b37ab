using Jiceng.Core.Measures.M08Guarantees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class VillageCadrePayStandardConfiguration : IEntityTypeConfiguration<VillageCadrePayStandard>
{
    public void Configure(EntityTypeBuilder<VillageCadrePayStandard> b)
    {
        b.ToTable("village_cadre_pay_standards");
        b.Property(s => s.MonthlyYuan).HasPrecision(14, 2);
        b.Property(s => s.Document).HasMaxLength(VillageCadrePayStandard.DocumentMaxLength);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasIndex(s => new { s.DistrictId, s.Post, s.From }).IsUnique();
        b.HasOne(s => s.District).WithMany().HasForeignKey(s => s.DistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VillageCadrePaymentConfiguration : IEntityTypeConfiguration<VillageCadrePayment>
{
    public void Configure(EntityTypeBuilder<VillageCadrePayment> b)
    {
        b.ToTable("village_cadre_payments");
        b.Property(p => p.AmountYuan).HasPrecision(14, 2);
        b.Property(p => p.Note).HasMaxLength(VillageCadrePayment.NoteMaxLength);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => new { p.CadreId, p.Kind, p.Month }).IsUnique();
        b.HasIndex(p => new { p.VillageId, p.Month });
        b.HasOne(p => p.Cadre).WithMany().HasForeignKey(p => p.CadreId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(p => p.Village).WithMany().HasForeignKey(p => p.VillageId).OnDelete(DeleteBehavior.Restrict);
    }
}
