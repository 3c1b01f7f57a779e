using MassTransit;

namespace Ita.Micro.Analysis.Consumers;

/// <summary>
/// Batches of up to <see cref="MessageLimit"/> messages, one batch at a time per replica: every analysis also updates
/// the national and group peer aggregates, which concurrent batches would keep contending for (each clash costs a
/// retry of the whole batch), and SQLite takes one writer anyway. A lone message waits at most
/// <see cref="TimeLimit"/> for company, so a single correction is still analysed at once.
/// </summary>
public sealed class AssessmentRecordedConsumerDefinition : ConsumerDefinition<AssessmentRecordedConsumer>
{
    public const int MessageLimit = 100;
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(100);

    // Twice the batch, so the next batch is already delivered while one is being saved; a batch can only fill up to
    // the number of messages the endpoint lets in at once, hence the concurrency limit as well.
    public AssessmentRecordedConsumerDefinition() =>
        Endpoint(e =>
        {
            e.PrefetchCount = 2 * MessageLimit;
            e.ConcurrentMessageLimit = 2 * MessageLimit;
        });

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<AssessmentRecordedConsumer> consumerConfigurator,
        IRegistrationContext context
    ) =>
        consumerConfigurator.Options<BatchOptions>(batch =>
            batch.SetMessageLimit(MessageLimit).SetTimeLimit(TimeLimit).SetConcurrencyLimit(1)
        );
}
