using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Ita.Micro.ServiceDefaults.Messaging;

/// <summary>
/// The messages that faulted in this service's consumers (each receive queue's <c>_error</c> queue), for an operator
/// to see, replay (sent back to the consumer's queue as it was first delivered) or discard. Each change writes an
/// audit line naming who did it. Messages looked at are put back in their place.
/// </summary>
public sealed class ErrorQueues(ReceiveQueues queues, IOptions<RabbitMqOptions> options, ILogger<ErrorQueues> logger)
{
    /// <summary>At most this many messages of each error queue are listed.</summary>
    public const int ListLimit = 100;

    public async Task<IReadOnlyList<FaultedMessage>> ListAsync(CancellationToken ct)
    {
        var found = new List<FaultedMessage>();
        await using var connection = await options
            .Value.ConnectionFactory("ita-error-queues")
            .CreateConnectionAsync(ct);
        foreach (var queue in queues.Names.Order(StringComparer.Ordinal))
        {
            // Taken without acknowledgement and put back when the channel closes: the queue is as it was.
            await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
            try
            {
                for (var i = 0; i < ListLimit; i++)
                {
                    var message = await channel.BasicGetAsync(queue + "_error", autoAck: false, ct);
                    if (message is null)
                        break;
                    found.Add(FaultedMessage.Of(queue, message));
                }
            }
            catch (OperationInterruptedException gone) when (gone.ShutdownReason?.ReplyCode == 404)
            {
                // no message of this queue ever faulted
            }
        }
        return found;
    }

    /// <summary>Sends the message back to its consumer's queue and removes it from the error queue; false when not found.</summary>
    public Task<bool> ReplayAsync(string queue, string messageId, string user, CancellationToken ct) =>
        TakeAsync(
            queue,
            messageId,
            user,
            "replayed",
            async (channel, message) =>
            {
                var properties = new BasicProperties(message.BasicProperties)
                {
                    // What the fault added is dropped: the consumer sees the message as it was first delivered.
                    Headers = message
                        .BasicProperties.Headers?.Where(h =>
                            !h.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) && h.Key != "MT-Reason"
                        )
                        .ToDictionary(h => h.Key, h => h.Value),
                };
                // The queue's own exchange (bound to it alone), confirmed: replayed into the queue or not removed at all.
                await channel.BasicPublishAsync(queue, "", mandatory: true, properties, message.Body, ct);
            },
            ct
        );

    /// <summary>Removes the message from the error queue for good; false when not found.</summary>
    public Task<bool> DiscardAsync(string queue, string messageId, string user, CancellationToken ct) =>
        TakeAsync(queue, messageId, user, "discarded", (_, _) => Task.CompletedTask, ct);

    private async Task<bool> TakeAsync(
        string queue,
        string messageId,
        string user,
        string action,
        Func<IChannel, BasicGetResult, Task> act,
        CancellationToken ct
    )
    {
        if (!queues.Names.Contains(queue))
            return false;
        await using var connection = await options
            .Value.ConnectionFactory("ita-error-queues")
            .CreateConnectionAsync(ct);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            ct
        );
        try
        {
            // The others taken on the way are put back when the channel closes. A message another reader holds for
            // a moment (the sampler peeks at the head) is not there for that moment: look again before giving up.
            for (var misses = 0; misses < 20; )
            {
                if (await channel.BasicGetAsync(queue + "_error", autoAck: false, ct) is not { } message)
                {
                    misses++;
                    await Task.Delay(100, ct);
                    continue;
                }
                if (message.BasicProperties.MessageId != messageId)
                    continue;
                var faulted = FaultedMessage.Of(queue, message);
                await act(channel, message);
                await channel.BasicAckAsync(message.DeliveryTag, multiple: false, ct);
                logger.LogWarning(
                    "Audit: {User} {Action} message {MessageId} ({MessageType}) of {Queue}, which faulted at {FaultedAtUtc:o}: {Fault}",
                    user,
                    action,
                    messageId,
                    faulted.MessageType,
                    queue,
                    faulted.FaultedAtUtc,
                    faulted.Fault
                );
                return true;
            }
        }
        catch (OperationInterruptedException gone) when (gone.ShutdownReason?.ReplyCode == 404) { }
        return false;
    }
}

/// <summary>One message of an error queue as an operator sees it.</summary>
public sealed record FaultedMessage(
    string Queue,
    string? MessageId,
    string? MessageType,
    DateTime? FaultedAtUtc,
    string? Fault,
    int BodyBytes
)
{
    internal static FaultedMessage Of(string queue, BasicGetResult message)
    {
        var headers = message.BasicProperties.Headers;
        string? Header(string name) =>
            headers?.TryGetValue(name, out var value) == true
                ? value switch
                {
                    byte[] bytes => Encoding.UTF8.GetString(bytes),
                    _ => value?.ToString(),
                }
                : null;
        var fault = Header(MassTransit.MessageHeaders.FaultExceptionType) is { } type
            ? $"{type}: {Header(MassTransit.MessageHeaders.FaultMessage)}"
            : Header(MassTransit.MessageHeaders.Reason);
        return new FaultedMessage(
            queue,
            message.BasicProperties.MessageId,
            Header(MassTransit.MessageHeaders.MessageType) ?? message.BasicProperties.Type,
            QueueSampler.FaultedAtUtc(message.BasicProperties),
            fault,
            message.Body.Length
        );
    }
}
