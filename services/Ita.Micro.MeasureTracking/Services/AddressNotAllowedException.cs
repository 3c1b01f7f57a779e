using System.Net;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>A host resolved only to addresses the link checker may not reach (<see cref="AddressRules"/>).</summary>
public sealed class AddressNotAllowedException(string host, IReadOnlyList<IPAddress> addresses)
    : Exception($"{host} resolves to {string.Join(", ", addresses)}: not a public address")
{
    public string Host { get; } = host;
}
