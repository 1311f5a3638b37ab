using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jiceng.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MeasuresFiveAndSeven : Migration
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
                name: "accusations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: true),
                    Conclusion = table.Column<int>(type: "integer", nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClarifyMethod = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ClarifyScope = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ClarifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accusations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_accusations_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "sanctions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Facts = table.Column<string>(type: "text", nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sanctions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sanctions_cadres_CadreId",
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
                name: "tolerance_cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    SanctionId = table.Column<int>(type: "integer", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Facts = table.Column<string>(type: "text", nullable: true),
                    Criteria = table.Column<int>(type: "integer", nullable: false),
                    Decision = table.Column<int>(type: "integer", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tolerance_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tolerance_cases_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_tolerance_cases_sanctions_SanctionId",
                        column: x => x.SanctionId,
                        principalTable: "sanctions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
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

            migrationBuilder.CreateTable(
                name: "tolerance_case_steps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    Author = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Documents = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tolerance_case_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tolerance_case_steps_tolerance_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "tolerance_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cadre_yearly_grades_OrgUnitId_Year",
                table: "cadre_yearly_grades",
                columns: new[] { "OrgUnitId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_accusations_CadreId_ReceivedOn",
                table: "accusations",
                columns: new[] { "CadreId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_accusations_Conclusion_ConcludedOn",
                table: "accusations",
                columns: new[] { "Conclusion", "ConcludedOn" });

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
                name: "IX_sanctions_CadreId_EffectiveOn",
                table: "sanctions",
                columns: new[] { "CadreId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_tolerance_case_steps_CaseId_Stage",
                table: "tolerance_case_steps",
                columns: new[] { "CaseId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_tolerance_cases_CadreId_ReceivedOn",
                table: "tolerance_cases",
                columns: new[] { "CadreId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_tolerance_cases_SanctionId",
                table: "tolerance_cases",
                column: "SanctionId");

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
                name: "accusations");

            migrationBuilder.DropTable(
                name: "assessment_feedback");

            migrationBuilder.DropTable(
                name: "awards");

            migrationBuilder.DropTable(
                name: "tolerance_case_steps");

            migrationBuilder.DropTable(
                name: "village_fund_disbursements");

            migrationBuilder.DropTable(
                name: "township_assessments");

            migrationBuilder.DropTable(
                name: "tolerance_cases");

            migrationBuilder.DropTable(
                name: "sanctions");

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
