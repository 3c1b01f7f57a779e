using System.Globalization;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.NationalData;

/// <summary>Running national figures for the one-line summary.</summary>
internal sealed class Summary(CodeBook book)
{
    private readonly Dictionary<int, decimal> indicatorSums = book.Indicators.ToDictionary(i => i.Number, _ => 0m);
    private readonly Dictionary<string, decimal> toolSums = book.Tools.ToDictionary(t => t.Code, _ => 0m);
    private readonly Dictionary<string, int> ratings = book.Rating.Bands.Select(b => b.Label).Distinct().ToDictionary(l => l, _ => 0);
    private decimal totalSum;
    private int belowFifty;
    private int perfect;

    public int Rows { get; private set; }

    public void Add(SubmittedAssessment assessment)
    {
        var scores = assessment.Scores;
        var total = scores.Total ?? 0m;
        Rows++;
        totalSum += total;
        if (total < 50m) belowFifty++;
        if (total == 100m) perfect++;
        foreach (var i in scores.Indicators) indicatorSums[i.Indicator] += i.Score;
        foreach (var t in scores.Tools) toolSums[t.Tool] += t.Score;
        if (assessment.PublishedRating is { } rating) ratings[rating] = ratings.GetValueOrDefault(rating) + 1;
    }

    public string Line(IEnumerable<string> paths, TimeSpan elapsed)
    {
        var n = Math.Max(Rows, 1);
        string Mean(decimal sum) => (sum / n).ToString("0.00", CultureInfo.InvariantCulture);
        var files = string.Join(", ", paths.Select(p => $"{Path.GetFileName(p)} {Size(new FileInfo(p).Length)}"));
        return $"FY {book.FiscalYear}: {Rows} rows; {files}; mean total {Mean(totalSum)}; " +
               $"tools {string.Join(" ", toolSums.Select(t => $"{t.Key} {Mean(t.Value)}"))}; " +
               $"indicators 1–{indicatorSums.Count} {string.Join(" ", indicatorSums.Values.Select(Mean))}; " +
               $"below 50: {belowFifty} ({100.0 * belowFifty / n:0.0}%); at 100: {perfect}; " +
               $"ratings {string.Join(" ", ratings.Select(r => $"{r.Key} {r.Value}"))}; {elapsed.TotalSeconds:0.00} s";
    }

    private static string Size(long bytes) => bytes >= 1 << 20
        ? (bytes / 1048576.0).ToString("0.0 MB", CultureInfo.InvariantCulture)
        : (bytes / 1024.0).ToString("0 KB", CultureInfo.InvariantCulture);
}
