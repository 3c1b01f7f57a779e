namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>
/// The file as a whole cannot be read (empty, not UTF-8, not a workbook, required columns missing…), as opposed to
/// a <see cref="RowError"/>, which concerns one row and lets the others be read. The message is Thai, then English.
/// </summary>
public sealed class ImportFileException(string message, Exception? innerException = null)
    : Exception(message, innerException);
