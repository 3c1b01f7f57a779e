using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.DocumentRendering.Services;

/// <summary>
/// The organisation as the registry has it now, for documents about to be made: an analysis keeps the name and place
/// it was analysed under, but a document rendered after a rename or a move names the organisation as it is. Documents
/// already rendered are records and are not touched.
/// </summary>
public static class CurrentOrganisations
{
    public static async Task<OrganisationInfo> OfAsync(
        DocumentsDbContext db,
        OrganisationInfo organisation,
        CancellationToken cancellationToken
    )
    {
        var registered = await db
            .Organisations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Code == organisation.Code, cancellationToken);
        return registered is null
            ? organisation
            : organisation with
            {
                Name = registered.Name,
                Type = registered.Type,
                Province = registered.Province,
                District = registered.District,
            };
    }

    /// <summary>Keeps the registry entry and the summaries' rows current, in the caller's unit of work.</summary>
    public static async Task RegisterAsync(
        DocumentsDbContext db,
        OrganisationInfo organisation,
        CancellationToken cancellationToken
    )
    {
        var row = await db.Organisations.FindAsync([organisation.Code], cancellationToken);
        if (row is null)
            db.Organisations.Add(
                row = new RegisteredOrganisation
                {
                    Code = organisation.Code,
                    Name = "",
                    Type = "",
                    Province = "",
                }
            );
        row.Name = organisation.Name;
        row.Type = organisation.Type;
        row.Province = organisation.Province;
        row.District = organisation.District;
        await db
            .OrganisationYears.Where(y => y.OrganisationCode == organisation.Code)
            .ExecuteUpdateAsync(
                u =>
                    u.SetProperty(y => y.Name, organisation.Name)
                        .SetProperty(y => y.Type, organisation.Type)
                        .SetProperty(y => y.Province, organisation.Province),
                cancellationToken
            );
    }
}
