using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jiceng.Data.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    RankCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: true),
                    QuotaUnitId = table.Column<int>(type: "integer", nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    RankCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
