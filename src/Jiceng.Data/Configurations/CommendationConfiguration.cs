using Jiceng.Core.Measures.M01TeamBuilding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class CommendationConfiguration : IEntityTypeConfiguration<Commendation>
{
    public void Configure(EntityTypeBuilder<Commendation> b)
    {
        b.ToTable("commendations");
        b.Property(c => c.Title).HasMaxLength(Commendation.TitleMaxLength);
        b.Property(c => c.AwardingBody).HasMaxLength(Commendation.BodyMaxLength);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => new { c.CadreId, c.AwardedOn });
        b.HasIndex(c => new { c.Kind, c.AwardedOn });
        b.HasOne(c => c.Cadre).WithMany().HasForeignKey(c => c.CadreId).OnDelete(DeleteBehavior.Cascade);
    }
}
