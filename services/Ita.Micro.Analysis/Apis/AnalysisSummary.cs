namespace Ita.Micro.Analysis.Apis;

/// <summary>One organisation-year in a list of analyses: the latest revision's headline result.</summary>
public sealed record AnalysisSummary
{
    public required string OrganisationCode { get; init; }
    public required string OrganisationName { get; init; }
    public required string Province { get; init; }
    public required string OrganisationType { get; init; }
    public required int FiscalYear { get; init; }
    public required int Revision { get; init; }
    public required decimal Total { get; init; }
    /// <summary>The rating under that year's scheme ("ผ่าน", "A", …).</summary>
    public required string Rating { get; init; }
    public required bool Passed { get; init; }
}
