using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiceng.Data.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "reserve_development_records",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MembershipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 8, scale: 1, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reserve_development_records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reserve_development_records_reserve_pool_memberships_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "reserve_pool_memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "special_reserve_posts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PostId = table.Column<int>(type: "INTEGER", nullable: false),
                    MembershipId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_special_reserve_post_fills", x => x.Id);
                    table.ForeignKey(
                        name: "FK_special_reserve_post_fills_reserve_pool_memberships_MembershipId",
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
