using Jiceng.Core.Measures.M04Promotion;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class CadreMoveConfiguration : IEntityTypeConfiguration<CadreMove>
{
    public void Configure(EntityTypeBuilder<CadreMove> b)
    {
        b.ToTable("cadre_moves");
        b.Property(m => m.ExternalDestination).HasMaxLength(CadreMove.DestinationMaxLength);
        b.Property(m => m.DocumentNumber).HasMaxLength(CadreMove.DocumentNumberMaxLength);
        b.Property(m => m.Note).HasMaxLength(CadreMove.NoteMaxLength);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.HasIndex(m => new { m.CadreId, m.EffectiveOn });
        b.HasIndex(m => new { m.EffectiveOn, m.Direction });
        b.HasOne(m => m.Cadre).WithMany().HasForeignKey(m => m.CadreId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.FromOrgUnit).WithMany().HasForeignKey(m => m.FromOrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(m => m.ToOrgUnit).WithMany().HasForeignKey(m => m.ToOrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TransferWishConfiguration : IEntityTypeConfiguration<TransferWish>
{
    public void Configure(EntityTypeBuilder<TransferWish> b)
    {
        b.ToTable("transfer_wishes");
        b.Property(w => w.Destination).HasMaxLength(TransferWish.DestinationMaxLength);
        b.Property(w => w.Reason).HasMaxLength(TransferWish.ReasonMaxLength);
        b.Property(w => w.Answer).HasMaxLength(TransferWish.AnswerMaxLength);
        b.Property(w => w.AnsweredBy).HasMaxLength(TransferWish.AnsweredByMaxLength);
        b.Property(w => w.Version).IsConcurrencyToken();
        b.HasIndex(w => new { w.CadreId, w.RegisteredOn });
        b.HasOne(w => w.Cadre).WithMany().HasForeignKey(w => w.CadreId).OnDelete(DeleteBehavior.Cascade);
    }
}
