using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ScoreIngestion.Services.Parsing;

namespace Ita.Micro.ScoreIngestion.Tests.Parsing;

/// <summary>The committed score files under Files/, and reading a whole (small) file into a list for assertions.</summary>
internal static class TestFiles
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Files", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static Task<List<ParsedRow>> ReadAsync(string name, ScoreFileFormat format) =>
        ReadAsync(Bytes(name), format);

    public static Task<List<ParsedRow>> ReadTextAsync(string text, ScoreFileFormat format) =>
        ReadAsync(System.Text.Encoding.UTF8.GetBytes(text), format);

    public static Task<List<ParsedRow>> ReadAsync(byte[] bytes, ScoreFileFormat format) =>
        ReadAsync(new MemoryStream(bytes), format);

    public static async Task<List<ParsedRow>> ReadAsync(Stream stream, ScoreFileFormat format)
    {
        var rows = new List<ParsedRow>();
        var books = new CodeBookStore();
        await foreach (var row in ScoreFileReader.ReadAsync(stream, format, books, CancellationToken.None))
            rows.Add(row);
        return rows;
    }

    /// <summary>The one error of a row that is expected to have exactly one.</summary>
    public static RowError SingleError(ParsedRow row)
    {
        Assert.Null(row.Value);
        return Assert.Single(row.Errors);
    }
}
