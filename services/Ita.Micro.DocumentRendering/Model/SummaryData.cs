namespace Ita.Micro.DocumentRendering.Model;

/// <summary>
/// What a national (Province null) or provincial summary is made from: every organisation this service knows of that
/// year, the day the data were read (Thai time) and the office that issues it. Summaries kept before the last two
/// existed have neither and print without them.
/// </summary>
public sealed record SummaryData(
    int FiscalYear,
    string? Province,
    IReadOnlyList<SummaryRow> Organisations,
    DateOnly? DataAsOf = null,
    string? IssuingOffice = null
);
