namespace Ita.Micro.DocumentRendering.Model;

/// <summary>What a national (Province null) or provincial summary is made from: every organisation this service knows of that year.</summary>
public sealed record SummaryData(int FiscalYear, string? Province, IReadOnlyList<SummaryRow> Organisations);
