namespace Ita.Micro.DocumentRendering.Model;

/// <summary>
/// What the overseers' summary needs about one organisation and assessed year, kept from the events this service
/// already receives (analysis, plan and report events), so that a summary never asks another service.
/// </summary>
public sealed class OrganisationYear
{
    public required string OrganisationCode { get; set; }

    /// <summary>The assessed fiscal year (B.E.).</summary>
    public int FiscalYear { get; set; }
    public required string Name { get; set; }
    public required string Type { get; set; }
    public required string Province { get; set; }

    /// <summary>The revision of the analysis the scores come from; 0 while only plan events arrived.</summary>
    public int AnalysisRevision { get; set; }
    public decimal? Total { get; set; }
    public string? Rating { get; set; }
    public bool? Passed { get; set; }

    /// <summary>Indicator scores as JSON: [{"n":1,"name":"…","score":85.2}].</summary>
    public string IndicatorsJson { get; set; } = "[]";
    public PlanStage Plan { get; set; }
    public bool SixMonthReport { get; set; }
    public bool TwelveMonthReport { get; set; }
}
