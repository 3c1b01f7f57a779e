namespace Ita.Micro.ServiceDefaults.OpenApi;

/// <summary>
/// A service's operations by operation id (<c>{Tag}_{HandlerMethod}</c>, e.g. <c>Analyses_GetLatest</c>), kept in one
/// file per service (<c>Apis/ApiDescriptions.cs</c>) so that the endpoints' mapping stays as it is.
/// </summary>
public sealed class ApiCatalogue : Dictionary<string, ApiOperation>
{
    public ApiCatalogue()
        : base(StringComparer.Ordinal) { }

    /// <summary>The document's title and description, Thai first.</summary>
    public required string Title { get; init; }

    public required string Description { get; init; }
}
