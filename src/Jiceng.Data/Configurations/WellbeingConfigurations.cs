using Jiceng.Core.Measures.M09Care;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jiceng.Data.Configurations;

/// <summary>
/// Clause 九's records, applied by <see cref="JicengDbContext"/> with its key ring: the mental-health result, referral
/// and follow-up of a checkup are SM4-GCM ciphertext at rest (a restricted category), like clause 七's narratives.
/// </summary>
internal sealed class WellbeingConfigurations(KeyRing keyRing)
{
    public void Configure(ModelBuilder builder)
    {
        var sealedText = new ValueConverter<string?, string?>(v => keyRing.Encrypt(v!), s => keyRing.Decrypt(s!));

        var t = builder.Entity<HeartTalk>();
        t.ToTable("heart_talks");
        t.Property(x => x.Talker).HasMaxLength(HeartTalk.TalkerMaxLength);
        t.Property(x => x.Topics).HasMaxLength(HeartTalk.TopicsMaxLength);
        t.Property(x => x.Version).IsConcurrencyToken();
        t.HasIndex(x => new { x.CadreId, x.TalkedOn });
        t.HasIndex(x => x.TalkedOn);
        t.HasOne(x => x.Cadre).WithMany().HasForeignKey(x => x.CadreId).OnDelete(DeleteBehavior.Cascade);
        t.HasMany(x => x.Needs).WithOne().HasForeignKey(x => x.TalkId).OnDelete(DeleteBehavior.Cascade);

        var n = builder.Entity<TalkNeed>();
        n.ToTable("talk_needs");
        n.Property(x => x.Need).HasMaxLength(TalkNeed.TextMaxLength);
        n.Property(x => x.FollowUp).HasMaxLength(TalkNeed.TextMaxLength);
        n.Property(x => x.ResolvedBy).HasMaxLength(HeartTalk.TalkerMaxLength);
        n.HasIndex(x => x.TalkId);

        var c = builder.Entity<HealthCheckup>();
        c.ToTable("health_checkups");
        c.Property(x => x.Institution).HasMaxLength(HealthCheckup.InstitutionMaxLength);
        c.Property(x => x.Items).HasMaxLength(HealthCheckup.ItemsMaxLength);
        c.Property(x => x.CostYuan).HasPrecision(12, 2);
        c.Property(x => x.MentalHealthResult).HasConversion(sealedText);
        c.Property(x => x.MentalHealthReferral).HasConversion(sealedText);
        c.Property(x => x.MentalHealthFollowUp).HasConversion(sealedText);
        c.Property(x => x.Version).IsConcurrencyToken();
        c.HasIndex(x => new { x.CadreId, x.CheckedOn });
        c.HasIndex(x => x.CheckedOn);
        c.HasOne(x => x.Cadre).WithMany().HasForeignKey(x => x.CadreId).OnDelete(DeleteBehavior.Cascade);

        var s = builder.Entity<VillageStationing>();
        s.ToTable("village_stationings");
        s.HasIndex(x => new { x.CadreId, x.Start });
        s.HasOne(x => x.Cadre).WithMany().HasForeignKey(x => x.CadreId).OnDelete(DeleteBehavior.Cascade);
        s.HasOne(x => x.Village).WithMany().HasForeignKey(x => x.VillageId).OnDelete(DeleteBehavior.Restrict);

        var i = builder.Entity<SafetyIncident>();
        i.ToTable("safety_incidents");
        i.Property(x => x.Summary).HasMaxLength(SafetyIncident.SummaryMaxLength);
        i.Property(x => x.Outcome).HasMaxLength(SafetyIncident.SummaryMaxLength);
        i.Property(x => x.Version).IsConcurrencyToken();
        i.HasIndex(x => new { x.CadreId, x.ReportedAt });
        i.HasIndex(x => x.ReportedAt);
        i.HasOne(x => x.Cadre).WithMany().HasForeignKey(x => x.CadreId).OnDelete(DeleteBehavior.Cascade);
        i.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.IncidentId).OnDelete(DeleteBehavior.Cascade);

        var st = builder.Entity<IncidentStep>();
        st.ToTable("incident_steps");
        st.Property(x => x.Action).HasMaxLength(IncidentStep.ActionMaxLength);
        st.Property(x => x.By).HasMaxLength(HeartTalk.TalkerMaxLength);
        st.HasIndex(x => x.IncidentId);

        var a = builder.Entity<CareActivity>();
        a.ToTable("care_activities");
        a.Property(x => x.Title).HasMaxLength(CareActivity.TitleMaxLength);
        a.Property(x => x.Version).IsConcurrencyToken();
        a.HasIndex(x => new { x.Kind, x.HeldOn });
        a.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        a.HasMany(x => x.Attendance).WithOne().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);

        var at = builder.Entity<CareAttendance>();
        at.ToTable("care_attendance");
        at.HasIndex(x => new { x.ActivityId, x.CadreId }).IsUnique();
        at.HasOne(x => x.Cadre).WithMany().HasForeignKey(x => x.CadreId).OnDelete(DeleteBehavior.Cascade);
    }
}
