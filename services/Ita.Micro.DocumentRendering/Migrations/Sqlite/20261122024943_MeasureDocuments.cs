using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.DocumentRendering.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 120,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "OrganisationYears",
                columns: table => new
                {
                    OrganisationCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Province = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AnalysisRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    IndicatorsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Plan = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SixMonthReport = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwelveMonthReport = table.Column<bool>(type: "INTEGER", nullable: false)
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
