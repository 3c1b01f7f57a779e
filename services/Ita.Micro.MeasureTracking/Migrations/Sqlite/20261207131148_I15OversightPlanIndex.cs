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
            migrationBuilder.CreateIndex(
                name: "IX_Plans_PlanFiscalYear_Province_Status_UrgentFindingCount_UrgentFindingsCovered_Id",
                table: "Plans",
                columns: new[] { "PlanFiscalYear", "Province", "Status", "UrgentFindingCount", "UrgentFindingsCovered", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Plans_PlanFiscalYear_Province_Status_UrgentFindingCount_UrgentFindingsCovered_Id",
                table: "Plans");
        }
    }
}
