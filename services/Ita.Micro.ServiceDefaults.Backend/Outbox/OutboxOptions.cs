using System.ComponentModel.DataAnnotations;

namespace Ita.Micro.ServiceDefaults.Outbox;

/// <summary>Section "Outbox".</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How often the dispatcher looks for messages when nothing wakes it (another replica may write).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>The longest wait between two attempts at a message the broker refused.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a publish may wait for the broker's confirm before the message is left for a later attempt. A publish
    /// on a connection that died without closing (a network cut) is otherwise never confirmed nor failed, and the whole
    /// outbox waits behind it. A message published twice this way is handled once (the consumers' inbox).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a sent message stays in the table (to trace what was published, and when) before it is deleted;
    /// without it the table grows by every message ever sent.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan KeepSentFor { get; set; } = TimeSpan.FromDays(7);
}
