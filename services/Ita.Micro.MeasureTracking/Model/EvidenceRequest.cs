namespace Ita.Micro.MeasureTracking.Model;

public sealed record EvidenceRequest(string? Url, string? Title, DateOnly? PublishedOn);
