using Ita.Micro.Portal.Gateway.Models;

namespace Ita.Micro.Portal.Components.Shared;

/// <summary>
/// A catalogue measure as the administrator edits it: lists as one entry a line (concepts also by commas), turned into
/// the API's body when saved. The service checks every field and names what is wrong.
/// </summary>
public sealed class CatalogueForm
{
    /// <summary>False for a measure already in the catalogue: its id is its key and does not change.</summary>
    public bool IsNew { get; init; }
    public string Id { get; set; } = "";
    public int Indicator { get; set; } = 1;
    public string Concepts { get; set; } = "";
    public string Title { get; set; } = "";
    public string Steps { get; set; } = "";
    public string ResponsibleUnits { get; set; } = "";
    public string Period { get; set; } = "";
    public string Evidence { get; set; } = "";
    public int Priority { get; set; } = 1;
    public string? Source { get; set; }

    /// <summary>Why it is changed: kept with the version.</summary>
    public string Note { get; set; } = "";

    public static CatalogueForm From(CatalogueMeasure m) =>
        new()
        {
            Id = m.Id,
            Indicator = m.Indicator,
            Concepts = string.Join('\n', m.Concepts),
            Title = m.Title,
            Steps = string.Join('\n', m.Steps),
            ResponsibleUnits = string.Join('\n', m.ResponsibleUnits),
            Period = m.Period,
            Evidence = m.Evidence,
            Priority = m.Priority,
            Source = m.Source,
        };

    public CatalogueMeasure ToMeasure() =>
        new(
            Id.Trim(),
            Indicator,
            Lines(Concepts, ','),
            Title,
            Lines(Steps),
            Lines(ResponsibleUnits),
            Period,
            Evidence,
            Priority,
            string.IsNullOrWhiteSpace(Source) ? null : Source
        );

    private static string[] Lines(string text, params char[] more) =>
        text.Split(['\n', .. more], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
