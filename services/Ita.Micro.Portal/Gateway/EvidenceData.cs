using Ita.Micro.Portal.Gateway.Models;

namespace Ita.Micro.Portal.Gateway;

/// <summary>The evidence pages' calls to measure tracking's registry, through the gateway as the user.</summary>
public sealed class EvidenceData(GatewayClient gateway)
{
    public Task<ApiResult<EvidenceRegistry>> RegistryAsync(
        string organisationCode,
        int fiscalYear,
        CancellationToken cancellationToken = default
    ) =>
        gateway.GetAsync<EvidenceRegistry>(
            $"api/evidence/organisations/{Uri.EscapeDataString(organisationCode)}/{fiscalYear}",
            cancellationToken
        );

    public Task<ApiResult<EvidenceLinkView>> AddAsync(
        string organisationCode,
        int fiscalYear,
        EvidenceLinkBody body,
        CancellationToken cancellationToken = default
    ) =>
        gateway.SendAsync<EvidenceLinkView>(
            HttpMethod.Post,
            $"api/evidence/organisations/{Uri.EscapeDataString(organisationCode)}/{fiscalYear}/links",
            body,
            cancellationToken
        );

    /// <summary>Queues every link of the organisation's year for a check now; answers how many.</summary>
    public Task<ApiResult<EvidenceCheckQueued>> CheckAllAsync(
        string organisationCode,
        int fiscalYear,
        CancellationToken cancellationToken = default
    ) =>
        gateway.SendAsync<EvidenceCheckQueued>(
            HttpMethod.Post,
            $"api/evidence/organisations/{Uri.EscapeDataString(organisationCode)}/{fiscalYear}/check",
            null,
            cancellationToken
        );

    public Task<ApiResult<EvidenceOversight>> OversightAsync(
        int fiscalYear,
        string? province,
        CancellationToken cancellationToken = default
    ) =>
        gateway.GetAsync<EvidenceOversight>(
            $"api/evidence/oversight?fiscalYear={fiscalYear}{(province is null ? "" : "&province=" + Uri.EscapeDataString(province))}",
            cancellationToken
        );
}
