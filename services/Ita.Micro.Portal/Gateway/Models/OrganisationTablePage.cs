namespace Ita.Micro.Portal.Gateway.Models;

public sealed record OrganisationTablePage(
    int Page,
    int PageSize,
    int TotalCount,
    IReadOnlyList<OrganisationTableRow> Rows
)
{
    public int Pages => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}
