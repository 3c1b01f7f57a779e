using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.MeasureTracking.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class I15OversightPlanIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Measures_PlanId_Status_PeriodEnd",
                table: "Measures");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_PlanFiscalYear_Province",
                table: "Plans",
                columns: new[] { "PlanFiscalYear", "Province" })
                .Annotation("SqlServer:Include", new[] { "Status", "UrgentFindingCount", "UrgentFindingsCovered" });

            migrationBuilder.CreateIndex(
                name: "IX_Measures_PlanId_Status_PeriodEnd",
                table: "Measures",
                columns: new[] { "PlanId", "Status", "PeriodEnd" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Plans_PlanFiscalYear_Province",
                table: "Plans");

            migrationBuilder.DropIndex(
                name: "IX_Measures_PlanId_Status_PeriodEnd",
                table: "Measures");

            migrationBuilder.CreateIndex(
                name: "IX_Measures_PlanId_Status_PeriodEnd",
                table: "Measures",
                columns: new[] { "PlanId", "Status", "PeriodEnd" })
                .Annotation("SqlServer:Include", new[] { "Indicators", "ItemConcepts" });
        }
    }
}
