namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>POST /api/organisations: the registry file's rows, what each did, and the problems of those refused.</summary>
public sealed record RegistryResult(
    int RowsRead,
    int Added,
    int Updated,
    int Unchanged,
    int Rejected,
    IReadOnlyList<ImportIssue> Issues
);
