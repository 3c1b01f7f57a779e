namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>
/// What is wrong with one row, located so that an officer can find it in the file: the data row, the column
/// (the header as written in CSV/XLSX, the field path inside the entry for JSON) and the organisation when known.
/// </summary>
/// <param name="Message">Thai first, then " / ", then English.</param>
public sealed record RowError(int? Row, string? Column, string? OrganisationCode, string Message);
