using Jiceng.Data.Identity;
using Jiceng.Data.Identity.ApiTokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> b)
    {
        b.ToTable("api_tokens");
        b.Property(t => t.UserId).IsRequired();
        b.Property(t => t.Name).IsRequired().HasMaxLength(ApiToken.NameMaxLength);
        b.Property(t => t.SecretHash).IsRequired().HasMaxLength(64);
        b.Property(t => t.Hint).IsRequired().HasMaxLength(16);
        b.HasIndex(t => t.SecretHash).IsUnique();
        b.HasIndex(t => t.UserId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
