using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jiceng.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Records : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "terms",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "one_shoulder_exemptions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "reserve_pool_memberships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    LeaveReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reserve_pool_memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reserve_pool_memberships_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_reserve_pool_memberships_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reserve_pool_memberships_CadreId",
                table: "reserve_pool_memberships",
                column: "CadreId");

            migrationBuilder.CreateIndex(
                name: "IX_reserve_pool_memberships_OrgUnitId_From",
                table: "reserve_pool_memberships",
                columns: new[] { "OrgUnitId", "From" });

            // Existing reserves (category 6, 村级后备干部) had no entry date: they count as reserves of their village since
            // they started work, so judging an earlier year still counts them (the closest the old records allow).
            migrationBuilder.Sql(
                """
                INSERT INTO reserve_pool_memberships ("CadreId", "OrgUnitId", "From", "Version")
                SELECT "Id", "OrgUnitId", COALESCE("JoinedWorkOn", DATE '2000-01-01'), 0 FROM cadres WHERE "Category" = 6
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reserve_pool_memberships");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "terms");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "one_shoulder_exemptions");
        }
    }
}
