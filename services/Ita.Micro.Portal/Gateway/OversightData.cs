using Ita.Micro.Portal.Gateway.Models;

namespace Ita.Micro.Portal.Gateway;

/// <summary>The reads of the overseers' pages, each one API call through the gateway as the user.</summary>
public sealed class OversightData(GatewayClient gateway)
{
    /// <summary>The newest fiscal year analysed among the organisations the user may read.</summary>
    public async Task<int?> LatestYearAsync(CancellationToken cancellationToken = default)
    {
        var years = await gateway.GetAsync<List<int>>("api/statistics/years", cancellationToken);
        return years.Value is [var newest, ..] ? newest : null;
    }

    public Task<ApiResult<AreaOverview>> OverviewAsync(
        int fiscalYear,
        string? province,
        CancellationToken cancellationToken = default
    ) => gateway.GetAsync<AreaOverview>($"api/statistics/{fiscalYear}/overview{Province(province)}", cancellationToken);

    /// <param name="planFiscalYear">The plans' year: the assessed year + 1.</param>
    public Task<ApiResult<Oversight>> OversightAsync(
        int planFiscalYear,
        string? province,
        CancellationToken cancellationToken = default
    ) =>
        gateway.GetAsync<Oversight>(
            $"api/plans/oversight?fiscalYear={planFiscalYear}{(province is null ? "" : "&province=" + Uri.EscapeDataString(province))}",
            cancellationToken
        );

    public Task<ApiResult<YearStatistics>> StatisticsAsync(
        int fiscalYear,
        CancellationToken cancellationToken = default
    ) => gateway.GetAsync<YearStatistics>($"api/statistics/{fiscalYear}", cancellationToken);

    /// <summary>The province's districts with analyses of the year, for the district filter.</summary>
    public Task<ApiResult<List<DistrictCount>>> DistrictsAsync(
        int fiscalYear,
        string province,
        CancellationToken cancellationToken = default
    ) =>
        gateway.GetAsync<List<DistrictCount>>(
            $"api/statistics/{fiscalYear}/districts{Province(province)}",
            cancellationToken
        );

    private static string Province(string? province) =>
        province is null ? "" : "?province=" + Uri.EscapeDataString(province);
}
