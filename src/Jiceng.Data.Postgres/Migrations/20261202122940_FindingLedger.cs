using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jiceng.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FindingLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The findings table becomes the ledger (one row per finding, not per run): the per-run copies cannot carry
            // over, so they go; the next evaluation opens every current finding.
            migrationBuilder.Sql("DELETE FROM findings;");

            migrationBuilder.DropForeignKey(
                name: "FK_findings_evaluation_runs_RunId",
                table: "findings");

            migrationBuilder.DropIndex(
                name: "IX_findings_RunId_OrgUnitPath",
                table: "findings");

            migrationBuilder.DropIndex(
                name: "IX_findings_RunId_Rule",
                table: "findings");

            migrationBuilder.RenameColumn(
                name: "RunId",
                table: "findings",
                newName: "LastSeenRunId");

            migrationBuilder.AddColumn<string>(
                name: "AssigneePerson",
                table: "findings",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AssigneeUnitId",
                table: "findings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstSeenAt",
                table: "findings",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<long>(
                name: "FirstSeenRunId",
                table: "findings",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastSeenAt",
                table: "findings",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlannedDate",
                table: "findings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReopenCount",
                table: "findings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResolvedOn",
                table: "findings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ResolvedRunId",
                table: "findings",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SetAsideUntil",
                table: "findings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "State",
                table: "findings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "findings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Year",
                table: "findings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Opened",
                table: "evaluation_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Reopened",
                table: "evaluation_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Resolved",
                table: "evaluation_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "finding_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FindingId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RunId = table.Column<long>(type: "bigint", nullable: true),
                    Actor = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FromState = table.Column<int>(type: "integer", nullable: true),
                    ToState = table.Column<int>(type: "integer", nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: true),
                    Measured = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finding_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finding_events_findings_FindingId",
                        column: x => x.FindingId,
                        principalTable: "findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "finding_explanations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FindingId = table.Column<long>(type: "bigint", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PreviousState = table.Column<int>(type: "integer", nullable: false),
                    Decision = table.Column<int>(type: "integer", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SetAsideUntil = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finding_explanations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finding_explanations_findings_FindingId",
                        column: x => x.FindingId,
                        principalTable: "findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "finding_stage",
                columns: table => new
                {
                    RunId = table.Column<long>(type: "bigint", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Rule = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Clause = table.Column<int>(type: "integer", nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    SubjectKind = table.Column<int>(type: "integer", nullable: false),
                    SubjectId = table.Column<int>(type: "integer", nullable: false),
                    SubjectCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubjectName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitPath = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    TownshipId = table.Column<int>(type: "integer", nullable: true),
                    Period = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Measured = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Required = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Message = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Due = table.Column<DateOnly>(type: "date", nullable: true),
                    Topic = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ParametersUsed = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finding_stage", x => new { x.RunId, x.Ordinal });
                });

            migrationBuilder.CreateTable(
                name: "finding_attachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ExplanationId = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(96)", maxLength: 96, nullable: false),
                    Size = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finding_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finding_attachments_finding_explanations_ExplanationId",
                        column: x => x.ExplanationId,
                        principalTable: "finding_explanations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_findings_AssigneeUnitId",
                table: "findings",
                column: "AssigneeUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_findings_FirstSeenRunId",
                table: "findings",
                column: "FirstSeenRunId");

            migrationBuilder.CreateIndex(
                name: "IX_findings_Rule_SubjectKind_SubjectId_Period_Topic",
                table: "findings",
                columns: new[] { "Rule", "SubjectKind", "SubjectId", "Period", "Topic" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_findings_State_PlannedDate",
                table: "findings",
                columns: new[] { "State", "PlannedDate" });

            migrationBuilder.CreateIndex(
                name: "IX_findings_TownshipId",
                table: "findings",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_findings_Year_OrgUnitPath",
                table: "findings",
                columns: new[] { "Year", "OrgUnitPath" });

            migrationBuilder.CreateIndex(
                name: "IX_finding_attachments_ExplanationId",
                table: "finding_attachments",
                column: "ExplanationId");

            migrationBuilder.CreateIndex(
                name: "IX_finding_events_FindingId_Id",
                table: "finding_events",
                columns: new[] { "FindingId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_finding_events_Kind_At",
                table: "finding_events",
                columns: new[] { "Kind", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_finding_explanations_FindingId",
                table: "finding_explanations",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_finding_stage_Rule_SubjectKind_SubjectId_Period_Topic_RunId",
                table: "finding_stage",
                columns: new[] { "Rule", "SubjectKind", "SubjectId", "Period", "Topic", "RunId" });

            migrationBuilder.AddForeignKey(
                name: "FK_findings_org_units_AssigneeUnitId",
                table: "findings",
                column: "AssigneeUnitId",
                principalTable: "org_units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_findings_org_units_AssigneeUnitId",
                table: "findings");

            migrationBuilder.DropTable(
                name: "finding_attachments");

            migrationBuilder.DropTable(
                name: "finding_events");

            migrationBuilder.DropTable(
                name: "finding_stage");

            migrationBuilder.DropTable(
                name: "finding_explanations");

            migrationBuilder.DropIndex(
                name: "IX_findings_AssigneeUnitId",
                table: "findings");

            migrationBuilder.DropIndex(
                name: "IX_findings_FirstSeenRunId",
                table: "findings");

            migrationBuilder.DropIndex(
                name: "IX_findings_Rule_SubjectKind_SubjectId_Period_Topic",
                table: "findings");

            migrationBuilder.DropIndex(
                name: "IX_findings_State_PlannedDate",
                table: "findings");

            migrationBuilder.DropIndex(
                name: "IX_findings_TownshipId",
                table: "findings");

            migrationBuilder.DropIndex(
                name: "IX_findings_Year_OrgUnitPath",
                table: "findings");

            migrationBuilder.DropColumn(
                name: "AssigneePerson",
                table: "findings");

            migrationBuilder.DropColumn(
                name: "AssigneeUnitId",
                table: "findings");

            migrationBuilder.DropColumn(
                name: "FirstSeenAt",
                table: "findings");

            migrationBuilder.DropColumn(
                name: "FirstSeenRunId",
                table: "findings");

            migrationBuilder.DropColumn(
                name: "LastSeenAt",
                table: "findings");

            migrationBuilder.DropColumn(
                name: "PlannedDate",
                table: "findings");

            migrationBuilder.DropColumn(
                name: "ReopenCount",
                table: "findings");

            migrationBuilder.DropColumn(
                name: "ResolvedOn",
                table: "findings");

            migrationBuilder.DropColumn(
                name: "ResolvedRunId",
                table: "findings");

            migrationBuilder.DropColumn(
                name: "SetAsideUntil",
                table: "findings");

            migrationBuilder.DropColumn(
                name: "State",
                table: "findings");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "findings");

            migrationBuilder.DropColumn(
                name: "Year",
                table: "findings");

            migrationBuilder.DropColumn(
                name: "Opened",
                table: "evaluation_runs");

            migrationBuilder.DropColumn(
                name: "Reopened",
                table: "evaluation_runs");

            migrationBuilder.DropColumn(
                name: "Resolved",
                table: "evaluation_runs");

            migrationBuilder.RenameColumn(
                name: "LastSeenRunId",
                table: "findings",
                newName: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_findings_RunId_OrgUnitPath",
                table: "findings",
                columns: new[] { "RunId", "OrgUnitPath" });

            migrationBuilder.CreateIndex(
                name: "IX_findings_RunId_Rule",
                table: "findings",
                columns: new[] { "RunId", "Rule" });

            migrationBuilder.AddForeignKey(
                name: "FK_findings_evaluation_runs_RunId",
                table: "findings",
                column: "RunId",
                principalTable: "evaluation_runs",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
