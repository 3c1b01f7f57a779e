namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>A recommended measure of the catalogue (GET /api/catalogue), as analysis keeps it.</summary>
public sealed record CatalogueMeasure(
    string Id,
    int Indicator,
    IReadOnlyList<string> Concepts,
    string Title,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> ResponsibleUnits,
    string Period,
    string Evidence,
    int Priority,
    string? Source
);
