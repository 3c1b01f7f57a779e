namespace Ita.Micro.Analysis.Catalogue;

/// <summary>
/// The catalogue as JSON: the shipped seed (catalogue.json), every stored version, the body of GET /api/catalogue
/// and of PUT /api/catalogue. One shape for all four, so an administrator can GET, edit and PUT it back.
/// </summary>
public sealed record CatalogueDocument
{
    /// <summary>
    /// The version the measures belong to. In a PUT body it is the version the administrator edited: when it is
    /// no longer the current one the PUT is refused (409), so one administrator cannot silently undo another's
    /// change. 0 skips that check.
    /// </summary>
    public int Version { get; init; }

    public IReadOnlyList<CatalogueMeasure> Measures { get; init; } = [];
}
