namespace Ita.Micro.ScoreIngestion.Model;

/// <summary>A located problem found in an import: which row and column, which organisation, and what.</summary>
public sealed class ImportIssue
{
    public long Id { get; set; }
    public Guid ImportId { get; set; }
    public IssueSeverity Severity { get; set; }
    public int? Row { get; set; }
    public string? Column { get; set; }
    public string? OrganisationCode { get; set; }
    public required string Message { get; set; }
}
