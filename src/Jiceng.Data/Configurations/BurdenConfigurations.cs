using Jiceng.Core.Measures.M06Burden;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class ResponsibilityItemConfiguration : IEntityTypeConfiguration<ResponsibilityItem>
{
    public void Configure(EntityTypeBuilder<ResponsibilityItem> b)
    {
        b.ToTable("responsibility_items");
        b.Property(i => i.Title).HasMaxLength(ResponsibilityItem.TitleMaxLength);
        b.Property(i => i.LegalBasis).HasMaxLength(ResponsibilityItem.LegalBasisMaxLength);
        b.Property(i => i.Version).IsConcurrencyToken();
        b.HasIndex(i => new { i.OrgUnitId, i.Year });
        b.HasOne(i => i.OrgUnit).WithMany().HasForeignKey(i => i.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AssignedTaskConfiguration : IEntityTypeConfiguration<AssignedTask>
{
    public void Configure(EntityTypeBuilder<AssignedTask> b)
    {
        b.ToTable("assigned_tasks");
        b.Property(t => t.Title).HasMaxLength(AssignedTask.TitleMaxLength);
        b.Property(t => t.FundingSource).HasMaxLength(AssignedTask.FundingSourceMaxLength);
        b.Property(t => t.FundingYuan).HasPrecision(14, 2);
        b.Property(t => t.Version).IsConcurrencyToken();
        b.HasIndex(t => t.AssignedOn);
        b.HasIndex(t => new { t.TownshipId, t.AssignedOn });
        b.HasIndex(t => new { t.DepartmentId, t.AssignedOn });
        b.HasOne(t => t.Township).WithMany().HasForeignKey(t => t.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.Department).WithMany().HasForeignKey(t => t.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.ResponsibilityItem).WithMany().HasForeignKey(t => t.ResponsibilityItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InspectionPlanItemConfiguration : IEntityTypeConfiguration<InspectionPlanItem>
{
    public void Configure(EntityTypeBuilder<InspectionPlanItem> b)
    {
        b.ToTable("inspection_plan_items");
        b.Property(i => i.Title).HasMaxLength(InspectionPlanItem.TitleMaxLength);
        b.Property(i => i.DecidedBy).HasMaxLength(InspectionPlanItem.DeciderMaxLength);
        b.Property(i => i.Version).IsConcurrencyToken();
        b.HasIndex(i => new { i.Year, i.DepartmentId });
        b.HasOne(i => i.Department).WithMany().HasForeignKey(i => i.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> b)
    {
        b.ToTable("inspections");
        b.Property(i => i.Title).HasMaxLength(Inspection.TitleMaxLength);
        b.Property(i => i.Version).IsConcurrencyToken();
        b.HasIndex(i => i.HeldOn);
        b.HasIndex(i => new { i.TownshipId, i.HeldOn });
        b.HasIndex(i => new { i.DepartmentId, i.HeldOn });
        b.HasOne(i => i.Township).WithMany().HasForeignKey(i => i.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(i => i.Department).WithMany().HasForeignKey(i => i.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(i => i.PlanItem).WithMany().HasForeignKey(i => i.PlanItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BurdenCountConfiguration : IEntityTypeConfiguration<BurdenCount>
{
    public void Configure(EntityTypeBuilder<BurdenCount> b)
    {
        b.ToTable("burden_counts");
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => new { c.TownshipId, c.Year, c.Kind, c.DepartmentId }).IsUnique();
        b.HasIndex(c => new { c.Year, c.Kind });
        b.HasOne(c => c.Township).WithMany().HasForeignKey(c => c.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Department).WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BurdenReportConfiguration : IEntityTypeConfiguration<BurdenReport>
{
    public void Configure(EntityTypeBuilder<BurdenReport> b)
    {
        b.ToTable("burden_reports");
        b.Property(r => r.Description).HasMaxLength(BurdenReport.DescriptionMaxLength);
        b.Property(r => r.DecidedBy).HasMaxLength(BurdenReport.DeciderMaxLength);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => new { r.TownshipId, r.OccurredOn });
        b.HasIndex(r => new { r.Status, r.OccurredOn });
        b.HasOne(r => r.Township).WithMany().HasForeignKey(r => r.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Department).WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Inspection>().WithMany().HasForeignKey(r => r.InspectionId).OnDelete(DeleteBehavior.SetNull);
    }
}
