using Ita.Micro.Portal.Gateway.Models;

namespace Ita.Micro.Portal.Gateway;

/// <summary>
/// The measures catalogue through the gateway (analysis's /api/catalogue): read by anyone signed in, changed by national
/// administrators only. Every change is a new version based on the one the administrator saw, so a change made by
/// someone else meanwhile is refused (409) rather than undone, and every earlier version can be restored.
/// </summary>
public sealed class CatalogueData(GatewayClient gateway)
{
    public Task<ApiResult<CatalogueDocument>> CurrentAsync(CancellationToken cancellationToken = default) =>
        gateway.GetAsync<CatalogueDocument>("api/catalogue", cancellationToken);

    public Task<ApiResult<List<CatalogueVersion>>> VersionsAsync(CancellationToken cancellationToken = default) =>
        gateway.GetAsync<List<CatalogueVersion>>("api/catalogue/versions", cancellationToken);

    public Task<ApiResult<CatalogueDocument>> VersionAsync(
        int version,
        CancellationToken cancellationToken = default
    ) => gateway.GetAsync<CatalogueDocument>($"api/catalogue/versions/{version}", cancellationToken);

    /// <summary>Adds the measure or replaces the one with its id, as the next version after <paramref name="basedOn"/>.</summary>
    public Task<ApiResult<CatalogueVersion>> SaveMeasureAsync(
        CatalogueMeasure measure,
        int basedOn,
        string? note,
        CancellationToken cancellationToken = default
    ) =>
        gateway.SendAsync<CatalogueVersion>(
            HttpMethod.Put,
            $"api/catalogue/measures/{Uri.EscapeDataString(measure.Id)}{Query(basedOn, note)}",
            measure,
            cancellationToken
        );

    /// <summary>The next version without the measure; the versions before keep it.</summary>
    public Task<ApiResult<CatalogueVersion>> RemoveMeasureAsync(
        string id,
        int basedOn,
        string? note,
        CancellationToken cancellationToken = default
    ) =>
        gateway.SendAsync<CatalogueVersion>(
            HttpMethod.Delete,
            $"api/catalogue/measures/{Uri.EscapeDataString(id)}{Query(basedOn, note)}",
            null,
            cancellationToken
        );

    /// <summary>An earlier version's measures saved again as the next version after <paramref name="basedOn"/>.</summary>
    public Task<ApiResult<CatalogueVersion>> RestoreAsync(
        CatalogueDocument earlier,
        int basedOn,
        string? note,
        CancellationToken cancellationToken = default
    ) =>
        gateway.SendAsync<CatalogueVersion>(
            HttpMethod.Put,
            "api/catalogue" + Query(null, note),
            earlier with
            {
                Version = basedOn,
            },
            cancellationToken
        );

    private static string Query(int? basedOn, string? note)
    {
        var pairs = new List<string>();
        if (basedOn is { } version)
            pairs.Add("version=" + version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(note))
            pairs.Add("note=" + Uri.EscapeDataString(note.Trim()));
        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
    }
}
