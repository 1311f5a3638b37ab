using Jiceng.Core.Posts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class PostAssignmentConfiguration : IEntityTypeConfiguration<PostAssignment>
{
    public void Configure(EntityTypeBuilder<PostAssignment> b)
    {
        b.ToTable("post_assignments");
        b.Property(p => p.Title).HasMaxLength(PostAssignment.TitleMaxLength);
        b.HasIndex(p => new { p.CadreId, p.Start });
        b.HasIndex(p => new { p.OrgUnitId, p.Kind });
        b.HasOne(p => p.OrgUnit).WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Term).WithMany().HasForeignKey(p => p.TermId).OnDelete(DeleteBehavior.SetNull);
    }
}
