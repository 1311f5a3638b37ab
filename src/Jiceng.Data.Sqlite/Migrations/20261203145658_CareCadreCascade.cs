using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiceng.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CareCadreCascade : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_collective_reward_payments_cadres_CadreId",
                table: "collective_reward_payments");

            migrationBuilder.DropForeignKey(
                name: "FK_fallen_cadres_cadres_CadreId",
                table: "fallen_cadres");

            migrationBuilder.DropForeignKey(
                name: "FK_turnover_housing_occupancies_cadres_CadreId",
                table: "turnover_housing_occupancies");

            migrationBuilder.DropForeignKey(
                name: "FK_village_cadre_insurances_cadres_CadreId",
                table: "village_cadre_insurances");

            migrationBuilder.AddForeignKey(
                name: "FK_collective_reward_payments_cadres_CadreId",
                table: "collective_reward_payments",
                column: "CadreId",
                principalTable: "cadres",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_fallen_cadres_cadres_CadreId",
                table: "fallen_cadres",
                column: "CadreId",
                principalTable: "cadres",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_turnover_housing_occupancies_cadres_CadreId",
                table: "turnover_housing_occupancies",
                column: "CadreId",
                principalTable: "cadres",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_village_cadre_insurances_cadres_CadreId",
                table: "village_cadre_insurances",
                column: "CadreId",
                principalTable: "cadres",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_collective_reward_payments_cadres_CadreId",
                table: "collective_reward_payments");

            migrationBuilder.DropForeignKey(
                name: "FK_fallen_cadres_cadres_CadreId",
                table: "fallen_cadres");

            migrationBuilder.DropForeignKey(
                name: "FK_turnover_housing_occupancies_cadres_CadreId",
                table: "turnover_housing_occupancies");

            migrationBuilder.DropForeignKey(
                name: "FK_village_cadre_insurances_cadres_CadreId",
                table: "village_cadre_insurances");

            migrationBuilder.AddForeignKey(
                name: "FK_collective_reward_payments_cadres_CadreId",
                table: "collective_reward_payments",
                column: "CadreId",
                principalTable: "cadres",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_fallen_cadres_cadres_CadreId",
                table: "fallen_cadres",
                column: "CadreId",
                principalTable: "cadres",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_turnover_housing_occupancies_cadres_CadreId",
                table: "turnover_housing_occupancies",
                column: "CadreId",
                principalTable: "cadres",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_village_cadre_insurances_cadres_CadreId",
                table: "village_cadre_insurances",
                column: "CadreId",
                principalTable: "cadres",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
