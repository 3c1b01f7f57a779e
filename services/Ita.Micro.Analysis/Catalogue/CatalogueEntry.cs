namespace Ita.Micro.Analysis.Catalogue;

/// <summary>
/// One version of the catalogue as an administrator saved it: the whole catalogue, and who changed it, when and
/// why. Rows are only ever added, never updated or deleted, so every earlier version stays readable as the audit.
/// The shipped seed (version 1) is not stored.
/// </summary>
public sealed class CatalogueEntry
{
    public Guid Id { get; set; }

    /// <summary>Above the seed's and every earlier stored version; unique, so two saves cannot both take it.</summary>
    public int Version { get; set; }

    /// <summary>The whole catalogue as a <see cref="CatalogueDocument"/> in JSON.</summary>
    public required string Json { get; set; }

    /// <summary>The request's X-User-Id, or "unknown" until the gateway authenticates.</summary>
    public required string ChangedBy { get; set; }

    public DateTime ChangedAtUtc { get; set; }

    /// <summary>Why it was changed, in the administrator's words.</summary>
    public string? Note { get; set; }
}
