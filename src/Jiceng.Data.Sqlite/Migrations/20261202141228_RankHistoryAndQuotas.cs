using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiceng.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RankHistoryAndQuotas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rank_assignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CadreId = table.Column<int>(type: "INTEGER", nullable: false),
                    RankCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    QuotaUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rank_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rank_assignments_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_rank_assignments_org_units_QuotaUnitId",
                        column: x => x.QuotaUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rank_quotas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    RankCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rank_quotas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rank_quotas_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rank_assignments_CadreId_Start",
                table: "rank_assignments",
                columns: new[] { "CadreId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_rank_assignments_QuotaUnitId_RankCode_Start",
                table: "rank_assignments",
                columns: new[] { "QuotaUnitId", "RankCode", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_rank_quotas_OrgUnitId_RankCode_From",
                table: "rank_quotas",
                columns: new[] { "OrgUnitId", "RankCode", "From" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rank_assignments");

            migrationBuilder.DropTable(
                name: "rank_quotas");
        }
    }
}
