using Jiceng.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

/// <summary>Snake-case names: <see cref="AuditChain"/> inserts with plain SQL on both providers.</summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
        b.Property(e => e.At).HasColumnName("at");
        b.Property(e => e.UserName).HasColumnName("user_name").HasMaxLength(AuditEntry.UserNameMaxLength).IsRequired();
        b.Property(e => e.Roles).HasColumnName("roles").HasMaxLength(AuditEntry.RolesMaxLength).IsRequired();
        b.Property(e => e.OrgUnitId).HasColumnName("org_unit_id");
        b.Property(e => e.ClientAddress).HasColumnName("client_address").HasMaxLength(AuditEntry.ClientAddressMaxLength).IsRequired();
        b.Property(e => e.Action).HasColumnName("action").HasConversion<string>().HasMaxLength(32).IsRequired();
        b.Property(e => e.RecordType).HasColumnName("record_type").HasMaxLength(AuditEntry.RecordTypeMaxLength).IsRequired();
        b.Property(e => e.RecordId).HasColumnName("record_id").HasMaxLength(AuditEntry.RecordIdMaxLength).IsRequired();
        b.Property(e => e.Outcome).HasColumnName("outcome").HasConversion<string>().HasMaxLength(16).IsRequired();
        b.Property(e => e.Details).HasColumnName("details").IsRequired();
        b.Property(e => e.PrevHash).HasColumnName("prev_hash").HasMaxLength(AuditEntry.HashLength).IsRequired();
        b.Property(e => e.Hash).HasColumnName("hash").HasMaxLength(AuditEntry.HashLength).IsRequired();
        b.HasIndex(e => e.At);
        b.HasIndex(e => new { e.UserName, e.At });
    }
}
