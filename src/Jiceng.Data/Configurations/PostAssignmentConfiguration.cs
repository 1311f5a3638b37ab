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
        // The facts queries pick serving posts by kind across the scope (R2.4, R4.2, R10.x): without it, a full scan.
        b.HasIndex(p => new { p.Kind, p.Start });
        b.HasOne(p => p.OrgUnit).WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Term).WithMany().HasForeignKey(p => p.TermId).OnDelete(DeleteBehavior.SetNull);
    }
}
