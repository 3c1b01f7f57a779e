namespace Ita.Micro.EndToEnd.Tests;

/// <summary>
/// One row of the authorization matrix: a caller's request through the gateway and the status it must get. Paths
/// may name {own}, {neighbour}, {far} (<see cref="SecurityData"/>) and {import} (the import that loaded them).
/// </summary>
/// <param name="Body">Sent with <paramref name="ContentType"/> for writes; null for none.</param>
/// <param name="Sees">Organisations the answer must name (a filtered list still lists the caller's own).</param>
public sealed record AccessRule(
    string Caller,
    string Method,
    string Path,
    int Expected,
    string? Body = null,
    string ContentType = "application/json",
    string[]? Sees = null
)
{
    public override string ToString() => $"{Caller} {Method} {Path}";
}
