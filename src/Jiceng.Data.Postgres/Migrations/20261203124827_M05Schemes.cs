using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jiceng.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class M05Schemes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_assessment_feedback_TownshipAssessmentId",
                table: "assessment_feedback");

            migrationBuilder.CreateTable(
                name: "assessment_schemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DistrictId = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FromYear = table.Column<int>(type: "integer", nullable: false),
                    ToYear = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_schemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_schemes_org_units_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessment_indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchemeId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Weight = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    MaxScore = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Feed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_indicators_assessment_schemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "assessment_schemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_indicator_scores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TownshipAssessmentId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_indicator_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_indicator_scores_assessment_indicators_Indicator~",
                        column: x => x.IndicatorId,
                        principalTable: "assessment_indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_assessment_indicator_scores_township_assessments_TownshipAs~",
                        column: x => x.TownshipAssessmentId,
                        principalTable: "township_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_feedback_TownshipAssessmentId_Source",
                table: "assessment_feedback",
                columns: new[] { "TownshipAssessmentId", "Source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_indicator_scores_IndicatorId",
                table: "assessment_indicator_scores",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_assessment_indicator_scores_TownshipAssessmentId_IndicatorId",
                table: "assessment_indicator_scores",
                columns: new[] { "TownshipAssessmentId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_indicators_SchemeId",
                table: "assessment_indicators",
                column: "SchemeId");

            migrationBuilder.CreateIndex(
                name: "IX_assessment_schemes_DistrictId_Category_FromYear",
                table: "assessment_schemes",
                columns: new[] { "DistrictId", "Category", "FromYear" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_indicator_scores");

            migrationBuilder.DropTable(
                name: "assessment_indicators");

            migrationBuilder.DropTable(
                name: "assessment_schemes");

            migrationBuilder.DropIndex(
                name: "IX_assessment_feedback_TownshipAssessmentId_Source",
                table: "assessment_feedback");

            migrationBuilder.CreateIndex(
                name: "IX_assessment_feedback_TownshipAssessmentId",
                table: "assessment_feedback",
                column: "TownshipAssessmentId");
        }
    }
}
