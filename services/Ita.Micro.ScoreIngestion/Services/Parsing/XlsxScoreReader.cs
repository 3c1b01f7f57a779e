using System.Runtime.CompilerServices;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>
/// Reads the first worksheet of an XLSX score file. The first row holding anything is the header; a data row's
/// number is its sheet row minus the header's, so row 1 is the row under the header.
/// </summary>
internal static class XlsxScoreReader
{
    public static async IAsyncEnumerable<ParsedRow> ReadAsync(
        Stream stream,
        ICodeBooks books,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        // A zip is read from its end, so the package needs a seekable stream. An upload body is not one: spool it to
        // a temporary file rather than to memory, which a national workbook would fill.
        await using var spooled = stream.CanSeek ? null : await SpoolAsync(stream, cancellationToken);
        var source = spooled ?? stream;
        if (source.Length - source.Position == 0)
            throw new ImportFileException(ParsingMessages.EmptyFile);

        using var sheet = XlsxSheetReader.Open(source);
        TabularHeader? header = null;
        TabularRowBuilder? builder = null;
        var headerRow = 0;
        var read = 0;
        while (sheet.ReadRow() is { } sheetRow)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sheetRow.Cells.TrueForAll(c => c.Cell.IsEmpty))
                continue;
            if (header is null)
            {
                header = CreateHeader(sheetRow);
                builder = new TabularRowBuilder(header, books);
                headerRow = sheetRow.Number;
                continue;
            }

            var row = sheetRow.Number - headerRow;
            var cells = new RawCell[header.Count];
            var errors = new List<RowError>();
            var stray = 0;
            var firstStray = 0;
            foreach (var (column, cell) in sheetRow.Cells)
            {
                if (column < header.Count)
                    cells[column] = cell;
                else if (!cell.IsEmpty && stray++ == 0)
                    firstStray = column;
            }
            if (stray > 0)
                errors.Add(
                    new RowError(
                        row,
                        CellReference.Letters(firstStray),
                        null,
                        ParsingMessages.ValuesWithoutHeader(CellReference.Letters(firstStray), stray)
                    )
                );
            read++;
            yield return builder!.Build(row, cells, errors);
        }
        if (header is null)
            throw new ImportFileException(ParsingMessages.EmptyFile);
        if (read == 0)
            throw new ImportFileException(ParsingMessages.NoDataRows);
    }

    private static TabularHeader CreateHeader(SheetRow row)
    {
        var width = 0;
        foreach (var (column, cell) in row.Cells)
            if (!cell.IsEmpty)
                width = Math.Max(width, column + 1);
        var names = new string?[width];
        foreach (var (column, cell) in row.Cells)
            if (column < width)
                names[column] = cell.Text;
        return TabularHeader.Create(names, CellReference.Letters);
    }

    private static async Task<Stream> SpoolAsync(Stream stream, CancellationToken cancellationToken)
    {
        var file = new FileStream(
            Path.Combine(Path.GetTempPath(), $"ita-import-{Guid.NewGuid():N}.xlsx"),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            81_920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous
        );
        try
        {
            await stream.CopyToAsync(file, cancellationToken);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
