using System.Text.Json;
using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.Analysis.Tests;

/// <summary>
/// I15DistrictAndPartScores on a database of analyses stored before it: each analysis gets its district from the
/// stored event, and the counted revision of each organisation-year its tool and item scores, so the dashboards
/// compare tools with the nation and find the weakest items without a rebuild.
/// </summary>
public sealed class DistrictAndPartScoresMigrationTests : IDisposable
{
    private readonly MigratedDatabaseFile<AnalysisDbContext> _file = new(options => new AnalysisDbContext(options));

    [Fact]
    public async Task Analyses_stored_before_get_their_district_and_the_counted_revisions_tool_scores()
    {
        await using var db = _file.Open();
        await MigratedDatabaseFile<AnalysisDbContext>.MigrateToJustBeforeAsync(db, "I15DistrictAndPartScores");
        // Rows as the service stored them then: revision 1 superseded by revision 2, which the peer score counts.
        foreach (var (revision, iit) in new[] { (1, 70.00m), (2, 81.25m) })
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO Analyses (Id, OrganisationCode, OrganisationName, Province, OrganisationType, FiscalYear, Revision, AssessmentRevision, "
                    + "Total, Rating, RatingSource, Passed, ResultJson, AnalysedAtUtc) VALUES ({0}, '6630801', 'ทต.แม่จัน', 'ตาก', 'เทศบาลตำบล', 2568, {1}, 1, "
                    + "'85.71', 'ผ่าน', 'Published', 1, {2}, '2026-01-01 00:00:00')",
                Guid.NewGuid().ToString(),
                revision,
                Json(revision, iit)
            );
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO PeerScores (FiscalYear, OrganisationCode, Revision, Province, OrganisationType, Total, Version) "
                + "VALUES (2568, '6630801', 2, 'ตาก', 'เทศบาลตำบล', 8571, 1)"
        );

        await db.Database.MigrateAsync();

        Assert.Equal(
            ["อุ้มผาง", "อุ้มผาง"],
            await db.Analyses.OrderBy(a => a.Revision).Select(a => a.District).ToListAsync()
        );
        var parts = await db
            .PeerPartScores.OrderBy(p => p.Kind)
            .ThenBy(p => p.Code)
            .Select(p => new
            {
                p.FiscalYear,
                p.OrganisationCode,
                p.Kind,
                p.Code,
                p.Indicator,
                p.Score,
            })
            .ToListAsync();
        Assert.Equal(
            [
                new
                {
                    FiscalYear = 2568,
                    OrganisationCode = "6630801",
                    Kind = "item",
                    Code = "i4",
                    Indicator = 4,
                    Score = 6250,
                },
                new
                {
                    FiscalYear = 2568,
                    OrganisationCode = "6630801",
                    Kind = "tool",
                    Code = "EIT",
                    Indicator = 0,
                    Score = 8571,
                },
                new
                {
                    FiscalYear = 2568,
                    OrganisationCode = "6630801",
                    Kind = "tool",
                    Code = "IIT",
                    Indicator = 0,
                    Score = 8125,
                },
            ],
            parts
        );
    }

    private static string Json(int revision, decimal iit) =>
        JsonSerializer.Serialize(
            new AssessmentAnalysed
            {
                AnalysisId = Guid.NewGuid(),
                Organisation = new OrganisationInfo
                {
                    Code = "6630801",
                    Name = "ทต.แม่จัน",
                    Type = "เทศบาลตำบล",
                    Province = "ตาก",
                    District = " อุ้มผาง ",
                },
                FiscalYear = 2568,
                Revision = revision,
                Total = 85.71m,
                Rating = "ผ่าน",
                Passed = true,
                PassMark = 85m,
                Tools = [new ToolScore { Tool = "IIT", Score = iit }, new ToolScore { Tool = "EIT", Score = 85.71m }],
                Indicators = [],
                Items =
                [
                    new ItemResult
                    {
                        Code = "i4",
                        Label = "ข้อ ๔",
                        Indicator = 4,
                        Score = 62.5m,
                        Classification = FindingClass.Urgent,
                        Reason = "",
                    },
                ],
                AnalysedAtUtc = DateTime.UtcNow,
            },
            ContractJson.Options
        );

    public void Dispose() => _file.Dispose();
}
