namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>Version 0: nothing stored yet, the list shown is the default an organisation starts with.</summary>
public sealed record UnitsResponse(
    string OrganisationCode,
    IReadOnlyList<string> Units,
    string? DocumentPrefix,
    int Version
);
