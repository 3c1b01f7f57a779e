namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>GET /api/imports/{id}: a score import's progress, its outcome and a page of its problems; who sent it (null before it was recorded).</summary>
public sealed record ImportView(
    Guid Id,
    string Source,
    string? SubmittedBy,
    string Channel,
    string Format,
    string? FileName,
    long SizeBytes,
    string Status,
    DateTime ReceivedAtUtc,
    DateTime? CompletedAtUtc,
    int RowsRead,
    int Recorded,
    int Unchanged,
    int Rejected,
    int Warnings,
    string? FailureMessage,
    IReadOnlyList<ImportIssue> Issues
)
{
    public bool Finished => Status is "Completed" or "Failed";

    /// <summary>Rows dealt with so far (recorded, unchanged or rejected), out of <see cref="RowsRead"/>.</summary>
    public int Processed => Recorded + Unchanged + Rejected;
}
