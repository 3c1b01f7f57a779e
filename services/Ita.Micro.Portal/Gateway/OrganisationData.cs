using Ita.Micro.Contracts;
using Ita.Micro.Portal.Gateway.Models;

namespace Ita.Micro.Portal.Gateway;

/// <summary>The reads the pages share, each one API call through the gateway as the user.</summary>
public sealed class OrganisationData(GatewayClient gateway)
{
    /// <summary>The organisation's latest analysed year (the analyses list is oldest first).</summary>
    public async Task<ApiResult<AssessmentAnalysed>> LatestAnalysisAsync(
        string organisationCode,
        CancellationToken cancellationToken = default
    )
    {
        var all = await gateway.GetAsync<List<AssessmentAnalysed>>(
            $"api/analyses/{Uri.EscapeDataString(organisationCode)}",
            cancellationToken
        );
        return all is { Ok: true, Value: [.., var latest] }
            ? new ApiResult<AssessmentAnalysed>(all.Status, latest, null)
            : new ApiResult<AssessmentAnalysed>(
                all.Ok ? System.Net.HttpStatusCode.NotFound : all.Status,
                null,
                all.Problem
            );
    }

    public Task<ApiResult<AssessmentAnalysed>> AnalysisAsync(
        string organisationCode,
        int fiscalYear,
        CancellationToken cancellationToken = default
    ) =>
        gateway.GetAsync<AssessmentAnalysed>(
            $"api/analyses/{Uri.EscapeDataString(organisationCode)}/{fiscalYear}",
            cancellationToken
        );

    public Task<ApiResult<Trend>> TrendAsync(string organisationCode, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<Trend>($"api/analyses/{Uri.EscapeDataString(organisationCode)}/trend", cancellationToken);

    public Task<ApiResult<Peers>> PeersAsync(
        string organisationCode,
        int fiscalYear,
        CancellationToken cancellationToken = default
    ) =>
        gateway.GetAsync<Peers>(
            $"api/analyses/{Uri.EscapeDataString(organisationCode)}/{fiscalYear}/peers",
            cancellationToken
        );

    /// <summary>The newest plan of the organisation (the plan year follows the assessed year), as the plans list has it.</summary>
    public async Task<ApiResult<PlanSummary>> LatestPlanSummaryAsync(
        string organisationCode,
        CancellationToken cancellationToken = default
    )
    {
        var plans = await gateway.GetAsync<Page<PlanSummary>>(
            $"api/plans?organisationCode={Uri.EscapeDataString(organisationCode)}&pageSize=50",
            cancellationToken
        );
        return plans.Ok && plans.Value is { Items.Count: > 0 } page
            ? new ApiResult<PlanSummary>(plans.Status, page.Items.MaxBy(p => p.PlanFiscalYear), null)
            : new ApiResult<PlanSummary>(
                plans.Ok ? System.Net.HttpStatusCode.NotFound : plans.Status,
                null,
                plans.Problem
            );
    }

    /// <summary>The newest plan of the organisation with its measures.</summary>
    public async Task<ApiResult<Plan>> LatestPlanAsync(
        string organisationCode,
        CancellationToken cancellationToken = default
    )
    {
        var newest = await LatestPlanSummaryAsync(organisationCode, cancellationToken);
        return newest.Value is { } summary
            ? await PlanAsync(summary.Id, cancellationToken)
            : new ApiResult<Plan>(newest.Status, null, newest.Problem);
    }

    /// <param name="planFiscalYear">The plan's fiscal year: the assessed year + 1.</param>
    public Task<ApiResult<Plan>> PlanOfYearAsync(
        string organisationCode,
        int planFiscalYear,
        CancellationToken cancellationToken = default
    ) =>
        gateway.GetAsync<Plan>(
            $"api/plans/{Uri.EscapeDataString(organisationCode)}/{planFiscalYear}",
            cancellationToken
        );

    public Task<ApiResult<Plan>> PlanAsync(Guid planId, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<Plan>($"api/plans/{planId}", cancellationToken);

    public Task<ApiResult<FollowUp>> FollowUpAsync(Guid planId, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<FollowUp>($"api/plans/{planId}/follow-up", cancellationToken);

    public Task<ApiResult<List<DocumentInfo>>> DocumentsAsync(
        string organisationCode,
        CancellationToken cancellationToken = default
    ) =>
        gateway.GetAsync<List<DocumentInfo>>(
            $"api/documents/?organisationCode={Uri.EscapeDataString(organisationCode)}",
            cancellationToken
        );
}
