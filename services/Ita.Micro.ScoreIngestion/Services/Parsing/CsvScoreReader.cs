using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>
/// Reads a comma-separated score file record by record with CsvHelper, so a national file (7,852 rows) is never
/// held in memory. The first record is the header; data rows are numbered from 1 after it.
/// </summary>
internal static class CsvScoreReader
{
    /// <summary>
    /// No honest cell comes near this; an unclosed quote would otherwise swallow the rest of the file into one field.
    /// </summary>
    private const int MaxFieldLength = 4096;

    public static async IAsyncEnumerable<ParsedRow> ReadAsync(
        Stream stream,
        ICodeBooks books,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        var badQuotes = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            // The header is read as a plain record so that its problems are worded here, not by CsvHelper.
            HasHeaderRecord = false,
            Delimiter = ",",
            DetectDelimiter = false,
            Mode = CsvMode.RFC4180,
            IgnoreBlankLines = true,
            TrimOptions = TrimOptions.None,
            MaxFieldSize = MaxFieldLength,
            // A stray quote concerns one row: report it there and read on, instead of CsvHelper's exception.
            BadDataFound = _ => badQuotes = true,
            MissingFieldFound = null,
        };
        // Throwing on invalid bytes is what refuses a TIS-620/Windows-874 file instead of reading it as U+FFFD.
        // The encoding declares a BOM only so that StreamReader skips one when present (it never writes);
        // BOM detection stays off because it would swap in Encoding.UTF8, which does not throw.
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);
        using var text = new StreamReader(
            stream,
            encoding,
            detectEncodingFromByteOrderMarks: false,
            bufferSize: 16 * 1024,
            leaveOpen: true
        );
        using var csv = new CsvReader(text, configuration);

        var names = await NextRecordAsync(csv, 0) ?? throw new ImportFileException(ParsingMessages.EmptyFile);
        var header = TabularHeader.Create(names, i => $"#{i + 1}");
        var builder = new TabularRowBuilder(header, books);
        var row = 0;
        var read = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            badQuotes = false;
            var record = await NextRecordAsync(csv, row + 1);
            if (record is null)
                break;
            row++;
            if (Array.TrueForAll(record, string.IsNullOrWhiteSpace))
                continue;

            var errors = new List<RowError>();
            if (badQuotes)
                errors.Add(new RowError(row, null, null, ParsingMessages.BadCsvQuotes));
            if (record.Length != header.Count)
                errors.Add(new RowError(row, null, null, ParsingMessages.Ragged(record.Length, header.Count)));
            var cells = new RawCell[header.Count];
            for (var i = 0; i < Math.Min(record.Length, header.Count); i++)
                cells[i] = new RawCell(record[i], RawCellKind.Text);
            read++;
            yield return builder.Build(row, cells, errors);
        }
        if (read == 0)
            throw new ImportFileException(ParsingMessages.NoDataRows);
    }

    /// <summary>The next record, or null at the end; turns decoding and parsing failures into whole-file errors.</summary>
    private static async Task<string[]?> NextRecordAsync(CsvReader csv, int row)
    {
        try
        {
            return await csv.ReadAsync() ? csv.Parser.Record : null;
        }
        catch (Exception ex) when (FindDecoderFailure(ex) is not null)
        {
            // No row in the message: StreamReader decodes 16 KB at a time, so the row being read is not where the byte is.
            throw new ImportFileException(ParsingMessages.NotUtf8(), ex);
        }
        catch (MaxFieldSizeException ex)
        {
            var (thai, english) = Where(row);
            throw new ImportFileException(
                $"มีช่องข้อมูลยาวเกิน {MaxFieldLength} ตัวอักษร อาจมีเครื่องหมายคำพูดที่ไม่ได้ปิด ({thai}) / "
                    + $"A field is longer than {MaxFieldLength} characters, perhaps an unclosed quote ({english})",
                ex
            );
        }
        catch (CsvHelperException ex)
        {
            var (thai, english) = Where(row);
            throw new ImportFileException(
                $"อ่านไฟล์ CSV ไม่ได้ ({thai}) / The CSV file cannot be read ({english})",
                ex
            );
        }
    }

    /// <summary>Where reading stopped: the header, or the data row about to be read.</summary>
    private static (string Thai, string English) Where(int row) =>
        row == 0 ? ("ที่แถวหัวคอลัมน์", "in the header") : ($"ที่แถวข้อมูลที่ {row}", $"at data row {row}");

    private static DecoderFallbackException? FindDecoderFailure(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
            if (ex is DecoderFallbackException decoder)
                return decoder;
        return null;
    }
}
