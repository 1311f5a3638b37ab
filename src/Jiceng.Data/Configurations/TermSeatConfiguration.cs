using Jiceng.Core.Posts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class TermSeatConfiguration : IEntityTypeConfiguration<TermSeat>
{
    public void Configure(EntityTypeBuilder<TermSeat> b)
    {
        b.ToTable("term_seats");
        b.HasIndex(s => new { s.TermId, s.Kind }).IsUnique();
    }
}
