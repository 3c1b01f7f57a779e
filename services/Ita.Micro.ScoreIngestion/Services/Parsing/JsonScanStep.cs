namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>What <see cref="JsonEntryScanner.Scan"/> found in the bytes it holds.</summary>
internal enum JsonScanStep
{
    /// <summary>The buffer ends before the next entry does: read more into <see cref="JsonEntryScanner.FreeSpace"/>.</summary>
    NeedMoreData,

    /// <summary>One whole element of "assessments".</summary>
    Entry,

    /// <summary>The document is complete.</summary>
    End,
}
