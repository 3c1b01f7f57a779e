namespace Ita.Micro.MeasureTracking.Model;

public sealed record SignatoryRequest(string? Name, string? Position, string? ActingFor);
