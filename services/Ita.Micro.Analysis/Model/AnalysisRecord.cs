namespace Ita.Micro.Analysis.Model;

/// <summary>The stored analysis of one assessment revision; the full result is the published event as JSON.</summary>
public sealed class AnalysisRecord
{
    public Guid Id { get; set; }
    public required string OrganisationCode { get; set; }
    public required string OrganisationName { get; set; }
    public required string Province { get; set; }
    public required string OrganisationType { get; set; }
    public int FiscalYear { get; set; }
    public int Revision { get; set; }
    public decimal Total { get; set; }
    public required string Rating { get; set; }
    public bool Passed { get; set; }
    /// <summary><see cref="Ita.Micro.Contracts.AssessmentAnalysed"/> as JSON.</summary>
    public required string ResultJson { get; set; }
    public DateTime AnalysedAtUtc { get; set; }
}
