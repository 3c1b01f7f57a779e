using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.MeasureTracking.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I15PlanCoverageCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // -1: not counted yet. PlanCoverageBackfill counts such plans at start-up with the same rule as every save.
            migrationBuilder.AddColumn<int>(
                name: "UrgentFindingCount",
                table: "Plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: -1);

            migrationBuilder.AddColumn<int>(
                name: "UrgentFindingsCovered",
                table: "Plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "UrgentFindingCount",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "UrgentFindingsCovered",
                table: "Plans");
        }
    }
}
