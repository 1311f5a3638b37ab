using Jiceng.Data.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class PolicyProfileVersionConfiguration : IEntityTypeConfiguration<PolicyProfileVersion>
{
    public void Configure(EntityTypeBuilder<PolicyProfileVersion> b)
    {
        b.ToTable("policy_profile_versions");
        b.Property(v => v.Name).HasMaxLength(PolicyProfileVersion.NameMaxLength).IsRequired();
        b.Property(v => v.Yaml).IsRequired();
        b.Property(v => v.CreatedBy).HasMaxLength(64).IsRequired();
        b.HasIndex(v => v.EffectiveFrom);
    }
}
