using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jiceng.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Engine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "evaluation_runs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    ProfileName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ProfileEffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ScopeOrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    ScopePath = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DurationMs = table.Column<long>(type: "bigint", nullable: false),
                    Violations = table.Column<int>(type: "integer", nullable: false),
                    Warnings = table.Column<int>(type: "integer", nullable: false),
                    Infos = table.Column<int>(type: "integer", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "one_shoulder_exemptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_one_shoulder_exemptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_one_shoulder_exemptions_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "findings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<long>(type: "bigint", nullable: false),
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
                    Topic = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_findings_evaluation_runs_RunId",
                        column: x => x.RunId,
                        principalTable: "evaluation_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_runs_Year_ScopeOrgUnitId_StartedAt",
                table: "evaluation_runs",
                columns: new[] { "Year", "ScopeOrgUnitId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_findings_RunId_OrgUnitPath",
                table: "findings",
                columns: new[] { "RunId", "OrgUnitPath" });

            migrationBuilder.CreateIndex(
                name: "IX_findings_RunId_Rule",
                table: "findings",
                columns: new[] { "RunId", "Rule" });

            migrationBuilder.CreateIndex(
                name: "IX_one_shoulder_exemptions_OrgUnitId",
                table: "one_shoulder_exemptions",
                column: "OrgUnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "findings");

            migrationBuilder.DropTable(
                name: "one_shoulder_exemptions");

            migrationBuilder.DropTable(
                name: "evaluation_runs");
        }
    }
}
