using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiceng.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ErrorTolerance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accusations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CadreId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: true),
                    Conclusion = table.Column<int>(type: "INTEGER", nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClarifyMethod = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClarifyScope = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClarifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "sanctions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CadreId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Facts = table.Column<string>(type: "TEXT", nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "tolerance_cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CadreId = table.Column<int>(type: "INTEGER", nullable: false),
                    SanctionId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Facts = table.Column<string>(type: "TEXT", nullable: true),
                    Criteria = table.Column<int>(type: "INTEGER", nullable: false),
                    Decision = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "tolerance_case_steps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Documents = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
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
                name: "IX_accusations_CadreId_ReceivedOn",
                table: "accusations",
                columns: new[] { "CadreId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_accusations_Conclusion_ConcludedOn",
                table: "accusations",
                columns: new[] { "Conclusion", "ConcludedOn" });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accusations");

            migrationBuilder.DropTable(
                name: "tolerance_case_steps");

            migrationBuilder.DropTable(
                name: "tolerance_cases");

            migrationBuilder.DropTable(
                name: "sanctions");
        }
    }
}
