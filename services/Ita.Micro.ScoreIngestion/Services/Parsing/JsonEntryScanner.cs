using System.Text.Json;

namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>
/// Finds the elements of the root object's "assessments" array in a JSON document that arrives in chunks, with
/// <see cref="Utf8JsonReader"/> resumed from its saved state on each chunk. Only the element being read is held,
/// never the array: a national file is tens of megabytes. Other root properties ("source"…) are skipped token by
/// token.
/// </summary>
internal sealed class JsonEntryScanner
{
    /// <summary>One entry is a few kilobytes; a larger one is not an assessment and would only grow the buffer.</summary>
    public const int MaxEntryBytes = 4 * 1024 * 1024;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    private byte[] _buffer = new byte[64 * 1024];

    /// <summary>Bytes not yet consumed by the reader are buffer[start..end].</summary>
    private int _start;
    private int _end;

    /// <summary>Bytes up to here have been checked as UTF-8.</summary>
    private int _validated;

    /// <summary>The file offset of buffer[0].</summary>
    private long _offset;
    private bool _final;
    private bool _sawAssessments;
    private int _skipDepth;
    private JsonScanPhase _phase = JsonScanPhase.Root;
    private JsonReaderState _state = new(ReaderOptions);

    /// <summary>Where the next read from the file goes; compacts or grows the buffer first if needed.</summary>
    public Memory<byte> FreeSpace()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _offset += _start;
            _end -= _start;
            _validated -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxEntryBytes)
                throw new ImportFileException(
                    $"รายการใน JSON ใหญ่เกิน {MaxEntryBytes / 1024 / 1024} MB ที่ไบต์ที่ {_offset} / A JSON value is larger than {MaxEntryBytes / 1024 / 1024} MB at byte {_offset}"
                );
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        return _buffer.AsMemory(_end);
    }

    /// <summary>Takes <paramref name="count"/> bytes just read into <see cref="FreeSpace"/>; 0 means the end of the file.</summary>
    public void Advance(int count)
    {
        if (count == 0)
            _final = true;
        _end += count;
        _validated += Utf8Validation.ValidatePrefix(
            _buffer.AsSpan(_validated, _end - _validated),
            _final,
            _offset + _validated
        );
    }

    /// <summary>Reads on from where the last call stopped.</summary>
    /// <param name="entry">For <see cref="JsonScanStep.Entry"/>, the element's bytes, valid until the next call.</param>
    public JsonScanStep Scan(out ReadOnlyMemory<byte> entry)
    {
        entry = default;
        if (_phase == JsonScanPhase.Root && _offset + _start == 0)
        {
            // A UTF-8 BOM is allowed (Windows editors write one); the JSON reader does not take it.
            if (_end < 3 && !_final)
                return JsonScanStep.NeedMoreData;
            if (_buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8))
                _start = 3;
        }
        if (_final && _phase == JsonScanPhase.Root && IsBlank(_buffer.AsSpan(_start, _end - _start)))
            throw new ImportFileException(ParsingMessages.EmptyFile);
        // Only bytes checked as UTF-8 are handed to the reader, so GetString never meets an invalid sequence.
        var reader = new Utf8JsonReader(
            _buffer.AsSpan(_start, _validated - _start),
            _final && _validated == _end,
            _state
        );
        try
        {
            while (true)
            {
                var before = reader.CurrentState;
                var consumedBefore = reader.BytesConsumed;
                if (!reader.Read())
                    return NeedMore(ref reader);
                switch (_phase)
                {
                    case JsonScanPhase.Root:
                        if (reader.TokenType != JsonTokenType.StartObject)
                            throw NotAnImport();
                        _phase = JsonScanPhase.RootProperty;
                        break;
                    case JsonScanPhase.RootProperty when reader.TokenType == JsonTokenType.EndObject:
                        _phase = JsonScanPhase.Trailing;
                        break;
                    case JsonScanPhase.RootProperty:
                        var isAssessments = string.Equals(
                            PropertyName(ref reader),
                            "assessments",
                            StringComparison.OrdinalIgnoreCase
                        );
                        if (isAssessments && _sawAssessments)
                            throw new ImportFileException(
                                "JSON มี \"assessments\" สองครั้ง / The JSON has \"assessments\" twice"
                            );
                        _sawAssessments |= isAssessments;
                        _phase = isAssessments ? JsonScanPhase.AssessmentsStart : JsonScanPhase.SkipValue;
                        break;
                    case JsonScanPhase.AssessmentsStart:
                        if (reader.TokenType != JsonTokenType.StartArray)
                            throw new ImportFileException(
                                "\"assessments\" ต้องเป็นรายการ (array) / \"assessments\" must be an array"
                            );
                        _phase = JsonScanPhase.Element;
                        break;
                    case JsonScanPhase.Element when reader.TokenType == JsonTokenType.EndArray:
                        _phase = JsonScanPhase.RootProperty;
                        break;
                    case JsonScanPhase.Element:
                        var tokenStart = reader.TokenStartIndex;
                        if (
                            reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray
                            && !reader.TrySkip()
                        )
                        {
                            // The reader throws for a cut file before this can happen; should it not, never ask for
                            // more than the end of the file, which would loop for ever.
                            if (reader.IsFinalBlock)
                                throw new ImportFileException(
                                    "ไฟล์ JSON จบกลางรายการ (ไฟล์อาจถูกตัด) / The JSON file ends inside an entry (it may be truncated)"
                                );
                            // The element goes on past the buffer: start again from before it once more has arrived.
                            _state = before;
                            _start += (int)consumedBefore;
                            return JsonScanStep.NeedMoreData;
                        }
                        entry = _buffer.AsMemory(_start + (int)tokenStart, (int)(reader.BytesConsumed - tokenStart));
                        Commit(ref reader);
                        return JsonScanStep.Entry;
                    case JsonScanPhase.SkipValue:
                        _skipDepth = reader.CurrentDepth;
                        _phase = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray
                            ? JsonScanPhase.SkipNested
                            : JsonScanPhase.RootProperty;
                        break;
                    case JsonScanPhase.SkipNested:
                        if (
                            reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray
                            && reader.CurrentDepth == _skipDepth
                        )
                            _phase = JsonScanPhase.RootProperty;
                        break;
                    case JsonScanPhase.Trailing:
                        // The reader refuses a second value itself; this is only a safeguard.
                        throw new ImportFileException(
                            "มีข้อมูลต่อท้ายออบเจกต์ JSON / There is content after the JSON object"
                        );
                }
            }
        }
        catch (JsonException ex)
        {
            throw new ImportFileException(
                $"JSON ไม่ถูกต้องที่บรรทัด {(ex.LineNumber ?? 0) + 1} ตำแหน่ง {(ex.BytePositionInLine ?? 0) + 1} / "
                    + $"Malformed JSON at line {(ex.LineNumber ?? 0) + 1}, position {(ex.BytePositionInLine ?? 0) + 1}: {FirstSentence(ex.Message)}",
                ex
            );
        }
    }

    private JsonScanStep NeedMore(ref Utf8JsonReader reader)
    {
        Commit(ref reader);
        if (!(_final && _validated == _end))
            return JsonScanStep.NeedMoreData;
        // At the very end the reader returns false only after a complete document.
        if (_phase != JsonScanPhase.Trailing)
            throw NotAnImport();
        if (!_sawAssessments)
            throw new ImportFileException(
                "JSON ไม่มี \"assessments\" / The JSON has no \"assessments\" (expected {\"source\": …, \"assessments\": [ … ]})"
            );
        return JsonScanStep.End;
    }

    /// <summary>A root property's name; null for one whose escapes make no text (a lone surrogate), which is no name we know.</summary>
    private static string? PropertyName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        _state = reader.CurrentState;
        _start += (int)reader.BytesConsumed;
    }

    private static ImportFileException NotAnImport() =>
        new(
            "JSON ต้องเป็นออบเจกต์ที่มี \"assessments\" / The JSON must be an object with \"assessments\" ({\"source\": …, \"assessments\": [ … ]})"
        );

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept(" \t\r\n"u8) < 0;

    private static string FirstSentence(string message) => message.Split('\n')[0].Split(" LineNumber:")[0];
}
