namespace Ita.Micro.Contracts;

/// <summary>
/// A message whose queue serves higher priorities first: the publisher sets it as the broker's message priority
/// (0 is the lowest, the default of a message without it).
/// </summary>
public interface IPrioritisedMessage
{
    byte BrokerPriority { get; }
}
