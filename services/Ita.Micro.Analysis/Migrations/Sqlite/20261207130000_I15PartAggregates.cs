using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.Analysis.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I15PartAggregates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PeerPartScores_FiscalYear_Kind_OrganisationCode_Code_Indicator_Score",
                table: "PeerPartScores");

            migrationBuilder.CreateTable(
                name: "PeerPartAggregates",
                columns: table => new
                {
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ScopeKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Indicator = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Sum = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerPartAggregates", x => new { x.FiscalYear, x.Scope, x.ScopeKey, x.Kind, x.Code });
                });

            // The sums of the part scores already held: the nation's, and each province's as its peer scores place
            // the organisations now.
            migrationBuilder.Sql("""
                INSERT INTO PeerPartAggregates (FiscalYear, Scope, ScopeKey, Kind, Code, Indicator, Count, Sum, Version)
                SELECT p.FiscalYear, 'national', '', p.Kind, p.Code, MAX(p.Indicator), COUNT(*), SUM(CAST(p.Score AS BIGINT)), 1
                FROM PeerPartScores p
                GROUP BY p.FiscalYear, p.Kind, p.Code;
                INSERT INTO PeerPartAggregates (FiscalYear, Scope, ScopeKey, Kind, Code, Indicator, Count, Sum, Version)
                SELECT p.FiscalYear, 'province', s.Province, p.Kind, p.Code, MAX(p.Indicator), COUNT(*), SUM(CAST(p.Score AS BIGINT)), 1
                FROM PeerPartScores p
                JOIN PeerScores s ON s.FiscalYear = p.FiscalYear AND s.OrganisationCode = p.OrganisationCode
                GROUP BY p.FiscalYear, s.Province, p.Kind, p.Code;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PeerPartAggregates");

            migrationBuilder.CreateIndex(
                name: "IX_PeerPartScores_FiscalYear_Kind_OrganisationCode_Code_Indicator_Score",
                table: "PeerPartScores",
                columns: new[] { "FiscalYear", "Kind", "OrganisationCode", "Code", "Indicator", "Score" });
        }
    }
}
