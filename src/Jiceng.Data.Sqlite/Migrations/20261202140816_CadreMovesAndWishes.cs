using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiceng.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CadreMovesAndWishes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cadre_moves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CadreId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromOrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToOrgUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    ExternalDestination = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Direction = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cadre_moves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cadre_moves_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_cadre_moves_org_units_FromOrgUnitId",
                        column: x => x.FromOrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_cadre_moves_org_units_ToOrgUnitId",
                        column: x => x.ToOrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "transfer_wishes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CadreId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Destination = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfer_wishes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_transfer_wishes_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cadre_moves_CadreId_EffectiveOn",
                table: "cadre_moves",
                columns: new[] { "CadreId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_cadre_moves_EffectiveOn_Direction",
                table: "cadre_moves",
                columns: new[] { "EffectiveOn", "Direction" });

            migrationBuilder.CreateIndex(
                name: "IX_cadre_moves_FromOrgUnitId",
                table: "cadre_moves",
                column: "FromOrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_cadre_moves_ToOrgUnitId",
                table: "cadre_moves",
                column: "ToOrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_wishes_CadreId_RegisteredOn",
                table: "transfer_wishes",
                columns: new[] { "CadreId", "RegisteredOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cadre_moves");

            migrationBuilder.DropTable(
                name: "transfer_wishes");
        }
    }
}
