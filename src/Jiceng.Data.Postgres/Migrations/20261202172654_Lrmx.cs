using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jiceng.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Lrmx : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cadre_family_members",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Relation = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Name = table.Column<string>(type: "character varying(176)", maxLength: 176, nullable: true),
                    BirthDate = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    PoliticalStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    WorkUnit = table.Column<string>(type: "character varying(848)", maxLength: 848, nullable: true),
                    LrmxExtras = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cadre_family_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cadre_family_members_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cadre_lrmx_profiles",
                columns: table => new
                {
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    FieldsJson = table.Column<string>(type: "text", nullable: false),
                    lrmx_extras = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cadre_lrmx_profiles", x => x.CadreId);
                    table.ForeignKey(
                        name: "FK_cadre_lrmx_profiles_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cadre_photos",
                columns: table => new
                {
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    Jpeg = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cadre_photos", x => x.CadreId);
                    table.ForeignKey(
                        name: "FK_cadre_photos_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cadre_resume_entries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: true),
                    End = table.Column<DateOnly>(type: "date", nullable: true),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cadre_resume_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cadre_resume_entries_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cadre_yearly_grades",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    GradeCode = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cadre_yearly_grades", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cadre_yearly_grades_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cadre_family_members_CadreId_Order",
                table: "cadre_family_members",
                columns: new[] { "CadreId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cadre_resume_entries_CadreId_Order",
                table: "cadre_resume_entries",
                columns: new[] { "CadreId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cadre_yearly_grades_CadreId_Year",
                table: "cadre_yearly_grades",
                columns: new[] { "CadreId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cadre_family_members");

            migrationBuilder.DropTable(
                name: "cadre_lrmx_profiles");

            migrationBuilder.DropTable(
                name: "cadre_photos");

            migrationBuilder.DropTable(
                name: "cadre_resume_entries");

            migrationBuilder.DropTable(
                name: "cadre_yearly_grades");
        }
    }
}
