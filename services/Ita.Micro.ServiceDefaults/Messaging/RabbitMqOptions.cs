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
}
