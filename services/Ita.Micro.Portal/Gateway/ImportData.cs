using Ita.Micro.Portal.Gateway.Models;

namespace Ita.Micro.Portal.Gateway;

/// <summary>Score imports and the registry upload through the gateway, as the signed-in national administrator.</summary>
public sealed class ImportData(GatewayClient gateway)
{
    /// <summary>GET /api/imports/{id} gives the problems 200 at a time.</summary>
    public const int IssuesPerPage = 200;

    public Task<ApiResult<ImportView>> StartAsync(
        Stream file,
        string fileName,
        string? contentType,
        CancellationToken cancellationToken = default
    ) => gateway.PostFileAsync<ImportView>("api/imports", file, fileName, contentType, cancellationToken);

    public Task<ApiResult<ImportView>> StatusAsync(
        Guid id,
        int page = 1,
        CancellationToken cancellationToken = default
    ) => gateway.GetAsync<ImportView>($"api/imports/{id}?page={page}", cancellationToken);

    /// <summary>Every problem of an import, page after page.</summary>
    public async Task<List<ImportIssue>> IssuesAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var issues = new List<ImportIssue>();
        for (var page = 1; ; page++)
        {
            var read = await StatusAsync(id, page, cancellationToken);
            if (read.Value is not { } import)
                return issues;
            issues.AddRange(import.Issues);
            if (import.Issues.Count < IssuesPerPage)
                return issues;
        }
    }

    public Task<ApiResult<ImportHistory>> HistoryAsync(int page, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<ImportHistory>($"api/imports?page={page}&pageSize=20", cancellationToken);

    public Task<ApiResult<RegistryResult>> UploadRegistryAsync(
        Stream file,
        string fileName,
        string? contentType,
        CancellationToken cancellationToken = default
    ) => gateway.PostFileAsync<RegistryResult>("api/organisations", file, fileName, contentType, cancellationToken);
}
