using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.MeasureTracking.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class I15OversightCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Measures_PlanId",
                table: "Measures");

            migrationBuilder.CreateIndex(
                name: "IX_Measures_PlanId_Status_PeriodEnd",
                table: "Measures",
                columns: new[] { "PlanId", "Status", "PeriodEnd" })
                .Annotation("SqlServer:Include", new[] { "Indicators", "ItemConcepts" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Measures_PlanId_Status_PeriodEnd",
                table: "Measures");

            migrationBuilder.CreateIndex(
                name: "IX_Measures_PlanId",
                table: "Measures",
                column: "PlanId");
        }
    }
}
