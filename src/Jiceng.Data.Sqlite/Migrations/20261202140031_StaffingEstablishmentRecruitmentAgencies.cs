using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiceng.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StaffingEstablishmentRecruitmentAgencies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dispatched_agencies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TownshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispatched_agencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dispatched_agencies_org_units_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_dispatched_agencies_org_units_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "establishment_quotas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Approved = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Document = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_establishment_quotas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_establishment_quotas_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "recruitment_positions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hires = table.Column<int>(type: "INTEGER", nullable: false),
                    ExamRatio = table.Column<int>(type: "INTEGER", nullable: false),
                    AnyMajor = table.Column<bool>(type: "INTEGER", nullable: false),
                    RelaxedEducation = table.Column<bool>(type: "INTEGER", nullable: false),
                    RelaxedAge = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recruitment_positions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_recruitment_positions_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agency_head_events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    CadreId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpinionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Opinion = table.Column<int>(type: "INTEGER", nullable: true),
                    OpinionText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agency_head_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agency_head_events_cadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "cadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agency_head_events_dispatched_agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "dispatched_agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agency_head_events_AgencyId_Date",
                table: "agency_head_events",
                columns: new[] { "AgencyId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_agency_head_events_CadreId",
                table: "agency_head_events",
                column: "CadreId");

            migrationBuilder.CreateIndex(
                name: "IX_dispatched_agencies_DepartmentId",
                table: "dispatched_agencies",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_dispatched_agencies_TownshipId",
                table: "dispatched_agencies",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_establishment_quotas_OrgUnitId_Kind_From",
                table: "establishment_quotas",
                columns: new[] { "OrgUnitId", "Kind", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_recruitment_positions_OrgUnitId",
                table: "recruitment_positions",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_recruitment_positions_Year_OrgUnitId",
                table: "recruitment_positions",
                columns: new[] { "Year", "OrgUnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agency_head_events");

            migrationBuilder.DropTable(
                name: "establishment_quotas");

            migrationBuilder.DropTable(
                name: "recruitment_positions");

            migrationBuilder.DropTable(
                name: "dispatched_agencies");
        }
    }
}
