using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.Analysis.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class I15DistrictAndPartScores : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "District",
                table: "Analyses",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PeerPartScores",
                columns: table => new
                {
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    OrganisationCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Indicator = table.Column<int>(type: "int", nullable: false),
                    Score = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerPartScores", x => new { x.FiscalYear, x.OrganisationCode, x.Kind, x.Code });
                });

            // Analyses stored before: the district and the tool and item scores are in each stored analysis's JSON
            // (the AssessmentAnalysed event, camelCase); the counted revision of an organisation-year is its PeerScore's.
            migrationBuilder.Sql("""
                UPDATE Analyses SET District = NULLIF(LTRIM(RTRIM(JSON_VALUE(ResultJson, '$.organisation.district'))), '');
                """);
            migrationBuilder.Sql("""
                INSERT INTO PeerPartScores (FiscalYear, OrganisationCode, Kind, Code, Indicator, Score)
                SELECT a.FiscalYear, a.OrganisationCode, 'tool', t.Code, 0, MAX(CAST(ROUND(t.Score * 100, 0) AS int))
                FROM Analyses a
                JOIN PeerScores p ON p.FiscalYear = a.FiscalYear AND p.OrganisationCode = a.OrganisationCode AND p.Revision = a.Revision
                CROSS APPLY OPENJSON(a.ResultJson, '$.tools') WITH (Code nvarchar(20) '$.tool', Score decimal(9, 4) '$.score') t
                WHERE t.Code IS NOT NULL AND t.Score IS NOT NULL
                GROUP BY a.FiscalYear, a.OrganisationCode, t.Code;
                INSERT INTO PeerPartScores (FiscalYear, OrganisationCode, Kind, Code, Indicator, Score)
                SELECT a.FiscalYear, a.OrganisationCode, 'item', i.Code, MAX(COALESCE(i.Indicator, 0)), MAX(CAST(ROUND(i.Score * 100, 0) AS int))
                FROM Analyses a
                JOIN PeerScores p ON p.FiscalYear = a.FiscalYear AND p.OrganisationCode = a.OrganisationCode AND p.Revision = a.Revision
                CROSS APPLY OPENJSON(a.ResultJson, '$.items') WITH (Code nvarchar(20) '$.code', Indicator int '$.indicator', Score decimal(9, 4) '$.score') i
                WHERE i.Code IS NOT NULL AND i.Score IS NOT NULL
                GROUP BY a.FiscalYear, a.OrganisationCode, i.Code;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_PeerPartScores_FiscalYear_Kind_Code",
                table: "PeerPartScores",
                columns: new[] { "FiscalYear", "Kind", "Code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PeerPartScores");

            migrationBuilder.DropColumn(
                name: "District",
                table: "Analyses");
        }
    }
}
