namespace Ita.Micro.MeasureTracking.Apis.Contracts;

public sealed record EvidenceRequest(string? Url, string? Title, DateOnly? PublishedOn);
