namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>A change that carries nothing but the version it is based on (closing a plan, removing a measure).</summary>
public sealed record VersionRequest(int? Version);
