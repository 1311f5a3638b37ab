using Jiceng.Data.Exchange;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> b)
    {
        b.ToTable("import_batches");
        b.Property(x => x.Kind).HasMaxLength(ImportBatch.KindMaxLength);
        b.Property(x => x.FileName).HasMaxLength(ImportBatch.FileNameMaxLength);
        b.Property(x => x.Sha256).HasMaxLength(ImportBatch.Sha256Length).IsFixedLength();
        b.Property(x => x.UserName).HasMaxLength(ImportBatch.UserNameMaxLength);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(x => new { x.Kind, x.Sha256 });
        b.HasIndex(x => x.At);
    }
}
