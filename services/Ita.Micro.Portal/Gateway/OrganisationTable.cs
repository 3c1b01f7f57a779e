using Ita.Micro.Portal.Gateway.Models;

namespace Ita.Micro.Portal.Gateway;

/// <summary>
/// The organisations table a page at a time, as the user may see it: the analyses API filters, sorts and pages in
/// its database; the plans of the page's organisations come in one more call.
/// </summary>
public sealed class OrganisationTable(GatewayClient gateway)
{
    public async Task<ApiResult<OrganisationTablePage>> PageAsync(
        OrganisationFilter filter,
        int page,
        int pageSize,
        CancellationToken cancellationToken = default
    )
    {
        var analyses = await AnalysesAsync(filter, page, pageSize, cancellationToken);
        if (analyses.Value is not { } found)
            return new ApiResult<OrganisationTablePage>(analyses.Status, null, analyses.Problem);
        var plans = new Dictionary<string, PlanSummary>(StringComparer.Ordinal);
        if (found.Items.Count > 0)
        {
            var codes = string.Join(',', found.Items.Select(r => r.OrganisationCode).Distinct());
            var answer = await gateway.GetAsync<Page<PlanSummary>>(
                $"api/plans?fiscalYear={filter.Year + 1}&pageSize={OrganisationFilter.MaxPageSize}&organisationCodes={Uri.EscapeDataString(codes)}",
                cancellationToken
            );
            foreach (var plan in answer.Value?.Items ?? [])
                plans[plan.OrganisationCode] = plan;
        }
        var rows = found
            .Items.Select(a => new OrganisationTableRow(a, plans.GetValueOrDefault(a.OrganisationCode)))
            .ToList();
        return new ApiResult<OrganisationTablePage>(
            analyses.Status,
            new OrganisationTablePage(found.Page, found.PageSize, found.TotalCount, rows),
            null
        );
    }

    private async Task<ApiResult<AnalysisPage>> AnalysesAsync(
        OrganisationFilter filter,
        int page,
        int pageSize,
        CancellationToken cancellationToken
    )
    {
        if (!filter.FiltersPlans)
            return await gateway.GetAsync<AnalysisPage>(filter.ApiQuery(page, pageSize), cancellationToken);
        var codes = await gateway.GetAsync<List<string>>(filter.PlanCodesQuery(), cancellationToken);
        if (codes.Value is not { } planCodes)
            return new ApiResult<AnalysisPage>(codes.Status, null, codes.Problem);
        return await gateway.SendAsync<AnalysisPage>(
            HttpMethod.Post,
            "api/analyses/search",
            filter.Search(page, pageSize, planCodes),
            cancellationToken
        );
    }

    /// <summary>Every row the filter matches, read a full page at a time (an export).</summary>
    public async IAsyncEnumerable<OrganisationTableRow> AllAsync(
        OrganisationFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default
    )
    {
        for (var page = 1; ; page++)
        {
            var read = await PageAsync(filter, page, OrganisationFilter.MaxPageSize, cancellationToken);
            if (read.Value is not { } found)
                throw new HttpRequestException(
                    $"GET api/analyses answered {(int)read.Status} on page {page}",
                    null,
                    read.Status
                );
            foreach (var row in found.Rows)
                yield return row;
            if (page >= found.Pages)
                yield break;
        }
    }
}
