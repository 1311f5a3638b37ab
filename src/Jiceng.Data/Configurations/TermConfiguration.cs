using Jiceng.Core.Posts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class TermConfiguration : IEntityTypeConfiguration<Term>
{
    public void Configure(EntityTypeBuilder<Term> b)
    {
        b.ToTable("terms");
        b.HasIndex(t => new { t.OrgUnitId, t.Body, t.Number }).IsUnique();
        b.HasOne(t => t.OrgUnit).WithMany().HasForeignKey(t => t.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Seats).WithOne().HasForeignKey(s => s.TermId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(t => t.TotalSeats);
        b.Property(t => t.Version).IsConcurrencyToken();
    }
}
