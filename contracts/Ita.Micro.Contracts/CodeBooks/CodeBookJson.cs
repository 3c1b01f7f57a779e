using System.Text.Json;

namespace Ita.Micro.Contracts.CodeBooks;

/// <summary>
/// How a code book is written as JSON: the shipped files, the stored versions and the published messages.
/// </summary>
public static class CodeBookJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    public static CodeBook Parse(Stream json) =>
        JsonSerializer.Deserialize<CodeBook>(json, Options)
        ?? throw new InvalidDataException("The code book is empty.");
}
