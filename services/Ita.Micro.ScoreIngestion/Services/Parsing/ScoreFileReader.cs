using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>
/// Reads an uploaded score file (JSON, CSV or XLSX) into canonical rows, one at a time: a national file is 7,852
/// rows of about 80 item columns, so neither the file nor its rows are ever held whole. A problem with one row is a
/// <see cref="RowError"/> in that row; a problem with the file is an <see cref="ImportFileException"/>, which can
/// come after rows have been yielded, since a file can be cut or mis-encoded anywhere and streaming finds out late.
/// </summary>
public static class ScoreFileReader
{
    /// <param name="books">The code books the rows are read against: each row's fiscal year names its book.</param>
    public static IAsyncEnumerable<ParsedRow> ReadAsync(
        Stream stream,
        ScoreFileFormat format,
        ICodeBooks books,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(books);
        return format switch
        {
            ScoreFileFormat.Json => JsonScoreReader.ReadAsync(stream, books, cancellationToken),
            ScoreFileFormat.Csv => CsvScoreReader.ReadAsync(stream, books, cancellationToken),
            ScoreFileFormat.Xlsx => XlsxScoreReader.ReadAsync(stream, books, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    /// <summary>
    /// The format of an upload: by the file name's extension when it has a known one, else by the content type
    /// (browsers on Windows send .csv as application/vnd.ms-excel, so the extension is the better witness).
    /// </summary>
    public static ScoreFileFormat Detect(string? fileName, string? contentType)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        switch (extension)
        {
            case ".json":
                return ScoreFileFormat.Json;
            case ".csv":
                return ScoreFileFormat.Csv;
            case ".xlsx":
                return ScoreFileFormat.Xlsx;
            case ".xls":
                throw new ImportFileException(
                    "ไม่รองรับไฟล์ Excel แบบเก่า (.xls) กรุณาบันทึกเป็น .xlsx หรือ .csv (UTF-8) / "
                        + "The old Excel format (.xls) is not supported: save the file as .xlsx or .csv (UTF-8)"
                );
        }

        var mediaType = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        switch (mediaType)
        {
            case "application/json" or "text/json":
            case var json when json.EndsWith("+json", StringComparison.Ordinal):
                return ScoreFileFormat.Json;
            case "text/csv" or "application/csv" or "text/comma-separated-values":
                return ScoreFileFormat.Csv;
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
                return ScoreFileFormat.Xlsx;
        }

        var what = string.Join(", ", new[] { fileName, contentType }.Where(s => !string.IsNullOrWhiteSpace(s)));
        throw new ImportFileException(
            $"ไม่รู้จักชนิดไฟล์ ({what}) รองรับ .json .csv และ .xlsx / Unknown file type ({what}): .json, .csv and .xlsx are accepted"
        );
    }
}
