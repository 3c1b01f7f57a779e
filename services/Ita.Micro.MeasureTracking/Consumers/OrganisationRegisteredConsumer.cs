using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Consumers;

/// <summary>
/// Keeps every plan's name, type and place current with the registry, so lists and the events a plan sends next
/// (approved, published, reports), and the documents made from them, carry the organisation as it is now.
/// </summary>
public sealed class OrganisationRegisteredConsumer(
    MeasureTrackingDbContext db,
    ILogger<OrganisationRegisteredConsumer> logger
) : IConsumer<OrganisationRegistered>
{
    public async Task Consume(ConsumeContext<OrganisationRegistered> context)
    {
        var o = context.Message.Organisation;
        // Setting the registry's values is idempotent, so a redelivery needs no inbox.
        var changed = await db
            .Plans.Where(p =>
                p.OrganisationCode == o.Code
                && (
                    p.OrganisationName != o.Name
                    || p.OrganisationType != o.Type
                    || p.Province != o.Province
                    || p.District != o.District
                )
            )
            .ExecuteUpdateAsync(
                u =>
                    u.SetProperty(p => p.OrganisationName, o.Name)
                        .SetProperty(p => p.OrganisationType, o.Type)
                        .SetProperty(p => p.Province, o.Province)
                        .SetProperty(p => p.District, o.District),
                context.CancellationToken
            );
        if (changed > 0)
            logger.LogInformation(
                "Organisation {OrganisationCode} is now {Name}, {Province}: {Plans} plans follow",
                o.Code,
                o.Name,
                o.Province,
                changed
            );
        // Its evidence links' events name the province, for a notifier to reach the overseers of the right one.
        await db
            .Evidence.Where(e => e.OrganisationCode == o.Code && e.Province != o.Province)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.Province, o.Province), context.CancellationToken);
    }
}
