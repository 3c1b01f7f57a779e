namespace Ita.Micro.ServiceDefaults.Tests.Messages;

/// <summary>A test event (MassTransit needs message types to have a namespace).</summary>
public sealed record WidgetShipped
{
    public required int WidgetId { get; init; }
    public required string Name { get; init; }
    public required DateTime ShippedAtUtc { get; init; }
}
