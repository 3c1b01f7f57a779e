namespace Ita.Micro.Contracts.CodeBooks;

/// <summary>
/// One thing wrong with a code book: where (the JSON path of the field, e.g. "tools[1].weight", so an API can key
/// its problem details by it) and why, in Thai and English.
/// </summary>
public sealed record CodeBookError(string Field, string Message);
