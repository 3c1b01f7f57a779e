namespace Ita.Micro.ScoreIngestion.Model;

public sealed record OrganisationImportResult(
    int RowsRead,
    int Added,
    int Updated,
    int Unchanged,
    int Rejected,
    IReadOnlyList<IssueResponse> Issues
);
