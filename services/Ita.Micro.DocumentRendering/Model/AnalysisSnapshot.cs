using System.Text.Json;
using Ita.Micro.Contracts;

namespace Ita.Micro.DocumentRendering.Model;

/// <summary>This service's own copy of an analysis, kept from <see cref="AssessmentAnalysed"/>.</summary>
public sealed class AnalysisSnapshot
{
    public Guid Id { get; set; }
    public required string OrganisationCode { get; set; }
    public int FiscalYear { get; set; }
    public int Revision { get; set; }
    public required string Json { get; set; }

    /// <summary>The copy of <paramref name="analysis"/>, written with the contracts' JSON options that <see cref="Analysis"/> reads with.</summary>
    public static AnalysisSnapshot Of(AssessmentAnalysed analysis) =>
        new()
        {
            Id = analysis.AnalysisId,
            OrganisationCode = analysis.Organisation.Code,
            FiscalYear = analysis.FiscalYear,
            Revision = analysis.Revision,
            Json = JsonSerializer.Serialize(analysis, ContractJson.Options),
        };

    public AssessmentAnalysed Analysis() => JsonSerializer.Deserialize<AssessmentAnalysed>(Json, ContractJson.Options)!;
}
