using Jiceng.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> b)
    {
        b.ToTable("audit_chain");
        b.HasKey(h => h.Id);
        b.Property(h => h.Id).ValueGeneratedNever();
        b.Property(h => h.AnchorHash).HasMaxLength(AuditEntry.HashLength).IsRequired();
        b.Property(h => h.LastHash).HasMaxLength(AuditEntry.HashLength).IsRequired();
        // The one row exists from the first migration on: appends lock it.
        b.HasData(new AuditChainHead());
    }
}
