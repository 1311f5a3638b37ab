using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jiceng.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PolicyCaseSets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "policy_case_sets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProfileVersionId = table.Column<int>(type: "integer", nullable: true),
                    ProfileEffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ProfileName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    SavedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SavedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LastRunAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastRunPassed = table.Column<int>(type: "integer", nullable: true),
                    LastRunFailed = table.Column<int>(type: "integer", nullable: true),
                    LastRunFilesWithProblems = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_case_sets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_policy_case_sets_policy_profile_versions_ProfileVersionId",
                        column: x => x.ProfileVersionId,
                        principalTable: "policy_profile_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "policy_case_set_files",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PolicyCaseSetId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Yaml = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_case_set_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_policy_case_set_files_policy_case_sets_PolicyCaseSetId",
                        column: x => x.PolicyCaseSetId,
                        principalTable: "policy_case_sets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_policy_case_set_files_PolicyCaseSetId_Position",
                table: "policy_case_set_files",
                columns: new[] { "PolicyCaseSetId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_policy_case_sets_ProfileEffectiveFrom_ProfileVersionId",
                table: "policy_case_sets",
                columns: new[] { "ProfileEffectiveFrom", "ProfileVersionId" });

            migrationBuilder.CreateIndex(
                name: "IX_policy_case_sets_ProfileVersionId",
                table: "policy_case_sets",
                column: "ProfileVersionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "policy_case_set_files");

            migrationBuilder.DropTable(
                name: "policy_case_sets");
        }
    }
}
