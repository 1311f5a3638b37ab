using Jiceng.Core.Measures.M08Guarantees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class VillageCadreInsuranceConfiguration : IEntityTypeConfiguration<VillageCadreInsurance>
{
    public void Configure(EntityTypeBuilder<VillageCadreInsurance> b)
    {
        b.ToTable("village_cadre_insurances");
        b.Property(i => i.Insurer).HasMaxLength(VillageCadreInsurance.InsurerMaxLength);
        b.Property(i => i.PolicyNumber).HasMaxLength(VillageCadreInsurance.PolicyNumberMaxLength);
        b.Property(i => i.ContributionYuan).HasPrecision(14, 2);
        b.Property(i => i.SubsidyYuan).HasPrecision(14, 2);
        b.Property(i => i.Version).IsConcurrencyToken();
        b.HasIndex(i => new { i.CadreId, i.Kind, i.From });
        b.HasIndex(i => new { i.VillageId, i.Kind });
        b.HasOne(i => i.Cadre).WithMany().HasForeignKey(i => i.CadreId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(i => i.Village).WithMany().HasForeignKey(i => i.VillageId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CollectiveIncomeConfiguration : IEntityTypeConfiguration<CollectiveIncome>
{
    public void Configure(EntityTypeBuilder<CollectiveIncome> b)
    {
        b.ToTable("collective_incomes");
        b.Property(i => i.OperatingIncomeYuan).HasPrecision(16, 2);
        b.Property(i => i.NewRecurringIncomeYuan).HasPrecision(16, 2);
        b.Property(i => i.Version).IsConcurrencyToken();
        b.HasIndex(i => new { i.VillageId, i.Year }).IsUnique();
        b.HasOne(i => i.Village).WithMany().HasForeignKey(i => i.VillageId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CollectiveRewardPaymentConfiguration : IEntityTypeConfiguration<CollectiveRewardPayment>
{
    public void Configure(EntityTypeBuilder<CollectiveRewardPayment> b)
    {
        b.ToTable("collective_reward_payments");
        b.Property(p => p.Weight).HasPrecision(8, 2);
        b.Property(p => p.AmountYuan).HasPrecision(14, 2);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => new { p.Year, p.VillageId });
        b.HasIndex(p => p.CadreId);
        b.HasOne(p => p.Cadre).WithMany().HasForeignKey(p => p.CadreId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(p => p.Village).WithMany().HasForeignKey(p => p.VillageId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FallenCadreConfiguration : IEntityTypeConfiguration<FallenCadre>
{
    public void Configure(EntityTypeBuilder<FallenCadre> b)
    {
        b.ToTable("fallen_cadres");
        b.Property(f => f.Circumstances).HasMaxLength(FallenCadre.CircumstancesMaxLength);
        b.Property(f => f.Version).IsConcurrencyToken();
        b.HasIndex(f => f.CadreId).IsUnique();
        b.HasOne(f => f.Cadre).WithMany().HasForeignKey(f => f.CadreId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(f => f.Family).WithOne(m => m.FallenCadre).HasForeignKey(m => m.FallenCadreId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(f => f.Visits).WithOne(v => v.FallenCadre).HasForeignKey(v => v.FallenCadreId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FallenCadreFamilyMemberConfiguration : IEntityTypeConfiguration<FallenCadreFamilyMember>
{
    public void Configure(EntityTypeBuilder<FallenCadreFamilyMember> b)
    {
        b.ToTable("fallen_cadre_family_members");
        b.Property(m => m.Name).HasMaxLength(FallenCadreFamilyMember.NameMaxLength);
        b.Property(m => m.Relation).HasMaxLength(FallenCadreFamilyMember.RelationMaxLength);
        b.Property(m => m.Phone).HasMaxLength(FallenCadreFamilyMember.PhoneMaxLength);
        b.Property(m => m.Version).IsConcurrencyToken();
    }
}

internal sealed class FamilyCareVisitConfiguration : IEntityTypeConfiguration<FamilyCareVisit>
{
    public void Configure(EntityTypeBuilder<FamilyCareVisit> b)
    {
        b.ToTable("family_care_visits");
        b.Property(v => v.Visitor).HasMaxLength(FamilyCareVisit.VisitorMaxLength);
        b.Property(v => v.Note).HasMaxLength(FamilyCareVisit.NoteMaxLength);
        b.Property(v => v.Version).IsConcurrencyToken();
        b.HasIndex(v => new { v.FallenCadreId, v.VisitedOn });
    }
}

internal sealed class TownshipFacilityConfiguration : IEntityTypeConfiguration<TownshipFacility>
{
    public void Configure(EntityTypeBuilder<TownshipFacility> b)
    {
        b.ToTable("township_facilities");
        b.Property(f => f.Note).HasMaxLength(TownshipFacility.NoteMaxLength);
        b.Property(f => f.Version).IsConcurrencyToken();
        b.HasIndex(f => new { f.TownshipId, f.Kind });
        b.HasOne(f => f.Township).WithMany().HasForeignKey(f => f.TownshipId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TurnoverHousingUnitConfiguration : IEntityTypeConfiguration<TurnoverHousingUnit>
{
    public void Configure(EntityTypeBuilder<TurnoverHousingUnit> b)
    {
        b.ToTable("turnover_housing_units");
        b.Property(u => u.Label).HasMaxLength(TurnoverHousingUnit.LabelMaxLength);
        b.Property(u => u.AreaM2).HasPrecision(8, 2);
        b.Property(u => u.Version).IsConcurrencyToken();
        b.HasIndex(u => new { u.TownshipId, u.Label }).IsUnique();
        b.HasOne(u => u.Township).WithMany().HasForeignKey(u => u.TownshipId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TurnoverHousingOccupancyConfiguration : IEntityTypeConfiguration<TurnoverHousingOccupancy>
{
    public void Configure(EntityTypeBuilder<TurnoverHousingOccupancy> b)
    {
        b.ToTable("turnover_housing_occupancies");
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasIndex(o => new { o.HousingUnitId, o.From });
        b.HasOne(o => o.HousingUnit).WithMany().HasForeignKey(o => o.HousingUnitId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(o => o.Cadre).WithMany().HasForeignKey(o => o.CadreId).OnDelete(DeleteBehavior.Cascade);
    }
}
