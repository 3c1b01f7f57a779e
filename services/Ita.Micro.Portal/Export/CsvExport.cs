using System.Globalization;
using System.Text;
using CsvHelper;

namespace Ita.Micro.Portal.Export;

/// <summary>A table as UTF-8 CSV with a byte order mark, so that Excel reads the Thai as Thai.</summary>
public static class CsvExport
{
    public static async Task WriteAsync(
        Stream output,
        IReadOnlyList<string> headings,
        IAsyncEnumerable<IReadOnlyList<object?>> rows,
        CancellationToken cancellationToken
    )
    {
        await using var writer = new StreamWriter(
            output,
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            leaveOpen: true
        );
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var heading in headings)
            csv.WriteField(heading);
        await csv.NextRecordAsync();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var cell in row)
                csv.WriteField(cell);
            await csv.NextRecordAsync();
        }
        await csv.FlushAsync();
    }
}
