using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jiceng.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class M08Care : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "collective_incomes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VillageId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    OperatingIncomeYuan = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    NewRecurringIncomeYuan = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collective_incomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_collective_incomes_org_units_VillageId",
                        column: x => x.VillageId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "collective_reward_payments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VillageId = table.Column<int>(type: "integer", nullable: false),
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Weight = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    AmountYuan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collective_reward_payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_collective_reward_payments_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_collective_reward_payments_org_units_VillageId",
                        column: x => x.VillageId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "fallen_cadres",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    DiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Circumstances = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fallen_cadres", x => x.Id);
                    table.ForeignKey(
                        name: "FK_fallen_cadres_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "township_facilities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TownshipId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_township_facilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_township_facilities_org_units_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "turnover_housing_units",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TownshipId = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    AreaM2 = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_turnover_housing_units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_turnover_housing_units_org_units_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "village_cadre_insurances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    VillageId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Insurer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PolicyNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    ContributionYuan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    SubsidyYuan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_village_cadre_insurances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_village_cadre_insurances_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_village_cadre_insurances_org_units_VillageId",
                        column: x => x.VillageId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "fallen_cadre_family_members",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FallenCadreId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Relation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fallen_cadre_family_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_fallen_cadre_family_members_fallen_cadres_FallenCadreId",
                        column: x => x.FallenCadreId,
                        principalTable: "fallen_cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "family_care_visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FallenCadreId = table.Column<int>(type: "integer", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Visitor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_family_care_visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_family_care_visits_fallen_cadres_FallenCadreId",
                        column: x => x.FallenCadreId,
                        principalTable: "fallen_cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "turnover_housing_occupancies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HousingUnitId = table.Column<int>(type: "integer", nullable: false),
                    CadreId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_turnover_housing_occupancies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_turnover_housing_occupancies_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_turnover_housing_occupancies_turnover_housing_units_Housing~",
                        column: x => x.HousingUnitId,
                        principalTable: "turnover_housing_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_collective_incomes_VillageId_Year",
                table: "collective_incomes",
                columns: new[] { "VillageId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_collective_reward_payments_CadreId",
                table: "collective_reward_payments",
                column: "CadreId");

            migrationBuilder.CreateIndex(
                name: "IX_collective_reward_payments_VillageId",
                table: "collective_reward_payments",
                column: "VillageId");

            migrationBuilder.CreateIndex(
                name: "IX_collective_reward_payments_Year_VillageId",
                table: "collective_reward_payments",
                columns: new[] { "Year", "VillageId" });

            migrationBuilder.CreateIndex(
                name: "IX_fallen_cadre_family_members_FallenCadreId",
                table: "fallen_cadre_family_members",
                column: "FallenCadreId");

            migrationBuilder.CreateIndex(
                name: "IX_fallen_cadres_CadreId",
                table: "fallen_cadres",
                column: "CadreId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_family_care_visits_FallenCadreId_VisitedOn",
                table: "family_care_visits",
                columns: new[] { "FallenCadreId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_township_facilities_TownshipId_Kind",
                table: "township_facilities",
                columns: new[] { "TownshipId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_turnover_housing_occupancies_CadreId",
                table: "turnover_housing_occupancies",
                column: "CadreId");

            migrationBuilder.CreateIndex(
                name: "IX_turnover_housing_occupancies_HousingUnitId_From",
                table: "turnover_housing_occupancies",
                columns: new[] { "HousingUnitId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_turnover_housing_units_TownshipId_Label",
                table: "turnover_housing_units",
                columns: new[] { "TownshipId", "Label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_village_cadre_insurances_CadreId_Kind_From",
                table: "village_cadre_insurances",
                columns: new[] { "CadreId", "Kind", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_village_cadre_insurances_VillageId_Kind",
                table: "village_cadre_insurances",
                columns: new[] { "VillageId", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "collective_incomes");

            migrationBuilder.DropTable(
                name: "collective_reward_payments");

            migrationBuilder.DropTable(
                name: "fallen_cadre_family_members");

            migrationBuilder.DropTable(
                name: "family_care_visits");

            migrationBuilder.DropTable(
                name: "township_facilities");

            migrationBuilder.DropTable(
                name: "turnover_housing_occupancies");

            migrationBuilder.DropTable(
                name: "village_cadre_insurances");

            migrationBuilder.DropTable(
                name: "fallen_cadres");

            migrationBuilder.DropTable(
                name: "turnover_housing_units");
        }
    }
}
