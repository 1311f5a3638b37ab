using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiceng.Data.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProfileVersionId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProfileEffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProfileName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LastRunAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastRunPassed = table.Column<int>(type: "INTEGER", nullable: true),
                    LastRunFailed = table.Column<int>(type: "INTEGER", nullable: true),
                    LastRunFilesWithProblems = table.Column<int>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PolicyCaseSetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Yaml = table.Column<string>(type: "TEXT", nullable: false)
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
