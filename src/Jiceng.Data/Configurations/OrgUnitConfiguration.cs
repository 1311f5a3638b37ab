using Jiceng.Core.Org;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> b)
    {
        b.ToTable("org_units");
        b.Property(o => o.Code).HasMaxLength(OrgUnit.CodeLength).IsRequired();
        b.Property(o => o.Name).HasMaxLength(OrgUnit.NameMaxLength).IsRequired();
        b.Property(o => o.Path).HasMaxLength(256).IsRequired();
        b.HasIndex(o => o.Code).IsUnique();
        b.HasIndex(o => o.Path);
        b.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(o => o.RegionCode);
    }
}
