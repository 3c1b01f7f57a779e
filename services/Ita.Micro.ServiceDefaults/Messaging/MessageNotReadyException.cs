namespace Ita.Micro.ServiceDefaults.Messaging;

/// <summary>
/// A message arrived before something it depends on (messages travel on different queues). The consumer's own retry
/// policy waits for it; the bus-wide retry leaves it alone, so the two do not multiply.
/// </summary>
public abstract class MessageNotReadyException(string message) : Exception(message);
