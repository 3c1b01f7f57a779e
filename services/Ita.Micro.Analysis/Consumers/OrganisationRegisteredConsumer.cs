using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Analysis.Peers;
using Ita.Micro.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.Analysis.Consumers;

/// <summary>
/// Keeps names and places (province and district) current without waiting for a new score revision: the stored analyses' list columns follow
/// the registry, and an organisation that moved province or changed type moves between peer groups. The analyses' own
/// JSON stays as analysed (the event that was published).
/// </summary>
public sealed class OrganisationRegisteredConsumer(AnalysisDbContext db, ILogger<OrganisationRegisteredConsumer> logger)
    : IConsumer<OrganisationRegistered>
{
    public async Task Consume(ConsumeContext<OrganisationRegistered> context)
    {
        var organisation = context.Message.Organisation;
        // Setting the registry's values is idempotent, so a redelivery (or a retry after a failed save) changes
        // nothing twice and needs no inbox: the move only picks up peer scores still in their old groups.
        var district = string.IsNullOrWhiteSpace(organisation.District) ? null : organisation.District.Trim();
        // One transaction, so a reader never sees the list in the new province while the statistics still count the
        // old one; through the execution strategy, which SQL Server's retry on failure requires of a transaction.
        var changed = await db
            .Database.CreateExecutionStrategy()
            .ExecuteAsync(
                async ct =>
                {
                    db.ChangeTracker.Clear();
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    var updated = await db
                        .Analyses.Where(a =>
                            a.OrganisationCode == organisation.Code
                            && (
                                a.OrganisationName != organisation.Name
                                || a.Province != organisation.Province
                                || a.OrganisationType != organisation.Type
                                || a.District != district
                            )
                        )
                        .ExecuteUpdateAsync(
                            u =>
                                u.SetProperty(a => a.OrganisationName, organisation.Name)
                                    .SetProperty(a => a.Province, organisation.Province)
                                    .SetProperty(a => a.District, district)
                                    .SetProperty(a => a.OrganisationType, organisation.Type),
                            ct
                        );
                    await PeerStatisticsUpdater.MoveAsync(
                        db,
                        organisation.Code,
                        organisation.Province,
                        organisation.Type,
                        ct
                    );
                    await db.SaveChangesAsync(ct);
                    await transaction.CommitAsync(ct);
                    return updated;
                },
                context.CancellationToken
            );
        if (changed > 0)
            logger.LogInformation(
                "Organisation {OrganisationCode} is now {Name}, {Province}, {Type}: {Analyses} stored analyses follow",
                organisation.Code,
                organisation.Name,
                organisation.Province,
                organisation.Type,
                changed
            );
    }
}
