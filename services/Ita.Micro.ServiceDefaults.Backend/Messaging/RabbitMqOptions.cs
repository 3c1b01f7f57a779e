using System.ComponentModel.DataAnnotations;

namespace Ita.Micro.ServiceDefaults.Messaging;

/// <summary>Section "RabbitMq": RabbitMq__Host, RabbitMq__Port, RabbitMq__VirtualHost, RabbitMq__Username, RabbitMq__Password.</summary>
public sealed class RabbitMqOptions
{
    public const string Section = "RabbitMq";

    [Required(ErrorMessage = "RabbitMq:Host is required (set RabbitMq__Host).")]
    public string Host { get; set; } = "";

    [Range(1, 65535, ErrorMessage = "RabbitMq:Port must be a TCP port (1–65535).")]
    public int Port { get; set; } = 5672;

    [Required(ErrorMessage = "RabbitMq:VirtualHost is required (\"/\" is the default virtual host).")]
    public string VirtualHost { get; set; } = "/";

    [Required(ErrorMessage = "RabbitMq:Username is required (set RabbitMq__Username).")]
    public string Username { get; set; } = "";

    [Required(ErrorMessage = "RabbitMq:Password is required (set RabbitMq__Password or mount it as a file).")]
    public string Password { get; set; } = "";

    /// <summary>How many messages a consumer endpoint holds at once (RabbitMq__PrefetchCount, per service).</summary>
    [Range(1, 1000, ErrorMessage = "RabbitMq:PrefetchCount must be a whole number from 1 to 1000.")]
    public int PrefetchCount { get; set; } = 16;

    /// <summary>
    /// How many messages each consumer endpoint of this service handles at once (RabbitMq__ConcurrentMessageLimit);
    /// unset keeps the prefetch count, or what a consumer's definition sets for its own endpoint.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "RabbitMq:ConcurrentMessageLimit must be a whole number from 1 to 1000, or unset.")]
    public int? ConcurrentMessageLimit { get; set; }

    /// <summary>
    /// The consumers' queues as quorum queues (RabbitMq__QuorumQueues=true; production, three broker nodes): replicated,
    /// so a node lost loses no message. A queue's type is fixed when it is made: docs/operations.md says how to move.
    /// </summary>
    public bool QuorumQueues { get; set; }

    /// <summary>
    /// How often the service asks the broker after its receive queues: waiting messages, consumers, error queues
    /// (RabbitMq__ConsumerCheckInterval; readiness and the queue metrics are this fresh).
    /// </summary>
    [Range(
        typeof(TimeSpan),
        "00:00:01",
        "00:10:00",
        ErrorMessage = "RabbitMq:ConsumerCheckInterval must be from 00:00:01 to 00:10:00."
    )]
    public TimeSpan ConsumerCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a receive queue may stay without this process's consumer while the broker answers before its endpoint
    /// is restarted (RabbitMq__RestartDetachedAfter). Longer than MassTransit's own reconnection takes.
    /// </summary>
    [Range(
        typeof(TimeSpan),
        "00:00:01",
        "01:00:00",
        ErrorMessage = "RabbitMq:RestartDetachedAfter must be from 00:00:01 to 01:00:00."
    )]
    public TimeSpan RestartDetachedAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A plain RabbitMQ client's connection settings to the same broker (for reading queues, not for messages).</summary>
    public RabbitMQ.Client.ConnectionFactory ConnectionFactory(string clientName) =>
        new()
        {
            HostName = Host,
            Port = Port,
            VirtualHost = VirtualHost,
            UserName = Username,
            Password = Password,
            ClientProvidedName = clientName,
        };
}
