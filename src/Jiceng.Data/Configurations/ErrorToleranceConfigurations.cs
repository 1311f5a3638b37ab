using Jiceng.Core.Measures.M07ErrorTolerance;
using Jiceng.Data.Engine;
using Jiceng.Data.Measures.M07ErrorTolerance;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jiceng.Data.Configurations;

/// <summary>
/// Clause 七's records, applied by <see cref="JicengDbContext"/> with its key ring: the narratives (sanction facts, case
/// facts and step notes, accusation content) are SM4-GCM ciphertext at rest, like ID numbers and family members' names.
/// </summary>
internal sealed class ErrorToleranceConfigurations(KeyRing keyRing)
{
    public void Configure(ModelBuilder builder)
    {
        // EF Core passes no nulls to a converter: a null stays null.
        var sealedText = new ValueConverter<string?, string?>(v => keyRing.Encrypt(v!), s => keyRing.Decrypt(s!));

        var s = builder.Entity<Sanction>();
        s.ToTable("sanctions");
        s.Property(x => x.Authority).HasMaxLength(Sanction.AuthorityMaxLength);
        s.Property(x => x.DocumentNumber).HasMaxLength(Sanction.DocumentNumberMaxLength);
        s.Property(x => x.Facts).HasConversion(sealedText);
        s.Property(x => x.Version).IsConcurrencyToken();
        s.HasIndex(x => new { x.CadreId, x.EffectiveOn });
        s.HasOne(x => x.Cadre).WithMany().HasForeignKey(x => x.CadreId).OnDelete(DeleteBehavior.Cascade);

        var c = builder.Entity<ToleranceCase>();
        c.ToTable("tolerance_cases");
        c.Property(x => x.Facts).HasConversion(sealedText);
        c.Property(x => x.Version).IsConcurrencyToken();
        c.Ignore(x => x.Stage);
        c.HasIndex(x => new { x.CadreId, x.ReceivedOn });
        c.HasOne(x => x.Cadre).WithMany().HasForeignKey(x => x.CadreId).OnDelete(DeleteBehavior.Cascade);
        c.HasOne(x => x.Sanction).WithMany().HasForeignKey(x => x.SanctionId).OnDelete(DeleteBehavior.SetNull);
        c.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);

        var st = builder.Entity<CaseStep>();
        st.ToTable("tolerance_case_steps");
        st.Property(x => x.Author).HasMaxLength(CaseStep.AuthorMaxLength);
        st.Property(x => x.Documents).HasMaxLength(CaseStep.DocumentsMaxLength);
        st.Property(x => x.Note).HasConversion(sealedText);
        st.HasIndex(x => new { x.CaseId, x.Stage });

        // A step's documents: bytes sealed like the narratives (base64 of the file, then SM4-GCM), size checked before.
        var sealedBytes = new ValueConverter<byte[], string>(v => keyRing.Encrypt(Convert.ToBase64String(v)), s => Convert.FromBase64String(keyRing.Decrypt(s)));
        var f = builder.Entity<CaseStepAttachment>();
        f.ToTable("tolerance_case_step_attachments");
        f.Property(x => x.FileName).HasMaxLength(FindingAttachment.FileNameMaxLength).IsRequired();
        f.Property(x => x.ContentType).HasMaxLength(96).IsRequired();
        f.Property(x => x.Content).HasConversion(sealedBytes, new ValueComparer<byte[]>((x, y) => x!.SequenceEqual(y!), v => v.Length, v => v.ToArray())).IsRequired();
        f.HasIndex(x => x.StepId);
        f.HasOne<CaseStep>().WithMany().HasForeignKey(x => x.StepId).OnDelete(DeleteBehavior.Cascade);

        var a = builder.Entity<Accusation>();
        a.ToTable("accusations");
        a.Property(x => x.Source).HasMaxLength(Accusation.SourceMaxLength);
        a.Property(x => x.Content).HasConversion(sealedText);
        a.Property(x => x.ClarifyMethod).HasMaxLength(Accusation.MethodMaxLength);
        a.Property(x => x.ClarifyScope).HasMaxLength(Accusation.ScopeMaxLength);
        a.Property(x => x.Version).IsConcurrencyToken();
        a.HasIndex(x => new { x.CadreId, x.ReceivedOn });
        a.HasIndex(x => new { x.Conclusion, x.ConcludedOn });
        a.HasOne(x => x.Cadre).WithMany().HasForeignKey(x => x.CadreId).OnDelete(DeleteBehavior.Cascade);
    }
}
