using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jiceng.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TeamBuildingPoolsAndCommendations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "candidate_pool_entries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    LeaveReason = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_candidate_pool_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_candidate_pool_entries_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_candidate_pool_entries_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "commendations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    AwardingBody = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    AwardedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_commendations_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_candidate_pool_entries_CadreId",
                table: "candidate_pool_entries",
                column: "CadreId");

            migrationBuilder.CreateIndex(
                name: "IX_candidate_pool_entries_OrgUnitId_From",
                table: "candidate_pool_entries",
                columns: new[] { "OrgUnitId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_commendations_CadreId_AwardedOn",
                table: "commendations",
                columns: new[] { "CadreId", "AwardedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_commendations_Kind_AwardedOn",
                table: "commendations",
                columns: new[] { "Kind", "AwardedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "candidate_pool_entries");

            migrationBuilder.DropTable(
                name: "commendations");
        }
    }
}
