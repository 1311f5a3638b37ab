using Jiceng.Data.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

/// <summary>
/// The ledger row (table <c>findings</c>): one per identity (rule, subject kind and id, period, topic). The raw SQL of
/// <see cref="Engine.Ledger.FindingLedger"/> names these columns too; a new column needs a line there when it is copied
/// from a run's findings.
/// </summary>
internal sealed class FindingRecordConfiguration : IEntityTypeConfiguration<FindingRecord>
{
    public void Configure(EntityTypeBuilder<FindingRecord> b)
    {
        b.ToTable("findings");
        b.Property(f => f.Rule).HasMaxLength(16).IsRequired();
        b.Property(f => f.SubjectCode).HasMaxLength(32).IsRequired();
        b.Property(f => f.SubjectName).HasMaxLength(64).IsRequired();
        b.Property(f => f.OrgUnitPath).HasMaxLength(256).IsRequired();
        b.Property(f => f.Period).HasMaxLength(32).IsRequired();
        b.Property(f => f.Topic).HasMaxLength(32).IsRequired();
        b.Property(f => f.Measured).HasMaxLength(FindingRecord.TextMaxLength).IsRequired();
        b.Property(f => f.Required).HasMaxLength(FindingRecord.TextMaxLength).IsRequired();
        b.Property(f => f.Message).HasMaxLength(FindingRecord.TextMaxLength).IsRequired();
        // Unbounded text: a handful of "id=value" lines (UsedParametersColumn); a subsidy list's value can be long.
        b.Property(f => f.ParametersUsed).IsRequired();
        b.Property(f => f.AssigneePerson).HasMaxLength(FindingRecord.PersonMaxLength);
        b.Property(f => f.Version).IsConcurrencyToken();
        b.HasIndex(f => new { f.Rule, f.SubjectKind, f.SubjectId, f.Period, f.Topic }).IsUnique();
        b.HasIndex(f => new { f.Year, f.OrgUnitPath });
        b.HasIndex(f => new { f.State, f.PlannedDate });
        b.HasIndex(f => f.TownshipId);
        b.HasIndex(f => f.FirstSeenRunId);
        b.HasOne<Core.Org.OrgUnit>().WithMany().HasForeignKey(f => f.AssigneeUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FindingStageRowConfiguration : IEntityTypeConfiguration<FindingStageRow>
{
    public void Configure(EntityTypeBuilder<FindingStageRow> b)
    {
        b.ToTable("finding_stage");
        b.HasKey(s => new { s.RunId, s.Ordinal });
        b.Property(f => f.Rule).HasMaxLength(16).IsRequired();
        b.Property(f => f.SubjectCode).HasMaxLength(32).IsRequired();
        b.Property(f => f.SubjectName).HasMaxLength(64).IsRequired();
        b.Property(f => f.OrgUnitPath).HasMaxLength(256).IsRequired();
        b.Property(f => f.Period).HasMaxLength(32).IsRequired();
        b.Property(f => f.Topic).HasMaxLength(32).IsRequired();
        b.Property(f => f.Measured).HasMaxLength(FindingRecord.TextMaxLength).IsRequired();
        b.Property(f => f.Required).HasMaxLength(FindingRecord.TextMaxLength).IsRequired();
        b.Property(f => f.Message).HasMaxLength(FindingRecord.TextMaxLength).IsRequired();
        b.Property(f => f.ParametersUsed).IsRequired();
        b.HasIndex(f => new { f.Rule, f.SubjectKind, f.SubjectId, f.Period, f.Topic, f.RunId });
    }
}

internal sealed class FindingEventConfiguration : IEntityTypeConfiguration<FindingEvent>
{
    public void Configure(EntityTypeBuilder<FindingEvent> b)
    {
        b.ToTable("finding_events");
        b.Property(e => e.Actor).HasMaxLength(FindingEvent.ActorMaxLength).IsRequired();
        b.Property(e => e.Measured).HasMaxLength(FindingRecord.TextMaxLength);
        b.Property(e => e.Note).HasMaxLength(FindingEvent.NoteMaxLength);
        b.HasIndex(e => new { e.FindingId, e.Id });
        b.HasIndex(e => new { e.Kind, e.At });
        b.HasOne<FindingRecord>().WithMany().HasForeignKey(e => e.FindingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FindingExplanationConfiguration : IEntityTypeConfiguration<FindingExplanation>
{
    public void Configure(EntityTypeBuilder<FindingExplanation> b)
    {
        b.ToTable("finding_explanations");
        b.Property(e => e.Text).HasMaxLength(FindingExplanation.TextMaxLength).IsRequired();
        b.Property(e => e.SubmittedBy).HasMaxLength(FindingEvent.ActorMaxLength).IsRequired();
        b.Property(e => e.DecidedBy).HasMaxLength(FindingEvent.ActorMaxLength);
        b.Property(e => e.DecisionReason).HasMaxLength(FindingExplanation.ReasonMaxLength);
        b.HasIndex(e => e.FindingId);
        b.HasOne<FindingRecord>().WithMany().HasForeignKey(e => e.FindingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Attachments).WithOne().HasForeignKey(a => a.ExplanationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FindingAttachmentConfiguration : IEntityTypeConfiguration<FindingAttachment>
{
    public void Configure(EntityTypeBuilder<FindingAttachment> b)
    {
        b.ToTable("finding_attachments");
        b.Property(a => a.FileName).HasMaxLength(FindingAttachment.FileNameMaxLength).IsRequired();
        b.Property(a => a.ContentType).HasMaxLength(96).IsRequired();
        b.Property(a => a.Content).IsRequired();
        b.HasIndex(a => a.ExplanationId);
    }
}
