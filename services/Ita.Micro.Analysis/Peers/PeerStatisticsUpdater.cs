using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.Analysis.Peers;

/// <summary>
/// Folds one newly analysed revision into the peer statistics of its year, in the caller's unit of work (nothing is
/// saved here): the organisation's <see cref="PeerScore"/> is replaced, and every aggregate it is counted in loses its
/// previous contribution and gains the new one. An event touches at most 3 scopes × 11 measures of aggregates (5
/// scopes when the organisation's province or type changed), whatever the number of organisations.
/// </summary>
public static class PeerStatisticsUpdater
{
    public static async Task ApplyAsync(AnalysisDbContext db, AssessmentAnalysed analysed, CancellationToken cancellationToken)
    {
        var year = analysed.FiscalYear;
        var code = analysed.Organisation.Code;
        var current = await db.PeerScores.FindAsync([year, code], cancellationToken);
        // The consumer only passes a newer revision; this keeps an older one from ever replacing it regardless.
        if (current is not null && current.Revision >= analysed.Revision) return;

        var next = new PeerScore
        {
            FiscalYear = year,
            OrganisationCode = code,
            Revision = analysed.Revision,
            Province = analysed.Organisation.Province,
            OrganisationType = analysed.Organisation.Type,
            Total = PeerScore.ToHundredths(analysed.Total),
        };
        // Only indicators 1 to 10 exist in the code books; anything else has no column and no peers to compare with.
        foreach (var indicator in analysed.Indicators.Where(i => i.Indicator is >= 1 and < PeerScore.Measures))
            next.Set(indicator.Indicator, PeerScore.ToHundredths(indicator.Score));

        var aggregates = await LoadAggregatesAsync(db, current, next, cancellationToken);
        for (var measure = 0; measure < PeerScore.Measures; measure++)
        {
            if (current?.Get(measure) is { } before)
                foreach (var (scope, key) in ScopesOf(current))
                    aggregates[(scope, key, measure)].Remove(before);
            if (next.Get(measure) is { } after)
                foreach (var (scope, key) in ScopesOf(next))
                    Find(db, aggregates, year, scope, key, measure).Add(after);
        }

        if (current is null)
        {
            db.PeerScores.Add(next);
            return;
        }
        current.Revision = next.Revision;
        current.Province = next.Province;
        current.OrganisationType = next.OrganisationType;
        for (var measure = 0; measure < PeerScore.Measures; measure++) current.Set(measure, next.Get(measure));
        current.Version++;
    }

    internal static IEnumerable<(string Scope, string Key)> ScopesOf(PeerScore score) =>
    [
        (PeerScope.National, ""),
        (PeerScope.Province, score.Province),
        (PeerScope.Type, score.OrganisationType),
    ];

    /// <summary>The aggregates of the scopes the organisation was and will be in, by (scope, key, measure).</summary>
    private static async Task<Dictionary<(string, string, int), PeerAggregate>> LoadAggregatesAsync(
        AnalysisDbContext db, PeerScore? current, PeerScore next, CancellationToken cancellationToken)
    {
        var provinces = new[] { next.Province, current?.Province ?? next.Province }.Distinct().ToList();
        var types = new[] { next.OrganisationType, current?.OrganisationType ?? next.OrganisationType }.Distinct().ToList();
        var rows = await db.PeerAggregates
            .Where(a => a.FiscalYear == next.FiscalYear &&
                        (a.Scope == PeerScope.National ||
                         (a.Scope == PeerScope.Province && provinces.Contains(a.ScopeKey)) ||
                         (a.Scope == PeerScope.Type && types.Contains(a.ScopeKey))))
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(a => (a.Scope, a.ScopeKey, a.Measure));
    }

    /// <summary>The aggregate, created (and counted from zero) the first time a scope has a score for the measure.</summary>
    private static PeerAggregate Find(
        AnalysisDbContext db, Dictionary<(string, string, int), PeerAggregate> aggregates, int year, string scope, string key, int measure)
    {
        if (aggregates.TryGetValue((scope, key, measure), out var aggregate)) return aggregate;
        aggregate = new PeerAggregate { FiscalYear = year, Scope = scope, ScopeKey = key, Measure = measure };
        db.PeerAggregates.Add(aggregate);
        aggregates.Add((scope, key, measure), aggregate);
        return aggregate;
    }
}
