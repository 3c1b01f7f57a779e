using Ita.Micro.Contracts;

namespace Ita.Micro.Analysis.Model;

/// <summary>The stored analysis of one assessment revision; the full result is the published event as JSON.</summary>
public sealed class AnalysisRecord
{
    public Guid Id { get; set; }
    public required string OrganisationCode { get; set; }
    public required string OrganisationName { get; set; }
    public required string Province { get; set; }

    /// <summary>The อำเภอ as the registry names it; null when the registry does not say.</summary>
    public string? District { get; set; }
    public required string OrganisationType { get; set; }
    public int FiscalYear { get; set; }

    /// <summary>The analysis revision (see <see cref="Ita.Micro.Contracts.AssessmentAnalysed.Revision"/>).</summary>
    public int Revision { get; set; }

    /// <summary>The assessment revision analysed; several analysis revisions share one when a previous year arrives late.</summary>
    public int AssessmentRevision { get; set; }
    public decimal Total { get; set; }

    /// <summary>The official rating's label; null when it is undetermined.</summary>
    public string? Rating { get; set; }
    public RatingSource RatingSource { get; set; }
    public string? PublishedRating { get; set; }
    public string? ComputedRating { get; set; }
    public bool Passed { get; set; }

    /// <summary><see cref="Ita.Micro.Contracts.AssessmentAnalysed"/> as JSON.</summary>
    public required string ResultJson { get; set; }
    public DateTime AnalysedAtUtc { get; set; }
}
