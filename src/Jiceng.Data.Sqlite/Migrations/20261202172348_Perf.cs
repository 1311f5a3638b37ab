using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiceng.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Perf : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_post_assignments_Kind_Start",
                table: "post_assignments",
                columns: new[] { "Kind", "Start" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_post_assignments_Kind_Start",
                table: "post_assignments");
        }
    }
}
