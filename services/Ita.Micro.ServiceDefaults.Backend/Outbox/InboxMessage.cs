namespace Ita.Micro.ServiceDefaults.Outbox;

/// <summary>A message a consumer has processed; its key makes a redelivery a no-op.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }
    public required string Consumer { get; set; }
    public DateTime ProcessedAtUtc { get; set; }
}
