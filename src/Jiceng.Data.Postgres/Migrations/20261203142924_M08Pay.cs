using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jiceng.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class M08Pay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "annual_leaves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    TakenDays = table.Column<int>(type: "integer", nullable: false),
                    MonthlyWageYuan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    CompensatedDays = table.Column<int>(type: "integer", nullable: false),
                    CompensationYuan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    CompensatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_leaves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_annual_leaves_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cross_region_postings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: true),
                    HomePlace = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Document = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cross_region_postings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cross_region_postings_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_payments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    Subsidy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    EligibleFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    EligibleTo = table.Column<DateOnly>(type: "date", nullable: true),
                    AmountYuan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subsidy_payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subsidy_payments_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "home_trip_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PostingId = table.Column<int>(type: "integer", nullable: false),
                    TripDate = table.Column<DateOnly>(type: "date", nullable: false),
                    AmountYuan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Reimbursed = table.Column<bool>(type: "boolean", nullable: false),
                    FailedTest = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_home_trip_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_home_trip_claims_cross_region_postings_PostingId",
                        column: x => x.PostingId,
                        principalTable: "cross_region_postings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_annual_leaves_CadreId_Year",
                table: "annual_leaves",
                columns: new[] { "CadreId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_annual_leaves_Year",
                table: "annual_leaves",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_cross_region_postings_CadreId_Start",
                table: "cross_region_postings",
                columns: new[] { "CadreId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_home_trip_claims_PostingId_TripDate",
                table: "home_trip_claims",
                columns: new[] { "PostingId", "TripDate" });

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_payments_CadreId_Subsidy_Month",
                table: "subsidy_payments",
                columns: new[] { "CadreId", "Subsidy", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_payments_Month",
                table: "subsidy_payments",
                column: "Month");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "annual_leaves");

            migrationBuilder.DropTable(
                name: "home_trip_claims");

            migrationBuilder.DropTable(
                name: "subsidy_payments");

            migrationBuilder.DropTable(
                name: "cross_region_postings");
        }
    }
}
