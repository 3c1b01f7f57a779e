using System.Runtime.CompilerServices;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>
/// Reads a JSON score file shaped like the body of POST /api/imports, yielding each element of "assessments" as
/// soon as it is complete. Data row numbers are the element's index plus one.
/// </summary>
internal static class JsonScoreReader
{
    public static async IAsyncEnumerable<ParsedRow> ReadAsync(
        Stream stream,
        ICodeBooks books,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        var scanner = new JsonEntryScanner();
        var row = 0;
        while (true)
        {
            switch (scanner.Scan(out var entry))
            {
                case JsonScanStep.NeedMoreData:
                    // Fill the free space rather than take what one read brings: an entry cut by the end of the
                    // buffer is scanned again from its start, so small reads would make large entries quadratic.
                    var space = scanner.FreeSpace();
                    scanner.Advance(
                        await stream.ReadAtLeastAsync(space, space.Length, throwOnEndOfStream: false, cancellationToken)
                    );
                    break;
                case JsonScanStep.Entry:
                    cancellationToken.ThrowIfCancellationRequested();
                    // Parsed before the next scan reuses the buffer the entry lives in.
                    yield return JsonEntryParser.Parse(++row, entry, books);
                    break;
                default:
                    if (row == 0)
                        throw new ImportFileException(ParsingMessages.NoAssessments);
                    yield break;
            }
        }
    }
}
