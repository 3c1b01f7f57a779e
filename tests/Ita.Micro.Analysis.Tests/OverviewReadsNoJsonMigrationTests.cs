using Ita.Micro.Analysis.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.Analysis.Tests;

/// <summary>
/// I15OverviewReadsNoJson rebuilds the analyses table with the stored JSON as its last column, so that reading a
/// national year's totals, revisions and districts no longer walks every analysis's JSON. Nothing stored may be lost
/// on the way, and the table must keep its uniqueness.
/// </summary>
public sealed class OverviewReadsNoJsonMigrationTests : IDisposable
{
    private readonly MigratedDatabaseFile<AnalysisDbContext> _file = new(options => new AnalysisDbContext(options));

    [Fact]
    public async Task The_analyses_keep_every_value_and_their_uniqueness_and_the_json_comes_last()
    {
        await using var db = _file.Open();
        await MigratedDatabaseFile<AnalysisDbContext>.MigrateToJustBeforeAsync(db, "I15OverviewReadsNoJson");
        var json = "{\"padding\":\"" + new string('ก', 20_000) + "\"}";
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO Analyses (Id, OrganisationCode, OrganisationName, Province, District, OrganisationType, FiscalYear, Revision, "
                + "AssessmentRevision, Total, Rating, PublishedRating, ComputedRating, RatingSource, Passed, ResultJson, AnalysedAtUtc) VALUES "
                + "('2b5e0d3a-1111-4c1e-9d7e-0a1b2c3d4e5f', '6630801', 'ทต.แม่จัน', 'ตาก', 'อุ้มผาง', 'เทศบาลตำบล', 2568, 2, 3, '85.71', 'A', 'A', 'B', "
                + "'Published', 1, {0}, '2026-01-01 00:00:00')",
            json
        );

        await db.Database.MigrateAsync();

        var columns = await db
            .Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info('Analyses')")
            .ToListAsync();
        Assert.Equal("ResultJson", columns[^1]);
        var row = await db.Analyses.AsNoTracking().SingleAsync();
        Assert.Equal(
            ("6630801", "ทต.แม่จัน", "ตาก", "อุ้มผาง", "เทศบาลตำบล", 2568, 2, 3),
            (
                row.OrganisationCode,
                row.OrganisationName,
                row.Province,
                row.District,
                row.OrganisationType,
                row.FiscalYear,
                row.Revision,
                row.AssessmentRevision
            )
        );
        Assert.Equal(
            (85.71m, "A", "A", "B", true, json),
            (row.Total, row.Rating, row.PublishedRating, row.ComputedRating, row.Passed, row.ResultJson)
        );
        Assert.Equal("Published", row.RatingSource.ToString());
        Assert.Equal(new DateTime(2026, 1, 1), row.AnalysedAtUtc);

        var duplicate = await Assert.ThrowsAsync<SqliteException>(() =>
            db.Database.ExecuteSqlRawAsync(
                "INSERT INTO Analyses (Id, OrganisationCode, OrganisationName, Province, OrganisationType, FiscalYear, Revision, AssessmentRevision, "
                    + "Total, RatingSource, Passed, ResultJson, AnalysedAtUtc) SELECT '9c0ffee0-2222-4c1e-9d7e-0a1b2c3d4e5f', OrganisationCode, "
                    + "OrganisationName, Province, OrganisationType, FiscalYear, Revision, 1, Total, RatingSource, Passed, '[]', AnalysedAtUtc FROM Analyses"
            )
        );
        Assert.Contains("UNIQUE", duplicate.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _file.Dispose();
}
