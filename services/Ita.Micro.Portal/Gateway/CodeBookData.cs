using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.Portal.Gateway.Models;

namespace Ita.Micro.Portal.Gateway;

/// <summary>The code books through the gateway: read by anyone signed in, published by national administrators only.</summary>
public sealed class CodeBookData(GatewayClient gateway)
{
    public Task<ApiResult<List<CodeBookYear>>> YearsAsync(CancellationToken cancellationToken = default) =>
        gateway.GetAsync<List<CodeBookYear>>("api/codebooks", cancellationToken);

    public Task<ApiResult<CodeBook>> CurrentAsync(int fiscalYear, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<CodeBook>($"api/codebooks/{fiscalYear}", cancellationToken);

    public Task<ApiResult<List<CodeBookVersionInfo>>> VersionsAsync(
        int fiscalYear,
        CancellationToken cancellationToken = default
    ) => gateway.GetAsync<List<CodeBookVersionInfo>>($"api/codebooks/{fiscalYear}/versions", cancellationToken);

    /// <summary>PUT /api/codebooks/{year}: 400 with every problem found, else the version in use (new or the same).</summary>
    public Task<ApiResult<CodeBookVersionInfo>> PublishAsync(
        int fiscalYear,
        Stream json,
        string? note,
        CancellationToken cancellationToken = default
    ) =>
        gateway.SendRawAsync<CodeBookVersionInfo>(
            HttpMethod.Put,
            $"api/codebooks/{fiscalYear}{(string.IsNullOrWhiteSpace(note) ? "" : "?note=" + Uri.EscapeDataString(note.Trim()))}",
            json,
            "application/json",
            cancellationToken
        );
}
