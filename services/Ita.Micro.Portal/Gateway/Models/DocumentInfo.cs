namespace Ita.Micro.Portal.Gateway.Models;

public sealed record DocumentInfo(
    Guid Id,
    string Kind,
    string Subject,
    int Version,
    string OrganisationCode,
    int FiscalYear,
    string Status,
    long? SizeBytes,
    DateTime CreatedAtUtc,
    DateTime? RenderedAtUtc
)
{
    public bool Rendered => Status == "Rendered";
}
