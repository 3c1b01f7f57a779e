using Ita.Micro.ScoreIngestion.Services.Parsing;

namespace Ita.Micro.ScoreIngestion.Tests.Parsing;

/// <summary>One corrupted input of the fuzz test: what was done to which file, and how it is read.</summary>
/// <param name="ForwardOnly">Read through a <see cref="ChunkedStream"/> instead of a seekable memory stream.</param>
internal sealed record FuzzCase(string Description, byte[] Bytes, ScoreFileFormat Format, bool ForwardOnly);
