namespace Ita.Micro.ServiceDefaults.Tests.Messages;

/// <summary>A test event that a <see cref="PingConsumer"/> records.</summary>
public sealed record Ping(int Number);
