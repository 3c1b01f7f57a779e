namespace Ita.Micro.MeasureTracking.Apis.Contracts;

public sealed record SignatoryRequest(string? Name, string? Position, string? ActingFor);
