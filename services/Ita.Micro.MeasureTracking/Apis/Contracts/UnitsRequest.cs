namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>
/// The organisation's whole unit list (version 0 when none is stored yet) and its document-number prefix: absent keeps
/// the prefix stored, "" clears it.
/// </summary>
public sealed record UnitsRequest(int? Version, IReadOnlyList<string>? Units, string? DocumentPrefix);
