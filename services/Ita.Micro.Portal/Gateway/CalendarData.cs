using Ita.Micro.Portal.Gateway.Models;

namespace Ita.Micro.Portal.Gateway;

/// <summary>The assessment calendar's calls to measure tracking, through the gateway as the user.</summary>
public sealed class CalendarData(GatewayClient gateway)
{
    /// <summary>Every version, newest first; empty when none is set.</summary>
    public Task<ApiResult<List<CalendarView>>> HistoryAsync(
        int fiscalYear,
        CancellationToken cancellationToken = default
    ) => gateway.GetAsync<List<CalendarView>>($"api/calendar/{fiscalYear}/history", cancellationToken);

    public Task<ApiResult<CalendarView>> ReplaceAsync(
        int fiscalYear,
        CalendarBody body,
        CancellationToken cancellationToken = default
    ) => gateway.SendAsync<CalendarView>(HttpMethod.Put, $"api/calendar/{fiscalYear}", body, cancellationToken);
}
