namespace Ita.Micro.ServiceDefaults.Tests.Messages;

/// <summary>A test event that <see cref="PoisonConsumer"/> refuses while its number is in <see cref="PoisonNumbers"/>.</summary>
public sealed record Poison(int Number);
