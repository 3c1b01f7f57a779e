using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>What oversight needs of one plan: its state, urgent findings, measures and the reports it submitted.</summary>
public sealed record OversightPlanFacts(Guid Id, string OrganisationCode, PlanStatus Status, IReadOnlyList<UrgentFinding> UrgentFindings,
    IReadOnlyList<OversightMeasureFacts> Measures, IReadOnlySet<ReportPeriod> Submitted)
{
    /// <summary>The verdicts on the plan's measures from the next year's assessment; empty until it is analysed.</summary>
    public IReadOnlyList<EffectivenessVerdict> Verdicts { get; init; } = [];
}
