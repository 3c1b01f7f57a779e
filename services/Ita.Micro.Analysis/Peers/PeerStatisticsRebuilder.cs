using System.Text.Json;
using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.Analysis.Peers;

/// <summary>
/// Makes a year's peer scores and aggregates again from the stored analyses (the latest revision of each
/// organisation-year, under the organisation's current name, province and type): for analyses stored before the
/// aggregates existed, or after a repair. It starts from nothing each time, so running it twice gives the same figures.
/// </summary>
public static class PeerStatisticsRebuilder
{
    /// <summary>Analyses folded per round trip: a national year is about 7,850.</summary>
    private const int Chunk = 500;

    /// <returns>The organisations counted in each year rebuilt.</returns>
    public static async Task<IReadOnlyList<RebuiltYear>> RebuildAsync(
        AnalysisDbContext db,
        int? fiscalYear,
        CancellationToken cancellationToken
    )
    {
        List<int> years = fiscalYear is { } only
            ? [only]
            : await db.Analyses.Select(a => a.FiscalYear).Distinct().OrderBy(y => y).ToListAsync(cancellationToken);
        var rebuilt = new List<RebuiltYear>();
        foreach (var year in years)
        {
            // One transaction per year, so readers see the old figures or the new ones, never a year half counted;
            // through the execution strategy, which SQL Server's retry on failure requires of a transaction.
            var count = await db
                .Database.CreateExecutionStrategy()
                .ExecuteAsync(ct => RebuildYearAsync(db, year, ct), cancellationToken);
            rebuilt.Add(new RebuiltYear(year, count));
        }
        return rebuilt;
    }

    private static async Task<int> RebuildYearAsync(AnalysisDbContext db, int year, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.PeerScores.Where(s => s.FiscalYear == year).ExecuteDeleteAsync(cancellationToken);
        await db.PeerAggregates.Where(a => a.FiscalYear == year).ExecuteDeleteAsync(cancellationToken);
        await db.PeerPartScores.Where(t => t.FiscalYear == year).ExecuteDeleteAsync(cancellationToken);
        await db.PeerPartAggregates.Where(t => t.FiscalYear == year).ExecuteDeleteAsync(cancellationToken);
        var latest = db
            .Analyses.AsNoTracking()
            .Where(a =>
                a.FiscalYear == year
                && !db.Analyses.Any(b =>
                    b.OrganisationCode == a.OrganisationCode && b.FiscalYear == a.FiscalYear && b.Revision > a.Revision
                )
            );
        var codes = await latest
            .OrderBy(a => a.OrganisationCode)
            .Select(a => a.OrganisationCode)
            .ToListAsync(cancellationToken);
        foreach (var chunk in codes.Chunk(Chunk))
        {
            var rows = await latest
                .Where(a => chunk.Contains(a.OrganisationCode))
                .OrderBy(a => a.OrganisationCode)
                .Select(a => new
                {
                    a.OrganisationName,
                    a.Province,
                    a.OrganisationType,
                    a.ResultJson,
                })
                .ToListAsync(cancellationToken);
            var analyses = rows.Select(r =>
                {
                    var analysed = JsonSerializer.Deserialize<AssessmentAnalysed>(
                        r.ResultJson,
                        JsonSerializerOptions.Web
                    )!;
                    // The stored row follows the registry; the analysis keeps the organisation as it was then.
                    return analysed with
                    {
                        Organisation = analysed.Organisation with
                        {
                            Name = r.OrganisationName,
                            Province = r.Province,
                            Type = r.OrganisationType,
                        },
                    };
                })
                .ToList();
            await PeerStatisticsUpdater.ApplyAsync(db, analyses, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return codes.Count;
    }
}
