using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.Analysis.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PeerPartScores",
                columns: table => new
                {
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Indicator = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerPartScores", x => new { x.FiscalYear, x.OrganisationCode, x.Kind, x.Code });
                });

            // Analyses stored before: the district and the tool and item scores are in each stored analysis's JSON
            // (the AssessmentAnalysed event, camelCase); the counted revision of an organisation-year is its PeerScore's.
            migrationBuilder.Sql("""
                UPDATE Analyses SET District = NULLIF(TRIM(json_extract(ResultJson, '$.organisation.district')), '');
                INSERT OR IGNORE INTO PeerPartScores (FiscalYear, OrganisationCode, Kind, Code, Indicator, Score)
                SELECT a.FiscalYear, a.OrganisationCode, 'tool', json_extract(t.value, '$.tool'), 0,
                       CAST(ROUND(json_extract(t.value, '$.score') * 100) AS INTEGER)
                FROM Analyses a
                JOIN PeerScores p ON p.FiscalYear = a.FiscalYear AND p.OrganisationCode = a.OrganisationCode AND p.Revision = a.Revision,
                     json_each(a.ResultJson, '$.tools') t
                WHERE json_extract(t.value, '$.tool') IS NOT NULL AND json_extract(t.value, '$.score') IS NOT NULL;
                INSERT OR IGNORE INTO PeerPartScores (FiscalYear, OrganisationCode, Kind, Code, Indicator, Score)
                SELECT a.FiscalYear, a.OrganisationCode, 'item', json_extract(i.value, '$.code'), COALESCE(json_extract(i.value, '$.indicator'), 0),
                       CAST(ROUND(json_extract(i.value, '$.score') * 100) AS INTEGER)
                FROM Analyses a
                JOIN PeerScores p ON p.FiscalYear = a.FiscalYear AND p.OrganisationCode = a.OrganisationCode AND p.Revision = a.Revision,
                     json_each(a.ResultJson, '$.items') i
                WHERE json_extract(i.value, '$.code') IS NOT NULL AND json_extract(i.value, '$.score') IS NOT NULL;
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
