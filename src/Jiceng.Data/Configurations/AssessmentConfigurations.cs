using Jiceng.Core.Measures.M05Assessment;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiceng.Data.Configurations;

internal sealed class AwardConfiguration : IEntityTypeConfiguration<Award>
{
    public void Configure(EntityTypeBuilder<Award> b)
    {
        b.ToTable("awards");
        b.Property(a => a.Title).HasMaxLength(Award.TitleMaxLength);
        b.Property(a => a.Event).HasMaxLength(Award.EventMaxLength);
        b.Property(a => a.DocumentNumber).HasMaxLength(100);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => new { a.CadreId, a.GrantedOn });
        b.HasIndex(a => a.GrantedOn);
        b.HasOne(a => a.Cadre).WithMany().HasForeignKey(a => a.CadreId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VillageFundDisbursementConfiguration : IEntityTypeConfiguration<VillageFundDisbursement>
{
    public void Configure(EntityTypeBuilder<VillageFundDisbursement> b)
    {
        b.ToTable("village_fund_disbursements");
        b.Property(d => d.AmountYuan).HasPrecision(14, 2);
        b.Property(d => d.Score).HasPrecision(5, 2);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasIndex(d => new { d.VillageId, d.Year });
        b.HasOne(d => d.Village).WithMany().HasForeignKey(d => d.VillageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.Cadre).WithMany().HasForeignKey(d => d.CadreId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TownshipAssessmentConfiguration : IEntityTypeConfiguration<TownshipAssessment>
{
    public void Configure(EntityTypeBuilder<TownshipAssessment> b)
    {
        b.ToTable("township_assessments");
        b.Property(a => a.Category).HasMaxLength(TownshipAssessment.CategoryMaxLength);
        b.Property(a => a.SchemeScore).HasPrecision(5, 2);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => new { a.TownshipId, a.Year }).IsUnique();
        b.HasOne(a => a.Township).WithMany().HasForeignKey(a => a.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Feedback).WithOne().HasForeignKey(f => f.TownshipAssessmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.IndicatorScores).WithOne().HasForeignKey(s => s.TownshipAssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssessmentFeedbackConfiguration : IEntityTypeConfiguration<AssessmentFeedback>
{
    public void Configure(EntityTypeBuilder<AssessmentFeedback> b)
    {
        b.ToTable("assessment_feedback");
        b.Property(f => f.Score).HasPrecision(5, 2);
        b.HasIndex(f => new { f.TownshipAssessmentId, f.Source }).IsUnique();
    }
}

internal sealed class AssessmentSchemeConfiguration : IEntityTypeConfiguration<AssessmentScheme>
{
    public void Configure(EntityTypeBuilder<AssessmentScheme> b)
    {
        b.ToTable("assessment_schemes");
        b.Property(s => s.Category).HasMaxLength(TownshipAssessment.CategoryMaxLength);
        b.Property(s => s.Name).HasMaxLength(AssessmentScheme.NameMaxLength);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasIndex(s => new { s.DistrictId, s.Category, s.FromYear }).IsUnique();
        b.HasOne(s => s.District).WithMany().HasForeignKey(s => s.DistrictId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Indicators).WithOne().HasForeignKey(i => i.SchemeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssessmentIndicatorConfiguration : IEntityTypeConfiguration<AssessmentIndicator>
{
    public void Configure(EntityTypeBuilder<AssessmentIndicator> b)
    {
        b.ToTable("assessment_indicators");
        b.Property(i => i.Name).HasMaxLength(AssessmentIndicator.NameMaxLength);
        b.Property(i => i.Weight).HasPrecision(5, 2);
        b.Property(i => i.MaxScore).HasPrecision(6, 2);
    }
}

internal sealed class AssessmentIndicatorScoreConfiguration : IEntityTypeConfiguration<AssessmentIndicatorScore>
{
    public void Configure(EntityTypeBuilder<AssessmentIndicatorScore> b)
    {
        b.ToTable("assessment_indicator_scores");
        b.Property(s => s.Score).HasPrecision(6, 2);
        b.HasIndex(s => new { s.TownshipAssessmentId, s.IndicatorId }).IsUnique();
        b.HasOne(s => s.Indicator).WithMany().HasForeignKey(s => s.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}
