using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.Analysis.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I15OverviewReadsNoJson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite keeps a row's columns in order and moves what does not fit a page to overflow pages, so with the
            // stored JSON (tens of kB) in the middle, every read of Revision, Total or District walked the JSON's
            // overflow chain: the nation's table and overview read ~1.5 GB to sort 7,852 totals. The table is
            // rebuilt with the JSON last (EF has no operation for column order; SQL Server keeps such values off the
            // row already). A test checks that ResultJson stays the last column.
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_Analyses" (
                    "Id" TEXT NOT NULL CONSTRAINT "PK_Analyses" PRIMARY KEY,
                    "AnalysedAtUtc" TEXT NOT NULL,
                    "AssessmentRevision" INTEGER NOT NULL,
                    "ComputedRating" TEXT NULL,
                    "FiscalYear" INTEGER NOT NULL,
                    "OrganisationCode" TEXT NOT NULL,
                    "OrganisationName" TEXT NOT NULL,
                    "OrganisationType" TEXT NOT NULL,
                    "Passed" INTEGER NOT NULL,
                    "Province" TEXT NOT NULL,
                    "PublishedRating" TEXT NULL,
                    "Rating" TEXT NULL,
                    "RatingSource" TEXT NOT NULL,
                    "Revision" INTEGER NOT NULL,
                    "Total" TEXT NOT NULL,
                    "District" TEXT NULL,
                    "ResultJson" TEXT NOT NULL);
                INSERT INTO "ef_temp_Analyses" ("Id", "AnalysedAtUtc", "AssessmentRevision", "ComputedRating", "FiscalYear",
                    "OrganisationCode", "OrganisationName", "OrganisationType", "Passed", "Province", "PublishedRating", "Rating",
                    "RatingSource", "Revision", "Total", "District", "ResultJson")
                SELECT "Id", "AnalysedAtUtc", "AssessmentRevision", "ComputedRating", "FiscalYear",
                    "OrganisationCode", "OrganisationName", "OrganisationType", "Passed", "Province", "PublishedRating", "Rating",
                    "RatingSource", "Revision", "Total", "District", "ResultJson" FROM "Analyses";
                DROP TABLE "Analyses";
                ALTER TABLE "ef_temp_Analyses" RENAME TO "Analyses";
                CREATE UNIQUE INDEX "IX_Analyses_OrganisationCode_FiscalYear_Revision" ON "Analyses" ("OrganisationCode", "FiscalYear", "Revision");
                CREATE INDEX "IX_Analyses_FiscalYear_Province" ON "Analyses" ("FiscalYear", "Province");
                """);

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
