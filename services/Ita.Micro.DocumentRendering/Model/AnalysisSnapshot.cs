namespace Ita.Micro.DocumentRendering.Model;

/// <summary>This service's own copy of an analysis, kept from <see cref="Ita.Micro.Contracts.AssessmentAnalysed"/>.</summary>
public sealed class AnalysisSnapshot
{
    public Guid Id { get; set; }
    public required string OrganisationCode { get; set; }
    public int FiscalYear { get; set; }
    public int Revision { get; set; }
    public required string Json { get; set; }
}
