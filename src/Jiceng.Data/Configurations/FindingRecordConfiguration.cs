using Jiceng.Data.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class FindingRecordConfiguration : IEntityTypeConfiguration<FindingRecord>
{
    public void Configure(EntityTypeBuilder<FindingRecord> b)
    {
        b.ToTable("findings");
        b.Property(f => f.Rule).HasMaxLength(16).IsRequired();
        b.Property(f => f.SubjectCode).HasMaxLength(32).IsRequired();
        b.Property(f => f.SubjectName).HasMaxLength(64).IsRequired();
        b.Property(f => f.OrgUnitPath).HasMaxLength(256).IsRequired();
        b.Property(f => f.Period).HasMaxLength(32).IsRequired();
        b.Property(f => f.Topic).HasMaxLength(32).IsRequired();
        b.Property(f => f.Measured).HasMaxLength(FindingRecord.TextMaxLength).IsRequired();
        b.Property(f => f.Required).HasMaxLength(FindingRecord.TextMaxLength).IsRequired();
        b.Property(f => f.Message).HasMaxLength(FindingRecord.TextMaxLength).IsRequired();
        // Unbounded text: a handful of "id=value" lines (UsedParametersColumn); a subsidy list's value can be long.
        b.Property(f => f.ParametersUsed).IsRequired();
        b.HasIndex(f => new { f.RunId, f.OrgUnitPath });
        b.HasIndex(f => new { f.RunId, f.Rule });
        b.HasOne<EvaluationRun>().WithMany().HasForeignKey(f => f.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
