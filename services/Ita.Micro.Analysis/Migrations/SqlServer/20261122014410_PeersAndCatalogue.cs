using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.Analysis.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PeersAndCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CatalogueVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Json = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PeerAggregates",
                columns: table => new
                {
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Scope = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    ScopeKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Measure = table.Column<int>(type: "int", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false),
                    Sum = table.Column<long>(type: "bigint", nullable: false),
                    Histogram = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerAggregates", x => new { x.FiscalYear, x.Scope, x.ScopeKey, x.Measure });
                });

            migrationBuilder.CreateTable(
                name: "PeerScores",
                columns: table => new
                {
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    OrganisationCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false),
                    Province = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    OrganisationType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Total = table.Column<int>(type: "int", nullable: true),
                    Indicator1 = table.Column<int>(type: "int", nullable: true),
                    Indicator2 = table.Column<int>(type: "int", nullable: true),
                    Indicator3 = table.Column<int>(type: "int", nullable: true),
                    Indicator4 = table.Column<int>(type: "int", nullable: true),
                    Indicator5 = table.Column<int>(type: "int", nullable: true),
                    Indicator6 = table.Column<int>(type: "int", nullable: true),
                    Indicator7 = table.Column<int>(type: "int", nullable: true),
                    Indicator8 = table.Column<int>(type: "int", nullable: true),
                    Indicator9 = table.Column<int>(type: "int", nullable: true),
                    Indicator10 = table.Column<int>(type: "int", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerScores", x => new { x.FiscalYear, x.OrganisationCode });
                });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueVersions_Version",
                table: "CatalogueVersions",
                column: "Version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PeerScores_FiscalYear_OrganisationType",
                table: "PeerScores",
                columns: new[] { "FiscalYear", "OrganisationType" });

            migrationBuilder.CreateIndex(
                name: "IX_PeerScores_FiscalYear_Province",
                table: "PeerScores",
                columns: new[] { "FiscalYear", "Province" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatalogueVersions");

            migrationBuilder.DropTable(
                name: "PeerAggregates");

            migrationBuilder.DropTable(
                name: "PeerScores");
        }
    }
}
