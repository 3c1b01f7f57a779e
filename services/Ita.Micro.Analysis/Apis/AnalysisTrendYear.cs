using Ita.Micro.Contracts;

namespace Ita.Micro.Analysis.Apis;

/// <summary>One fiscal year of an organisation's trend: the latest revision's result and its change.</summary>
public sealed record AnalysisTrendYear
{
    public required int FiscalYear { get; init; }
    public required int Revision { get; init; }
    public required decimal Total { get; init; }

    /// <summary>The official rating; null when undetermined (<see cref="Official"/> has the labels still possible).</summary>
    public string? Rating { get; init; }
    public required OfficialRating Official { get; init; }

    /// <summary>
    /// The name of the year's rating scheme in its code book ("AA-F" to 2565, "pass" from 2566), so a reader knows
    /// which labels the rating is one of; null when no code book of the year is shipped.
    /// </summary>
    public string? RatingScheme { get; init; }
    public required bool Passed { get; init; }
    public required IReadOnlyList<ToolScore> Tools { get; init; }
    public required IReadOnlyList<AnalysisTrendIndicator> Indicators { get; init; }

    /// <summary>The year compared with: the previous year held, which is not always the year before.</summary>
    public int? PreviousFiscalYear { get; init; }

    /// <summary>Total minus the previous held year's total; null for the first year held.</summary>
    public decimal? ChangeFromPrevious { get; init; }

    /// <summary>
    /// True when the rating differs from the previous held year's, including when only the scheme changed
    /// (2565 "A" to 2566 "ผ่าน"): the organisation was told a different rating either way.
    /// </summary>
    public required bool RatingChanged { get; init; }

    /// <summary>True when the rating scheme differs from the previous held year's.</summary>
    public required bool RatingSchemeChanged { get; init; }

    /// <summary>In Thai, why the rating changed when the scheme did; null otherwise.</summary>
    public string? Note { get; init; }
}
