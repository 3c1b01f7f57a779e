namespace Ita.Micro.ServiceDefaults.Tests.Infrastructure;

/// <summary>The one entity of the test service: what its outbox messages are about.</summary>
public sealed class Widget
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>How many times a consumer has handled a shipment of this widget (the effect the inbox guards).</summary>
    public int Shipments { get; set; }
}
