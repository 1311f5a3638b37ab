using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiceng.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class M06Burden : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "burden_counts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_burden_counts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_burden_counts_org_units_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_burden_counts_org_units_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inspection_plan_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_plan_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspection_plan_items_org_units_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "responsibility_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_responsibility_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_responsibility_items_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inspections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlanItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspections_inspection_plan_items_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "inspection_plan_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_inspections_org_units_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_inspections_org_units_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assigned_tasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResponsibilityItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    FundingYuan = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    FundingSource = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assigned_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assigned_tasks_org_units_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assigned_tasks_org_units_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assigned_tasks_responsibility_items_ResponsibilityItemId",
                        column: x => x.ResponsibilityItemId,
                        principalTable: "responsibility_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "burden_reports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InspectionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_burden_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_burden_reports_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_burden_reports_org_units_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_burden_reports_org_units_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assigned_tasks_AssignedOn",
                table: "assigned_tasks",
                column: "AssignedOn");

            migrationBuilder.CreateIndex(
                name: "IX_assigned_tasks_DepartmentId_AssignedOn",
                table: "assigned_tasks",
                columns: new[] { "DepartmentId", "AssignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_assigned_tasks_ResponsibilityItemId",
                table: "assigned_tasks",
                column: "ResponsibilityItemId");

            migrationBuilder.CreateIndex(
                name: "IX_assigned_tasks_TownshipId_AssignedOn",
                table: "assigned_tasks",
                columns: new[] { "TownshipId", "AssignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_burden_counts_DepartmentId",
                table: "burden_counts",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_burden_counts_TownshipId_Year_Kind_DepartmentId",
                table: "burden_counts",
                columns: new[] { "TownshipId", "Year", "Kind", "DepartmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_burden_counts_Year_Kind",
                table: "burden_counts",
                columns: new[] { "Year", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_burden_reports_DepartmentId",
                table: "burden_reports",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_burden_reports_InspectionId",
                table: "burden_reports",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_burden_reports_Status_OccurredOn",
                table: "burden_reports",
                columns: new[] { "Status", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_burden_reports_TownshipId_OccurredOn",
                table: "burden_reports",
                columns: new[] { "TownshipId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_plan_items_DepartmentId",
                table: "inspection_plan_items",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_plan_items_Year_DepartmentId",
                table: "inspection_plan_items",
                columns: new[] { "Year", "DepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_DepartmentId_HeldOn",
                table: "inspections",
                columns: new[] { "DepartmentId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_HeldOn",
                table: "inspections",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_PlanItemId",
                table: "inspections",
                column: "PlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_TownshipId_HeldOn",
                table: "inspections",
                columns: new[] { "TownshipId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_responsibility_items_OrgUnitId_Year",
                table: "responsibility_items",
                columns: new[] { "OrgUnitId", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assigned_tasks");

            migrationBuilder.DropTable(
                name: "burden_counts");

            migrationBuilder.DropTable(
                name: "burden_reports");

            migrationBuilder.DropTable(
                name: "responsibility_items");

            migrationBuilder.DropTable(
                name: "inspections");

            migrationBuilder.DropTable(
                name: "inspection_plan_items");
        }
    }
}
