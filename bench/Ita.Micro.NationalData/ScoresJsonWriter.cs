using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Ita.Micro.Contracts;

namespace Ita.Micro.NationalData;

/// <summary>
/// scores-YYYY.json in the import shape of docs/samples/mae-chan.json: {"source", "assessments": [...]}, one
/// assessment per line so a national file can be written (and read with grep) row by row. Thai is written as is.
/// </summary>
internal sealed class ScoresJsonWriter : IScoresWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Thai),
    };

    private readonly StreamWriter _writer;
    private bool _first = true;

    public ScoresJsonWriter(string path, string source)
    {
        Path = path;
        _writer = Csv.Create(path);
        _writer.Write($"{{\"source\":{JsonSerializer.Serialize(source, Options)},\"assessments\":[");
    }

    public string Path { get; }

    public void Write(SubmittedAssessment assessment)
    {
        _writer.Write(_first ? "\n" : ",\n");
        _first = false;
        _writer.Write(JsonSerializer.Serialize(assessment, Options));
    }

    public void Dispose()
    {
        _writer.Write("\n]}\n");
        _writer.Dispose();
    }
}
