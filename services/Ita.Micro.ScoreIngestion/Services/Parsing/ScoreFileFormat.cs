namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>The kinds of score file an import accepts.</summary>
public enum ScoreFileFormat
{
    Json,
    Csv,
    Xlsx,
}
