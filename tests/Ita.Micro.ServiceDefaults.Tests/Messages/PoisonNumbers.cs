using System.Collections.Concurrent;

namespace Ita.Micro.ServiceDefaults.Tests.Messages;

/// <summary>The <see cref="Poison"/> numbers the consumer refuses now; a test removes one to "fix" it.</summary>
public sealed class PoisonNumbers
{
    public ConcurrentDictionary<int, byte> Refused { get; } = new();
}
