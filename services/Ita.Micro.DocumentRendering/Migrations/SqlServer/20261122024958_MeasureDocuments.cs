using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.DocumentRendering.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MeasureDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "Documents",
                type: "nvarchar(120)",
                maxLength: 120,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Documents",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "OrganisationYears",
                columns: table => new
                {
                    OrganisationCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Province = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AnalysisRevision = table.Column<int>(type: "int", nullable: false),
                    Total = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: true),
                    Rating = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Passed = table.Column<bool>(type: "bit", nullable: true),
                    IndicatorsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Plan = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SixMonthReport = table.Column<bool>(type: "bit", nullable: false),
                    TwelveMonthReport = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationYears", x => new { x.OrganisationCode, x.FiscalYear });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Kind_Subject_Version",
                table: "Documents",
                columns: new[] { "Kind", "Subject", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationYears_FiscalYear_Province",
                table: "OrganisationYears",
                columns: new[] { "FiscalYear", "Province" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrganisationYears");

            migrationBuilder.DropIndex(
                name: "IX_Documents_Kind_Subject_Version",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Documents");
        }
    }
}
