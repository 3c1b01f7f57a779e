namespace Ita.Micro.ServiceDefaults.CodeBooks;

/// <summary>A code book this process put in use: its version, where it came from, and when.</summary>
/// <param name="From">"folder" (read from <see cref="CodeBookFolder"/>) or "queue {name}" (a message on that queue).</param>
public sealed record CodeBookTaken(int Version, string From, DateTime AtUtc);
