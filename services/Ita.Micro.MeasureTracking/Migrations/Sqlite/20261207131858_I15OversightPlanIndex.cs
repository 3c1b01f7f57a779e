using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.MeasureTracking.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I15OversightPlanIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Measures_PlanId_Status_PeriodEnd_Indicators_ItemConcepts",
                table: "Measures");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_PlanFiscalYear_Province_Status_UrgentFindingCount_UrgentFindingsCovered_Id",
                table: "Plans",
                columns: new[] { "PlanFiscalYear", "Province", "Status", "UrgentFindingCount", "UrgentFindingsCovered", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Measures_PlanId_Status_PeriodEnd",
                table: "Measures",
                columns: new[] { "PlanId", "Status", "PeriodEnd" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Plans_PlanFiscalYear_Province_Status_UrgentFindingCount_UrgentFindingsCovered_Id",
                table: "Plans");

            migrationBuilder.DropIndex(
                name: "IX_Measures_PlanId_Status_PeriodEnd",
                table: "Measures");

            migrationBuilder.CreateIndex(
                name: "IX_Measures_PlanId_Status_PeriodEnd_Indicators_ItemConcepts",
                table: "Measures",
                columns: new[] { "PlanId", "Status", "PeriodEnd", "Indicators", "ItemConcepts" });
        }
    }
}
