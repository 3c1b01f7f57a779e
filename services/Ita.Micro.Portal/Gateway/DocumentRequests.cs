using Ita.Micro.Portal.Gateway.Models;

namespace Ita.Micro.Portal.Gateway;

/// <summary>Documents asked for on request (POST /api/documents): the province's or the nation's summary of a year.</summary>
public sealed class DocumentRequests(GatewayClient gateway)
{
    /// <summary>Queues the summary (202 with the document); a province's for its overseers, the nation's (province null) for national admins.</summary>
    public Task<ApiResult<DocumentInfo>> RequestSummaryAsync(
        int fiscalYear,
        string? province,
        CancellationToken cancellationToken = default
    ) =>
        gateway.SendAsync<DocumentInfo>(
            HttpMethod.Post,
            "api/documents",
            new
            {
                kind = "Summary",
                fiscalYear,
                province,
            },
            cancellationToken
        );

    public Task<ApiResult<DocumentInfo>> StatusAsync(Guid id, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<DocumentInfo>($"api/documents/{id}", cancellationToken);
}
