using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.Analysis.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class I15OverviewReadsNoJson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PeerPartScores_FiscalYear_Kind_Code",
                table: "PeerPartScores");

            migrationBuilder.CreateIndex(
                name: "IX_PeerPartScores_FiscalYear_Kind_OrganisationCode_Code_Indicator_Score",
                table: "PeerPartScores",
                columns: new[] { "FiscalYear", "Kind", "OrganisationCode", "Code", "Indicator", "Score" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PeerPartScores_FiscalYear_Kind_OrganisationCode_Code_Indicator_Score",
                table: "PeerPartScores");

            migrationBuilder.CreateIndex(
                name: "IX_PeerPartScores_FiscalYear_Kind_Code",
                table: "PeerPartScores",
                columns: new[] { "FiscalYear", "Kind", "Code" });
        }
    }
}
