namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>The body of POST/PUT …/measures: a measure as the officer left it, with the version it was based on.</summary>
public sealed record MeasureBody(
    int? Version,
    string Title,
    IReadOnlyList<int> Indicators,
    IReadOnlyList<string> ItemConcepts,
    string Finding,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> ResponsibleUnits,
    PeriodBody Period,
    string FollowUp,
    string Target,
    int? Order
);
