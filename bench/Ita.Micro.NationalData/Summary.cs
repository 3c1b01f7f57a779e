using System.Globalization;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.NationalData;

/// <summary>Running national figures for the one-line summary.</summary>
internal sealed class Summary(CodeBook book)
{
    private readonly Dictionary<int, decimal> _indicatorSums = book.Indicators.ToDictionary(i => i.Number, _ => 0m);
    private readonly Dictionary<string, decimal> _toolSums = book.Tools.ToDictionary(t => t.Code, _ => 0m);
    private readonly Dictionary<string, int> _ratings = book
        .Rating.Bands.Select(b => b.Label)
        .Distinct()
        .ToDictionary(l => l, _ => 0);
    private decimal _totalSum;
    private int _belowFifty;
    private int _perfect;

    public int Rows { get; private set; }

    public void Add(SubmittedAssessment assessment)
    {
        var scores = assessment.Scores;
        var total = scores.Total ?? 0m;
        Rows++;
        _totalSum += total;
        if (total < 50m)
            _belowFifty++;
        if (total == 100m)
            _perfect++;
        foreach (var i in scores.Indicators)
            _indicatorSums[i.Indicator] += i.Score;
        foreach (var t in scores.Tools)
            _toolSums[t.Tool] += t.Score;
        if (assessment.PublishedRating is { } rating)
            _ratings[rating] = _ratings.GetValueOrDefault(rating) + 1;
    }

    public string Line(IEnumerable<string> paths, TimeSpan elapsed)
    {
        var n = Math.Max(Rows, 1);
        string Mean(decimal sum) => (sum / n).ToString("0.00", CultureInfo.InvariantCulture);
        var files = string.Join(", ", paths.Select(p => $"{Path.GetFileName(p)} {Size(new FileInfo(p).Length)}"));
        return $"FY {book.FiscalYear}: {Rows} rows; {files}; mean total {Mean(_totalSum)}; "
            + $"tools {string.Join(" ", _toolSums.Select(t => $"{t.Key} {Mean(t.Value)}"))}; "
            + $"indicators 1–{_indicatorSums.Count} {string.Join(" ", _indicatorSums.Values.Select(Mean))}; "
            + $"below 50: {_belowFifty} ({100.0 * _belowFifty / n:0.0}%); at 100: {_perfect}; "
            + $"ratings {string.Join(" ", _ratings.Select(r => $"{r.Key} {r.Value}"))}; {elapsed.TotalSeconds:0.00} s";
    }

    private static string Size(long bytes) =>
        bytes >= 1 << 20
            ? (bytes / 1048576.0).ToString("0.0 MB", CultureInfo.InvariantCulture)
            : (bytes / 1024.0).ToString("0 KB", CultureInfo.InvariantCulture);
}
