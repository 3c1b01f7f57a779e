namespace Ita.Micro.ScoreIngestion.Model;

public sealed record ImportResponse(
    Guid Id,
    string Source,
    string? SubmittedBy,
    string Channel,
    string Format,
    string? FileName,
    long SizeBytes,
    ImportStatus Status,
    DateTime ReceivedAtUtc,
    DateTime? CompletedAtUtc,
    int RowsRead,
    int Recorded,
    int Unchanged,
    int Rejected,
    int Warnings,
    string? FailureMessage,
    IReadOnlyList<IssueResponse> Issues,
    ImportMode Mode
)
{
    public static ImportResponse From(ScoreImport i, IReadOnlyList<ImportIssue> issues) =>
        new(
            i.Id,
            i.Source,
            i.SubmittedBy,
            i.Channel,
            i.Format,
            i.FileName,
            i.SizeBytes,
            i.Status,
            i.ReceivedAtUtc,
            i.CompletedAtUtc,
            i.RowsRead,
            i.Recorded,
            i.Unchanged,
            i.Rejected,
            i.Warnings,
            i.FailureMessage,
            issues.Select(IssueResponse.From).ToList(),
            i.Mode
        );
}
