using System.Text;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.NationalData;

/// <summary>
/// scores-YYYY.csv: organisation_code,fiscal_year,total,rating, the tools (iit,eit,oit), indicator_1…indicator_10,
/// then every item code of the year's code book in code-book order. Assessments come with their lists in book order.
/// </summary>
internal sealed class ScoresCsvWriter : IScoresWriter
{
    private readonly StreamWriter _writer;
    private readonly StringBuilder _line = new(1024);

    public ScoresCsvWriter(string path, CodeBook book)
    {
        Path = path;
        _writer = Csv.Create(path);
        IEnumerable<string> header =
        [
            "organisation_code",
            "fiscal_year",
            "total",
            "rating",
            .. book.Tools.Select(t => t.Code.ToLowerInvariant()),
            .. book.Indicators.Select(i => $"indicator_{i.Number}"),
            .. book.Items.Select(i => i.Code),
        ];
        _writer.WriteLine(string.Join(',', header.Select(Csv.Field)));
    }

    public string Path { get; }

    public void Write(SubmittedAssessment assessment)
    {
        var scores = assessment.Scores;
        _line
            .Clear()
            .Append(Csv.Field(assessment.Organisation.Code))
            .Append(',')
            .Append(Csv.Number(assessment.FiscalYear))
            .Append(',')
            .Append(Csv.Number(scores.Total ?? 0m))
            .Append(',')
            .Append(Csv.Field(assessment.PublishedRating));
        foreach (
            var score in scores
                .Tools.Select(t => t.Score)
                .Concat(scores.Indicators.Select(i => i.Score))
                .Concat(scores.Items.Select(i => i.Score))
        )
            _line.Append(',').Append(Csv.Number(score));
        _writer.WriteLine(_line);
    }

    public void Dispose() => _writer.Dispose();
}
