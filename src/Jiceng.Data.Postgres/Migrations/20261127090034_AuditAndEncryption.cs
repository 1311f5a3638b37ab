using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiceng.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditAndEncryption : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cadres_IdNumber",
                table: "cadres");

            migrationBuilder.AlterColumn<string>(
                name: "IdNumber",
                table: "cadres",
                type: "character varying(96)",
                maxLength: 96,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(18)",
                oldMaxLength: 18);

            migrationBuilder.AddColumn<string>(
                name: "IdNumberIndex",
                table: "cadres",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "audit_chain",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    AnchorId = table.Column<long>(type: "bigint", nullable: false),
                    AnchorHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LastId = table.Column<long>(type: "bigint", nullable: false),
                    LastHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Appends = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_chain", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    roles = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    org_unit_id = table.Column<int>(type: "integer", nullable: true),
                    client_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    record_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    record_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    details = table.Column<string>(type: "text", nullable: false),
                    prev_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.id);
                });

            migrationBuilder.InsertData(
                table: "audit_chain",
                columns: new[] { "Id", "AnchorHash", "AnchorId", "Appends", "LastHash", "LastId" },
                values: new object[] { 1, "0000000000000000000000000000000000000000000000000000000000000000", 0L, 0L, "0000000000000000000000000000000000000000000000000000000000000000", 0L });

            migrationBuilder.CreateIndex(
                name: "IX_cadres_IdNumberIndex",
                table: "cadres",
                column: "IdNumberIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_at",
                table: "audit_entries",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_user_name_at",
                table: "audit_entries",
                columns: new[] { "user_name", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_chain");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropIndex(
                name: "IX_cadres_IdNumberIndex",
                table: "cadres");

            migrationBuilder.DropColumn(
                name: "IdNumberIndex",
                table: "cadres");

            migrationBuilder.AlterColumn<string>(
                name: "IdNumber",
                table: "cadres",
                type: "character varying(18)",
                maxLength: 18,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(96)",
                oldMaxLength: 96);

            migrationBuilder.CreateIndex(
                name: "IX_cadres_IdNumber",
                table: "cadres",
                column: "IdNumber",
                unique: true);
        }
    }
}
