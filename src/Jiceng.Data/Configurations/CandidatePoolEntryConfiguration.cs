using Jiceng.Core.Measures.M01TeamBuilding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class CandidatePoolEntryConfiguration : IEntityTypeConfiguration<CandidatePoolEntry>
{
    public void Configure(EntityTypeBuilder<CandidatePoolEntry> b)
    {
        b.ToTable("candidate_pool_entries");
        b.Property(e => e.Note).HasMaxLength(CandidatePoolEntry.NoteMaxLength);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasIndex(e => new { e.OrgUnitId, e.From });
        b.HasIndex(e => e.CadreId);
        b.HasOne(e => e.Cadre).WithMany().HasForeignKey(e => e.CadreId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(e => e.OrgUnit).WithMany().HasForeignKey(e => e.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
