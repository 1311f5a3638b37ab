using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jiceng.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class M10Village : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EstablishedOn",
                table: "org_units",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "reserve_development_records",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MembershipId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Content = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(8,1)", precision: 8, scale: 1, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reserve_development_records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reserve_development_records_reserve_pool_memberships_Member~",
                        column: x => x.MembershipId,
                        principalTable: "reserve_pool_memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "special_reserve_posts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_special_reserve_posts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_special_reserve_posts_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "special_reserve_post_fills",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PostId = table.Column<int>(type: "integer", nullable: false),
                    MembershipId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_special_reserve_post_fills", x => x.Id);
                    table.ForeignKey(
                        name: "FK_special_reserve_post_fills_reserve_pool_memberships_Members~",
                        column: x => x.MembershipId,
                        principalTable: "reserve_pool_memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_special_reserve_post_fills_special_reserve_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "special_reserve_posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reserve_development_records_MembershipId_On",
                table: "reserve_development_records",
                columns: new[] { "MembershipId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_special_reserve_post_fills_MembershipId",
                table: "special_reserve_post_fills",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_special_reserve_post_fills_PostId_From",
                table: "special_reserve_post_fills",
                columns: new[] { "PostId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_special_reserve_posts_OrgUnitId",
                table: "special_reserve_posts",
                column: "OrgUnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reserve_development_records");

            migrationBuilder.DropTable(
                name: "special_reserve_post_fills");

            migrationBuilder.DropTable(
                name: "special_reserve_posts");

            migrationBuilder.DropColumn(
                name: "EstablishedOn",
                table: "org_units");
        }
    }
}
