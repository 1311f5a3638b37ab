using Jiceng.Data.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class PolicyCaseSetConfiguration : IEntityTypeConfiguration<PolicyCaseSet>
{
    public void Configure(EntityTypeBuilder<PolicyCaseSet> b)
    {
        b.ToTable("policy_case_sets");
        b.Property(s => s.ProfileName).HasMaxLength(PolicyProfileVersion.NameMaxLength).IsRequired();
        b.Property(s => s.SavedBy).HasMaxLength(64).IsRequired();
        b.HasOne(s => s.ProfileVersion).WithMany().HasForeignKey(s => s.ProfileVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Files).WithOne().HasForeignKey(f => f.PolicyCaseSetId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.ProfileEffectiveFrom, s.ProfileVersionId });
    }
}

internal sealed class PolicyCaseSetFileConfiguration : IEntityTypeConfiguration<PolicyCaseSetFile>
{
    public void Configure(EntityTypeBuilder<PolicyCaseSetFile> b)
    {
        b.ToTable("policy_case_set_files");
        b.Property(f => f.Name).HasMaxLength(PolicyCaseSet.NameMaxLength).IsRequired();
        b.Property(f => f.Yaml).IsRequired();
        b.HasIndex(f => new { f.PolicyCaseSetId, f.Position }).IsUnique();
    }
}
