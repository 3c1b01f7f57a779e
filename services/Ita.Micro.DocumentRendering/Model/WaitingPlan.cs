using System.Text.Json;
using Ita.Micro.Contracts;

namespace Ita.Micro.DocumentRendering.Model;

/// <summary>
/// A drafted plan kept until the analysis it was drafted from arrives (the two travel on different queues, and the
/// analysis may be held up, e.g. by a backlog or a broker restart): nothing waits in a retry meanwhile, and the
/// analysis completes the document when it comes.
/// </summary>
public sealed class WaitingPlan
{
    public long Id { get; set; }
    public required string OrganisationCode { get; set; }
    public int FiscalYear { get; set; }
    public int AnalysisRevision { get; set; }
    public required string Json { get; set; }
    public DateTime ReceivedAtUtc { get; set; }

    public static WaitingPlan Of(ImprovementPlanDrafted plan) =>
        new()
        {
            OrganisationCode = plan.Organisation.Code,
            FiscalYear = plan.AssessedFiscalYear,
            AnalysisRevision = plan.AnalysisRevision,
            Json = JsonSerializer.Serialize(plan, ContractJson.Options),
            ReceivedAtUtc = DateTime.UtcNow,
        };

    public ImprovementPlanDrafted Plan() =>
        JsonSerializer.Deserialize<ImprovementPlanDrafted>(Json, ContractJson.Options)!;
}
