namespace Ita.Micro.ServiceDefaults.Outbox;

/// <summary>A message waiting to be published, written in the same transaction as the data it is about.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>Becomes the MassTransit MessageId, so a message published twice is processed once by the inbox.</summary>
    public Guid MessageId { get; set; }

    /// <summary>Assembly-qualified name of the contract type.</summary>
    public required string MessageType { get; set; }
    public required string Body { get; set; }

    /// <summary>W3C traceparent of the activity that wrote the message, so the trace continues across the broker.</summary>
    public string? TraceParent { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
