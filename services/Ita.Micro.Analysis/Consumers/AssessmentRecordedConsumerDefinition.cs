using MassTransit;

namespace Ita.Micro.Analysis.Consumers;

/// <summary>
/// One assessment at a time per replica: every analysis also updates the national and group peer aggregates, which
/// concurrent consumers would keep contending for (each clash costs a retry), and SQLite takes one writer anyway.
/// </summary>
public sealed class AssessmentRecordedConsumerDefinition : ConsumerDefinition<AssessmentRecordedConsumer>
{
    public AssessmentRecordedConsumerDefinition() => ConcurrentMessageLimit = 1;
}
