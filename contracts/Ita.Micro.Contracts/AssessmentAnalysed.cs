namespace Ita.Micro.Contracts;

/// <summary>
/// The analysis of one assessment revision. It carries everything the next services need, so they never call back.
/// Business key: (Organisation.Code, FiscalYear, Revision), where Revision is the analysis revision: an
/// organisation-year is analysed again not only for a new assessment revision but also when its previous year
/// arrives late, and each analysis gets the next number, so consumers keyed on it take every new one exactly once.
/// </summary>
public sealed record AssessmentAnalysed
{
    public required Guid AnalysisId { get; init; }
    public required OrganisationInfo Organisation { get; init; }
    public required int FiscalYear { get; init; }

    /// <summary>The analysis revision: 1 for the first analysis of this organisation-year, +1 for each one after it.</summary>
    public required int Revision { get; init; }

    /// <summary>The assessment revision (score ingestion's) that was analysed; 0 in analyses stored before it was carried.</summary>
    public int AssessmentRevision { get; init; }
    public required decimal Total { get; init; }

    /// <summary>The official rating's label, e.g. "ผ่านดี" or "A"; null when it is undetermined (see <see cref="Official"/>).</summary>
    public string? Rating { get; init; }

    /// <summary>
    /// The official rating with its source, the published and computed labels and the labels still possible. Null
    /// only in analyses stored before it was carried: read it through <see cref="OfficialRating.Of"/>.
    /// </summary>
    public OfficialRating? Official { get; init; }
    public required bool Passed { get; init; }
    public required decimal PassMark { get; init; }
    public required IReadOnlyList<ToolScore> Tools { get; init; }
    public required IReadOnlyList<IndicatorResult> Indicators { get; init; }

    /// <summary>Null when the assessment holds no indicator scores (a published total only).</summary>
    public int? WeakestIndicator { get; init; }
    public decimal? PreviousYearTotal { get; init; }

    /// <summary>Total minus the previous year's total; negative is a fall.</summary>
    public decimal? ChangeFromPreviousYear { get; init; }

    /// <summary>The fiscal year the changes compare with; null when nothing of it is known.</summary>
    public int? PreviousFiscalYear { get; init; }

    /// <summary>Every recorded item with its class, in the order of the year's code book (unknown codes last).</summary>
    public IReadOnlyList<ItemResult> Items { get; init; } = [];

    /// <summary>Tools scored in both years, keyed by tool code.</summary>
    public IReadOnlyList<ScoreChange> ToolChanges { get; init; } = [];

    /// <summary>Indicators scored in both years, keyed by indicator number.</summary>
    public IReadOnlyList<ScoreChange> IndicatorChanges { get; init; } = [];

    /// <summary>Items scored in both years, keyed by concept so that renumbered items are still compared.</summary>
    public IReadOnlyList<ScoreChange> ItemChanges { get; init; } = [];

    /// <summary>Catalogue measures for the urgent and develop findings, most important first.</summary>
    public IReadOnlyList<RecommendedMeasure> RecommendedMeasures { get; init; } = [];
    public required DateTime AnalysedAtUtc { get; init; }

    /// <summary>
    /// This analysis as the analysis document prints it: without <see cref="Items"/>, the year-on-year changes and
    /// <see cref="RecommendedMeasures"/>, which the document does not read and which are most of the message. A plan
    /// carries its analysis in this form, and the document's data is always made of it, so a carried and a kept
    /// analysis make the same document.
    /// </summary>
    public AssessmentAnalysed ForDocument() =>
        this with
        {
            Items = [],
            ToolChanges = [],
            IndicatorChanges = [],
            ItemChanges = [],
            RecommendedMeasures = [],
        };
}
