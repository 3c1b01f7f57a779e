using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Analysis.Peers;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.Analysis.Tests;

/// <summary>
/// I15PartAggregates adds the running sums of tools and items the overview reads; the part scores held before it are
/// summed into them, for the nation and for each province as the peer scores place the organisations.
/// </summary>
public sealed class PartAggregatesMigrationTests : IDisposable
{
    private readonly MigratedDatabaseFile<AnalysisDbContext> _file = new(options => new AnalysisDbContext(options));

    [Fact]
    public async Task The_part_scores_held_before_are_summed_per_nation_and_province()
    {
        await using var db = _file.Open();
        await MigratedDatabaseFile<AnalysisDbContext>.MigrateToJustBeforeAsync(db, "I15PartAggregates");
        foreach (
            var (code, province, oit, item) in new[]
            {
                ("6630801", "ตาก", 9000, 5000),
                ("6630802", "ตาก", 8000, 7000),
                ("5500101", "น่าน", 6000, 10000),
            }
        )
        {
            db.PeerScores.Add(
                new PeerScore
                {
                    FiscalYear = 2568,
                    OrganisationCode = code,
                    Revision = 1,
                    Province = province,
                    OrganisationType = "อบต.",
                    Total = 8000,
                }
            );
            db.PeerPartScores.Add(
                new PeerPartScore
                {
                    FiscalYear = 2568,
                    OrganisationCode = code,
                    Kind = PeerPartScore.Tool,
                    Code = "OIT",
                    Score = oit,
                }
            );
            db.PeerPartScores.Add(
                new PeerPartScore
                {
                    FiscalYear = 2568,
                    OrganisationCode = code,
                    Kind = PeerPartScore.Item,
                    Code = "O23",
                    Indicator = 9,
                    Score = item,
                }
            );
        }
        await db.SaveChangesAsync();

        await db.Database.MigrateAsync();

        var sums = (await db.PeerPartAggregates.AsNoTracking().ToListAsync())
            .Select(a => $"{a.Scope} {a.ScopeKey} {a.Kind} {a.Code} {a.Indicator}: {a.Count} {a.Sum}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "national  item O23 9: 3 22000",
                "national  tool OIT 0: 3 23000",
                "province ตาก item O23 9: 2 12000",
                "province ตาก tool OIT 0: 2 17000",
                "province น่าน item O23 9: 1 10000",
                "province น่าน tool OIT 0: 1 6000",
            ],
            sums
        );
    }

    public void Dispose() => _file.Dispose();
}
