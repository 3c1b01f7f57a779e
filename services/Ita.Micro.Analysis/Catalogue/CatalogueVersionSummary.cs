namespace Ita.Micro.Analysis.Catalogue;

/// <summary>One line of the catalogue's history: which version, who, when, why and how many measures.</summary>
/// <param name="ChangedBy">Null for the shipped seed, which nobody changed.</param>
/// <param name="ChangedAtUtc">Null for the shipped seed.</param>
public sealed record CatalogueVersionSummary(
    int Version,
    string? ChangedBy,
    DateTime? ChangedAtUtc,
    string? Note,
    int Count
);
