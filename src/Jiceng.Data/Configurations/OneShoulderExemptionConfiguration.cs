using Jiceng.Core.Measures.M10VillageCadres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class OneShoulderExemptionConfiguration : IEntityTypeConfiguration<OneShoulderExemption>
{
    public void Configure(EntityTypeBuilder<OneShoulderExemption> b)
    {
        b.ToTable("one_shoulder_exemptions");
        b.Property(e => e.Reason).HasMaxLength(OneShoulderExemption.ReasonMaxLength).IsRequired();
        b.HasIndex(e => e.OrgUnitId);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasOne(e => e.OrgUnit).WithMany().HasForeignKey(e => e.OrgUnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
