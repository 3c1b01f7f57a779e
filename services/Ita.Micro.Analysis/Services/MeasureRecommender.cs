using Ita.Micro.Analysis.Catalogue;
using Ita.Micro.Analysis.Narratives;
using Ita.Micro.Contracts;

namespace Ita.Micro.Analysis.Services;

/// <summary>
/// Picks catalogue measures for an analysis's urgent and develop findings — indicators and items — most important
/// first, one per finding, so the improvement plan starts from measures that answer what was found.
/// </summary>
public static class MeasureRecommender
{
    private const int MeasuresPerFinding = 1;

    private sealed record Finding(int Indicator, ItemResult? Item, FindingClass Class, decimal Score, string Reason)
    {
        public string? Concept => Item?.Concept;
    }

    public static IReadOnlyList<RecommendedMeasure> Recommend(AssessmentAnalysed analysis, MeasureCatalogue catalogue)
    {
        var findings = analysis
            .Indicators.Select(i => new Finding(i.Indicator, null, i.Classification, i.Score, i.Reason))
            .Concat(analysis.Items.Select(i => new Finding(i.Indicator, i, i.Classification, i.Score, i.Reason)))
            .Where(f => f.Class is FindingClass.Urgent or FindingClass.Develop && f.Indicator > 0)
            .ToList();
        var measures = catalogue.Propose(
            findings.Select(f => (f.Indicator, f.Concept, f.Class.ToString(), f.Score)),
            MeasuresPerFinding
        );

        return measures
            .Select(m =>
            {
                // The most important finding the measure answers: by concept when it names one, else by indicator.
                var answered = findings
                    .Where(f => f.Concept is not null ? m.Concepts.Contains(f.Concept) : f.Indicator == m.Indicator)
                    .OrderByDescending(f => f.Class)
                    .ThenBy(f => f.Score)
                    .FirstOrDefault();
                return new RecommendedMeasure
                {
                    Id = m.Id,
                    CatalogueVersion = catalogue.Version,
                    Indicator = m.Indicator,
                    Title = m.Title,
                    Finding = answered is null ? "" : FindingText(analysis, answered),
                    Steps = m.Steps,
                    ResponsibleUnits = m.ResponsibleUnits,
                    Period = m.Period,
                    Evidence = m.Evidence,
                };
            })
            .ToList();
    }

    /// <summary>
    /// What the plan's "ประเด็นที่ต้องปรับปรุง/พัฒนา" column says, in the seeds' register: the indicator's finding (its
    /// score, weakest items, why it matters; what to do is the measure's steps), led by the item the measure answers
    /// when the indicator's weakest items do not already name it.
    /// </summary>
    private static string FindingText(AssessmentAnalysed analysis, Finding answered)
    {
        var indicator = analysis.Indicators.FirstOrDefault(i => i.Indicator == answered.Indicator);
        if (indicator is null)
            return answered.Reason;
        var finding = NarrativeWriter.WriteFinding(analysis.Organisation.Name, analysis.PassMark, indicator);
        if (answered.Item is not { } item || indicator.WeakestItems.Any(w => w.Code == item.Code))
            return finding;
        return $"หัวข้อ “{item.Code} {item.Label}” ได้ {item.Score:0.00} คะแนน {item.Reason} {finding}";
    }
}
