using Ita.Micro.Analysis.Catalogue;
using Ita.Micro.Contracts;

namespace Ita.Micro.Analysis.Services;

/// <summary>
/// Picks catalogue measures for an analysis's urgent and develop findings — indicators and items — most important
/// first, one per finding, so the improvement plan starts from measures that answer what was found.
/// </summary>
public static class MeasureRecommender
{
    private const int MeasuresPerFinding = 1;

    public static IReadOnlyList<RecommendedMeasure> Recommend(AssessmentAnalysed analysis, MeasureCatalogue catalogue)
    {
        var findings = analysis.Indicators
            .Select(i => (Indicator: i.Indicator, Concept: (string?)null, Class: i.Classification, i.Score, i.Reason))
            .Concat(analysis.Items.Select(i => (Indicator: i.Indicator, Concept: i.Concept, Class: i.Classification, i.Score, i.Reason)))
            .Where(f => f.Class is FindingClass.Urgent or FindingClass.Develop && f.Indicator > 0)
            .ToList();
        var measures = catalogue.Propose(findings.Select(f => (f.Indicator, f.Concept, f.Class.ToString(), f.Score)), MeasuresPerFinding);

        return measures.Select(m =>
        {
            // The most important finding the measure answers: by concept when it names one, else by indicator.
            var answered = findings
                .Where(f => f.Concept is not null ? m.Concepts.Contains(f.Concept) : f.Indicator == m.Indicator)
                .OrderByDescending(f => f.Class).ThenBy(f => f.Score).FirstOrDefault();
            return new RecommendedMeasure
            {
                Id = m.Id,
                CatalogueVersion = catalogue.Version,
                Indicator = m.Indicator,
                Title = m.Title,
                Finding = answered.Reason ?? "",
                Steps = m.Steps,
                ResponsibleUnits = m.ResponsibleUnits,
                Period = m.Period,
                Evidence = m.Evidence,
            };
        }).ToList();
    }
}
