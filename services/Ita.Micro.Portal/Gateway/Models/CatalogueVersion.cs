namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>A line of the catalogue's history: who changed it, when and why (null for the shipped seed), and its measures counted.</summary>
public sealed record CatalogueVersion(int Version, string? ChangedBy, DateTime? ChangedAtUtc, string? Note, int Count);
