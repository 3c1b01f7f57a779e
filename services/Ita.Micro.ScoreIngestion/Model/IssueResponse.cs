namespace Ita.Micro.ScoreIngestion.Model;

public sealed record IssueResponse(
    IssueSeverity Severity,
    int? Row,
    string? Column,
    string? OrganisationCode,
    string Message
)
{
    public static IssueResponse From(ImportIssue i) => new(i.Severity, i.Row, i.Column, i.OrganisationCode, i.Message);
}
