using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.Analysis.Peers;

/// <summary>
/// Folds newly analysed revisions into the peer statistics of their years, in the caller's unit of work (nothing is
/// saved here): each organisation's <see cref="PeerScore"/> is replaced, and every aggregate it is counted in loses its
/// previous contribution and gains the new one. An event touches at most 3 scopes × 11 measures of aggregates (5
/// scopes when the organisation's province or type changed), whatever the number of organisations.
/// </summary>
public static class PeerStatisticsUpdater
{
    public static Task ApplyAsync(
        AnalysisDbContext db,
        AssessmentAnalysed analysed,
        CancellationToken cancellationToken
    ) => ApplyAsync(db, [analysed], cancellationToken);

    /// <summary>
    /// Folds several analyses in order, as if applied one by one, with two queries in all: the batch consumer's
    /// whole batch shares one load of peer scores and aggregates instead of two round trips per analysis.
    /// </summary>
    public static async Task ApplyAsync(
        AnalysisDbContext db,
        IReadOnlyList<AssessmentAnalysed> analyses,
        CancellationToken cancellationToken
    )
    {
        if (analyses.Count == 0)
            return;
        var scores = await LoadScoresAsync(db, analyses, cancellationToken);
        var aggregates = await LoadAggregatesAsync(db, analyses, scores.Values, cancellationToken);
        await LoadPartScoresAsync(db, analyses, cancellationToken);
        var parts = await PeerPartAggregates.LoadAsync(
            db,
            [.. analyses.Select(a => a.FiscalYear).Distinct()],
            [.. analyses.Select(a => a.Organisation.Province).Concat(scores.Values.Select(s => s.Province)).Distinct()],
            cancellationToken
        );
        foreach (var analysed in analyses)
            Apply(db, analysed, scores, aggregates, parts);
    }

    private static void Apply(
        AnalysisDbContext db,
        AssessmentAnalysed analysed,
        Dictionary<(int, string), PeerScore> scores,
        Dictionary<(int, string, string, int), PeerAggregate> aggregates,
        PeerPartAggregates parts
    )
    {
        var year = analysed.FiscalYear;
        var code = analysed.Organisation.Code;
        var current = scores.GetValueOrDefault((year, code));
        // The consumer only passes a newer revision; this keeps an older one from ever replacing it regardless.
        if (current is not null && current.Revision >= analysed.Revision)
            return;

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

        for (var measure = 0; measure < PeerScore.Measures; measure++)
        {
            if (current?.Get(measure) is { } before)
                foreach (var (scope, key) in ScopesOf(current))
                    aggregates[(year, scope, key, measure)].Remove(before);
            if (next.Get(measure) is { } after)
                foreach (var (scope, key) in ScopesOf(next))
                    Find(db, aggregates, year, scope, key, measure).Add(after);
        }

        ReplacePartScores(db, analysed, current?.Province, parts);
        if (current is null)
        {
            db.PeerScores.Add(next);
            scores.Add((year, code), next);
            return;
        }
        current.Revision = next.Revision;
        current.Province = next.Province;
        current.OrganisationType = next.OrganisationType;
        for (var measure = 0; measure < PeerScore.Measures; measure++)
            current.Set(measure, next.Get(measure));
        current.Version++;
    }

    /// <summary>The organisation-year's tool and item scores become the analysis's: changed in place, added, or removed.</summary>
    /// <param name="province">The province the held part scores are counted in (the organisation's before this analysis).</param>
    private static void ReplacePartScores(
        AnalysisDbContext db,
        AssessmentAnalysed analysed,
        string? province,
        PeerPartAggregates parts
    )
    {
        var now = analysed.Organisation.Province;
        var (year, code) = (analysed.FiscalYear, analysed.Organisation.Code);
        var held = db
            .PeerPartScores.Local.Where(p => p.FiscalYear == year && p.OrganisationCode == code)
            .ToDictionary(p => (p.Kind, p.Code));
        var scored = analysed
            .Tools.DistinctBy(t => t.Tool)
            .Select(t => (Key: (PeerPartScore.Tool, t.Tool), Indicator: 0, Score: PeerScore.ToHundredths(t.Score)))
            .Concat(
                analysed
                    .Items.DistinctBy(i => i.Code)
                    .Select(i =>
                        (Key: (PeerPartScore.Item, i.Code), i.Indicator, Score: PeerScore.ToHundredths(i.Score))
                    )
            )
            .ToDictionary(p => p.Key);
        foreach (var (key, row) in held)
        {
            parts.Remove(row, province ?? now);
            if (scored.TryGetValue(key, out var part))
            {
                (row.Indicator, row.Score) = (part.Indicator, part.Score);
                parts.Add(row, now);
            }
            else
                db.PeerPartScores.Remove(row);
        }
        foreach (var part in scored.Values.Where(p => !held.ContainsKey(p.Key)))
        {
            var row = new PeerPartScore
            {
                FiscalYear = year,
                OrganisationCode = code,
                Kind = part.Key.Item1,
                Code = part.Key.Item2,
                Indicator = part.Indicator,
                Score = part.Score,
            };
            db.PeerPartScores.Add(row);
            parts.Add(row, now);
        }
    }

    /// <summary>The organisations' held part scores, tracked, so that <see cref="ReplacePartScores"/> finds them in Local.</summary>
    private static Task LoadPartScoresAsync(
        AnalysisDbContext db,
        IReadOnlyList<AssessmentAnalysed> analyses,
        CancellationToken cancellationToken
    )
    {
        var years = analyses.Select(a => a.FiscalYear).Distinct().ToList();
        var codes = analyses.Select(a => a.Organisation.Code).Distinct().ToList();
        return db
            .PeerPartScores.Where(p => years.Contains(p.FiscalYear) && codes.Contains(p.OrganisationCode))
            .LoadAsync(cancellationToken);
    }

    internal static IEnumerable<(string Scope, string Key)> ScopesOf(PeerScore score) =>
        [(PeerScope.National, ""), (PeerScope.Province, score.Province), (PeerScope.Type, score.OrganisationType)];

    /// <summary>
    /// The organisations' current peer scores by (year, code): the stored ones, plus any the unit of work has added
    /// but not saved, which a query cannot see and which must not be added twice.
    /// </summary>
    private static async Task<Dictionary<(int, string), PeerScore>> LoadScoresAsync(
        AnalysisDbContext db,
        IReadOnlyList<AssessmentAnalysed> analyses,
        CancellationToken cancellationToken
    )
    {
        var years = analyses.Select(a => a.FiscalYear).Distinct().ToList();
        var codes = analyses.Select(a => a.Organisation.Code).Distinct().ToList();
        await db
            .PeerScores.Where(s => years.Contains(s.FiscalYear) && codes.Contains(s.OrganisationCode))
            .LoadAsync(cancellationToken);
        var wanted = analyses.Select(a => (a.FiscalYear, a.Organisation.Code)).ToHashSet();
        return db
            .PeerScores.Local.Where(s => wanted.Contains((s.FiscalYear, s.OrganisationCode)))
            .ToDictionary(s => (s.FiscalYear, s.OrganisationCode));
    }

    /// <summary>
    /// The aggregates of every scope the organisations were and will be in, by (year, scope, key, measure): stored
    /// and tracked, and added but unsaved ones too, for the same reason as the scores.
    /// </summary>
    private static Task<Dictionary<(int, string, string, int), PeerAggregate>> LoadAggregatesAsync(
        AnalysisDbContext db,
        IReadOnlyList<AssessmentAnalysed> analyses,
        IEnumerable<PeerScore> current,
        CancellationToken cancellationToken
    )
    {
        var scores = current.ToList();
        return LoadAggregatesAsync(
            db,
            analyses.Select(a => a.FiscalYear).Distinct().ToList(),
            analyses.Select(a => a.Organisation.Province).Concat(scores.Select(s => s.Province)).Distinct().ToList(),
            analyses
                .Select(a => a.Organisation.Type)
                .Concat(scores.Select(s => s.OrganisationType))
                .Distinct()
                .ToList(),
            cancellationToken
        );
    }

    /// <summary>
    /// An organisation that moved province or changed type: in every year it is counted in, its scores leave the
    /// aggregates of its old province and type and join those of the new ones (the national ones do not change).
    /// </summary>
    public static async Task MoveAsync(
        AnalysisDbContext db,
        string code,
        string province,
        string type,
        CancellationToken cancellationToken
    )
    {
        var moved = await db
            .PeerScores.Where(s => s.OrganisationCode == code && (s.Province != province || s.OrganisationType != type))
            .ToListAsync(cancellationToken);
        if (moved.Count == 0)
            return;
        var aggregates = await LoadAggregatesAsync(
            db,
            moved.Select(s => s.FiscalYear).Distinct().ToList(),
            moved.Select(s => s.Province).Append(province).Distinct().ToList(),
            moved.Select(s => s.OrganisationType).Append(type).Distinct().ToList(),
            cancellationToken
        );
        var movedProvince = moved.Where(s => s.Province != province).ToList();
        var partsOf = movedProvince.Select(s => s.FiscalYear).ToList();
        var held = await db
            .PeerPartScores.Where(p => p.OrganisationCode == code && partsOf.Contains(p.FiscalYear))
            .ToListAsync(cancellationToken);
        var parts = await PeerPartAggregates.LoadAsync(
            db,
            partsOf,
            [.. movedProvince.Select(s => s.Province).Append(province).Distinct()],
            cancellationToken
        );
        foreach (var score in movedProvince)
        foreach (var part in held.Where(p => p.FiscalYear == score.FiscalYear))
            parts.Move(part, score.Province, province);
        foreach (var score in moved)
        {
            for (var measure = 0; measure < PeerScore.Measures; measure++)
            {
                if (score.Get(measure) is not { } value)
                    continue;
                foreach (var (scope, key) in ScopesOf(score).Skip(1))
                    aggregates[(score.FiscalYear, scope, key, measure)].Remove(value);
                foreach (var (scope, key) in new[] { (PeerScope.Province, province), (PeerScope.Type, type) })
                    Find(db, aggregates, score.FiscalYear, scope, key, measure).Add(value);
            }
            score.Province = province;
            score.OrganisationType = type;
            score.Version++;
        }
    }

    private static async Task<Dictionary<(int, string, string, int), PeerAggregate>> LoadAggregatesAsync(
        AnalysisDbContext db,
        List<int> years,
        List<string> provinces,
        List<string> types,
        CancellationToken cancellationToken
    )
    {
        await db
            .PeerAggregates.Where(a =>
                years.Contains(a.FiscalYear)
                && (
                    a.Scope == PeerScope.National
                    || (a.Scope == PeerScope.Province && provinces.Contains(a.ScopeKey))
                    || (a.Scope == PeerScope.Type && types.Contains(a.ScopeKey))
                )
            )
            .LoadAsync(cancellationToken);
        return db
            .PeerAggregates.Local.Where(a => years.Contains(a.FiscalYear))
            .ToDictionary(a => (a.FiscalYear, a.Scope, a.ScopeKey, a.Measure));
    }

    /// <summary>The aggregate, created (and counted from zero) the first time a scope has a score for the measure.</summary>
    private static PeerAggregate Find(
        AnalysisDbContext db,
        Dictionary<(int, string, string, int), PeerAggregate> aggregates,
        int year,
        string scope,
        string key,
        int measure
    )
    {
        if (aggregates.TryGetValue((year, scope, key, measure), out var aggregate))
            return aggregate;
        aggregate = new PeerAggregate
        {
            FiscalYear = year,
            Scope = scope,
            ScopeKey = key,
            Measure = measure,
        };
        db.PeerAggregates.Add(aggregate);
        aggregates.Add((year, scope, key, measure), aggregate);
        return aggregate;
    }
}
