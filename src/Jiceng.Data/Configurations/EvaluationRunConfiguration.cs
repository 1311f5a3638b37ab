using Jiceng.Data.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class EvaluationRunConfiguration : IEntityTypeConfiguration<EvaluationRun>
{
    public void Configure(EntityTypeBuilder<EvaluationRun> b)
    {
        b.ToTable("evaluation_runs");
        b.Property(r => r.ProfileName).HasMaxLength(128).IsRequired();
        b.Property(r => r.ScopePath).HasMaxLength(256).IsRequired();
        b.Property(r => r.Trigger).HasMaxLength(EvaluationRun.TriggerMaxLength).IsRequired();
        b.HasIndex(r => new { r.Year, r.ScopeOrgUnitId, r.StartedAt });
    }
}
