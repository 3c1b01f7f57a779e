namespace Ita.Micro.Analysis.Catalogue;

/// <summary>
/// What <see cref="CatalogueStore.SaveAsync(IEnumerable{CatalogueMeasure}, string, string?, int?, CancellationToken)"/>
/// did: saved a new version, found nothing changed, refused the catalogue (<see cref="Errors"/>) or lost a race
/// with another save (<see cref="Conflict"/>). A result rather than exceptions because refusals are the expected
/// outcome of an administrator's mistake, and the API turns each into its own status.
/// </summary>
public sealed record CatalogueSaveResult
{
    /// <summary>The new version; or, when nothing changed or on a conflict, the current one.</summary>
    public CatalogueVersionSummary? Version { get; init; }

    /// <summary>Problems by field (see <see cref="CatalogueValidator"/>); empty unless refused.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    /// <summary>The catalogue the change was based on is no longer the current one.</summary>
    public bool Conflict { get; init; }

    /// <summary>The catalogue said the same as the current one, so no version was added.</summary>
    public bool Unchanged { get; init; }

    public bool Saved => Errors.Count == 0 && !Conflict && !Unchanged && Version is not null;
}
