namespace Ita.Micro.ServiceDefaults.Messaging;

/// <summary>
/// A queue as the broker reported it: messages waiting, consumers, and its error queue. Here rather than beside the
/// queue sampler (Ita.Micro.ServiceDefaults.Backend) because the shared meter's gauges read it, and the gateway and
/// the portal, which have no bus, reference the meter.
/// </summary>
public sealed record BrokerReading(
    long Messages,
    long Consumers,
    long ErrorMessages,
    DateTime? OldestErrorAtUtc,
    DateTime ReadAtUtc
);
