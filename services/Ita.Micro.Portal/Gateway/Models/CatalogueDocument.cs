namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>A version of the catalogue and its measures; as a PUT body, Version is the version the change is based on.</summary>
public sealed record CatalogueDocument(int Version, IReadOnlyList<CatalogueMeasure> Measures);
