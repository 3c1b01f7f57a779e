namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>One problem of an import: an error rejects its row, a warning keeps it.</summary>
public sealed record ImportIssue(string Severity, int? Row, string? Column, string? OrganisationCode, string Message);
