using System.Globalization;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.Text;

namespace Ita.Micro.Portal.Components.Shared;

/// <summary>
/// How the portal writes numbers and dates in the user's language: Buddhist Era years always (through
/// <see cref="ThaiText"/>, the project's one place for Thai dates), Arabic digits as Thai web pages do.
/// </summary>
public static class Display
{
    private static bool Thai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";

    public static string Score(decimal value) => ThaiText.Number(value, 2, thaiDigits: false);

    public static string Score(decimal? value) => value is { } v ? Score(v) : "–";

    /// <summary>
    /// The official rating as the documents word it (one rule, in contracts): the label, or pass or fail with the total
    /// when the scores leave the level undetermined.
    /// </summary>
    public static string Rating(AssessmentAnalysed analysis) =>
        OfficialRating.Of(analysis).Wording(analysis.Total, Score);

    /// <summary>A change with its sign: "+1.25", "-4.46".</summary>
    public static string Change(decimal? value) =>
        value switch
        {
            null => "–",
            > 0 => "+" + Score(value.Value),
            _ => Score(value.Value),
        };

    /// <summary>"6 ธันวาคม 2569" in Thai, "6 December B.E. 2569" in English.</summary>
    public static string Date(DateOnly date) =>
        Thai
            ? ThaiText.Date(date, thaiDigits: false)
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{date.Day} {CultureInfo.GetCultureInfo("en").DateTimeFormat.GetMonthName(date.Month)} B.E. {ThaiText.BuddhistYear(date.Year)}"
            );

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "–";

    /// <summary>Today in Thailand (UTC+7), the day a date entered today is signed on.</summary>
    public static DateOnly Today() => ThaiText.DayOf(DateTime.UtcNow);

    /// <summary>A date as a date input takes it: YYYY-MM-DD.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A moment in Thailand's time (UTC+7), as a B.E. date with the time of day.</summary>
    public static string Moment(DateTime utc)
    {
        var thailand = ThaiText.InThailand(utc);
        return $"{Date(DateOnly.FromDateTime(thailand))} {thailand:HH:mm}";
    }

    /// <summary>A fiscal year as B.E.: "2568".</summary>
    public static string Year(int fiscalYear) => ThaiText.Integer(fiscalYear, thaiDigits: false);

    /// <summary>A count with thousands separators: "7,852".</summary>
    public static string Count(int value) => ThaiText.Number(value, 0, thaiDigits: false);

    /// <summary>A share (0.8125) as a percentage to two decimals: "81.25%".</summary>
    public static string Share(decimal? share) =>
        share is { } s ? ThaiText.Number(s * 100m, 2, thaiDigits: false) + "%" : "–";

    /// <summary>The width of a score's bar, 0–100 %.</summary>
    public static string Percent(decimal score) =>
        Math.Clamp(score, 0m, 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
