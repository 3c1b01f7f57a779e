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

    /// <summary>How many messages a consumer endpoint holds at once.</summary>
    [Range(1, 1000)]
    public int PrefetchCount { get; set; } = 16;
}
