using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiceng.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class M09Care : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "care_activities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_activities_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "health_checkups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CadreId = table.Column<int>(type: "INTEGER", nullable: false),
                    Institution = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Items = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CostYuan = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    PaidBy = table.Column<int>(type: "INTEGER", nullable: false),
                    MentalHealthAssessed = table.Column<bool>(type: "INTEGER", nullable: false),
                    MentalHealthResult = table.Column<string>(type: "TEXT", nullable: true),
                    MentalHealthReferral = table.Column<string>(type: "TEXT", nullable: true),
                    MentalHealthFollowUp = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_checkups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_health_checkups_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "heart_talks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CadreId = table.Column<int>(type: "INTEGER", nullable: false),
                    TalkedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Talker = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_heart_talks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_heart_talks_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "safety_incidents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CadreId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_incidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_safety_incidents_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "village_stationings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CadreId = table.Column<int>(type: "INTEGER", nullable: false),
                    VillageId = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_village_stationings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_village_stationings_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_village_stationings_org_units_VillageId",
                        column: x => x.VillageId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_attendance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CadreId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_attendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_attendance_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_care_attendance_care_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "care_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "talk_needs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TalkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Need = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Resolved = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_talk_needs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_talk_needs_heart_talks_TalkId",
                        column: x => x.TalkId,
                        principalTable: "heart_talks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incident_steps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IncidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_incident_steps_safety_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "safety_incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_care_activities_Kind_HeldOn",
                table: "care_activities",
                columns: new[] { "Kind", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_care_activities_OrgUnitId",
                table: "care_activities",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_care_attendance_ActivityId_CadreId",
                table: "care_attendance",
                columns: new[] { "ActivityId", "CadreId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_care_attendance_CadreId",
                table: "care_attendance",
                column: "CadreId");

            migrationBuilder.CreateIndex(
                name: "IX_health_checkups_CadreId_CheckedOn",
                table: "health_checkups",
                columns: new[] { "CadreId", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_health_checkups_CheckedOn",
                table: "health_checkups",
                column: "CheckedOn");

            migrationBuilder.CreateIndex(
                name: "IX_heart_talks_CadreId_TalkedOn",
                table: "heart_talks",
                columns: new[] { "CadreId", "TalkedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_heart_talks_TalkedOn",
                table: "heart_talks",
                column: "TalkedOn");

            migrationBuilder.CreateIndex(
                name: "IX_incident_steps_IncidentId",
                table: "incident_steps",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_safety_incidents_CadreId_ReportedAt",
                table: "safety_incidents",
                columns: new[] { "CadreId", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_safety_incidents_ReportedAt",
                table: "safety_incidents",
                column: "ReportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_talk_needs_TalkId",
                table: "talk_needs",
                column: "TalkId");

            migrationBuilder.CreateIndex(
                name: "IX_village_stationings_CadreId_Start",
                table: "village_stationings",
                columns: new[] { "CadreId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_village_stationings_VillageId",
                table: "village_stationings",
                column: "VillageId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_attendance");

            migrationBuilder.DropTable(
                name: "health_checkups");

            migrationBuilder.DropTable(
                name: "incident_steps");

            migrationBuilder.DropTable(
                name: "talk_needs");

            migrationBuilder.DropTable(
                name: "village_stationings");

            migrationBuilder.DropTable(
                name: "care_activities");

            migrationBuilder.DropTable(
                name: "safety_incidents");

            migrationBuilder.DropTable(
                name: "heart_talks");
        }
    }
}
