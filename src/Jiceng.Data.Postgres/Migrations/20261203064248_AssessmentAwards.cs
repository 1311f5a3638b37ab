using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jiceng.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentAwards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "OrgUnitId",
                table: "cadre_yearly_grades",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Source",
                table: "cadre_yearly_grades",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "awards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Event = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EventOn = table.Column<DateOnly>(type: "date", nullable: false),
                    GrantedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IsGrassroots = table.Column<bool>(type: "boolean", nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_awards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_awards_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "township_assessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TownshipId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SchemeScore = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_township_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_township_assessments_org_units_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "village_fund_disbursements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VillageId = table.Column<int>(type: "integer", nullable: false),
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    AmountYuan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_village_fund_disbursements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_village_fund_disbursements_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_village_fund_disbursements_org_units_VillageId",
                        column: x => x.VillageId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessment_feedback",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TownshipAssessmentId = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    Respondents = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    CollectedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_feedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_feedback_township_assessments_TownshipAssessment~",
                        column: x => x.TownshipAssessmentId,
                        principalTable: "township_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cadre_yearly_grades_OrgUnitId_Year",
                table: "cadre_yearly_grades",
                columns: new[] { "OrgUnitId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_feedback_TownshipAssessmentId",
                table: "assessment_feedback",
                column: "TownshipAssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_awards_CadreId_GrantedOn",
                table: "awards",
                columns: new[] { "CadreId", "GrantedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_awards_GrantedOn",
                table: "awards",
                column: "GrantedOn");

            migrationBuilder.CreateIndex(
                name: "IX_township_assessments_TownshipId_Year",
                table: "township_assessments",
                columns: new[] { "TownshipId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_village_fund_disbursements_CadreId",
                table: "village_fund_disbursements",
                column: "CadreId");

            migrationBuilder.CreateIndex(
                name: "IX_village_fund_disbursements_VillageId_Year",
                table: "village_fund_disbursements",
                columns: new[] { "VillageId", "Year" });

            migrationBuilder.AddForeignKey(
                name: "FK_cadre_yearly_grades_org_units_OrgUnitId",
                table: "cadre_yearly_grades",
                column: "OrgUnitId",
                principalTable: "org_units",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_cadre_yearly_grades_org_units_OrgUnitId",
                table: "cadre_yearly_grades");

            migrationBuilder.DropTable(
                name: "assessment_feedback");

            migrationBuilder.DropTable(
                name: "awards");

            migrationBuilder.DropTable(
                name: "village_fund_disbursements");

            migrationBuilder.DropTable(
                name: "township_assessments");

            migrationBuilder.DropIndex(
                name: "IX_cadre_yearly_grades_OrgUnitId_Year",
                table: "cadre_yearly_grades");

            migrationBuilder.DropColumn(
                name: "OrgUnitId",
                table: "cadre_yearly_grades");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "cadre_yearly_grades");
        }
    }
}
