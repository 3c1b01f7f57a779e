using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Services;
using MassTransit;

namespace Ita.Micro.DocumentRendering.Consumers;

/// <summary>
/// Keeps this service's copy of the registry, so summaries list organisations and new documents name them as they are
/// now. Setting the registry's values is idempotent, so a redelivery needs no inbox.
/// </summary>
public sealed class OrganisationRegisteredConsumer(DocumentsDbContext db) : IConsumer<OrganisationRegistered>
{
    public async Task Consume(ConsumeContext<OrganisationRegistered> context)
    {
        await CurrentOrganisations.RegisterAsync(db, context.Message.Organisation, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
