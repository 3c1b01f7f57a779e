using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.ScoreIngestion.Services;

/// <summary>
/// A fingerprint of what a code book says, blind to its version number (which the API assigns): the same book
/// loaded again, or the shipped book loaded back, has the same hash and makes no new version.
/// </summary>
public static class CodeBookHash
{
    public static string Of(CodeBook book)
    {
        var json = JsonSerializer.Serialize(book with { Version = 0 }, CodeBookJson.Options);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }
}
