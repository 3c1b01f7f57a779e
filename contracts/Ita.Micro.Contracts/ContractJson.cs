using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Ita.Micro.Contracts;

/// <summary>
/// How messages and stored message copies are written as JSON: web defaults, with Thai kept as UTF-8 rather than
/// escaped to \uXXXX (six bytes a letter), which more than doubled every stored analysis and every message body.
/// HTML-sensitive characters are still escaped.
/// </summary>
public static class ContractJson
{
    public static JsonSerializerOptions Options { get; } =
        new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
}
