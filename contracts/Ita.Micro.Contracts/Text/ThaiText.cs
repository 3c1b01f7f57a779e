using System.Globalization;

namespace Ita.Micro.Contracts.Text;

/// <summary>
/// Thai digits, numbers, month names, Buddhist Era dates and Thai time: the one place that writes them, for every
/// service, the documents and the portal alike. The fiscal-year arithmetic itself is <see cref="ThaiFiscalYear"/>.
/// </summary>
public static class ThaiText
{
    private static readonly string[] MonthNames =
    [
        "มกราคม",
        "กุมภาพันธ์",
        "มีนาคม",
        "เมษายน",
        "พฤษภาคม",
        "มิถุนายน",
        "กรกฎาคม",
        "สิงหาคม",
        "กันยายน",
        "ตุลาคม",
        "พฤศจิกายน",
        "ธันวาคม",
    ];

    /// <summary>
    /// A Thai mark written above or below the letter before it (ั ิ–ฺ ็–๎: vowels, tone marks): it takes no room on the
    /// line and never starts one.
    /// </summary>
    public static bool IsMark(char c) =>
        c is '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E');

    /// <summary>
    /// Thai dictionary order for names shown in lists (provinces, districts, types): code-point order would put every
    /// name that starts with a leading vowel (เชียงใหม่, แพร่, ไชยา) after all the others; numbers compare as numbers.
    /// </summary>
    public static readonly StringComparer Collation = StringComparer.Create(
        CultureInfo.GetCultureInfo("th-TH"),
        CompareOptions.NumericOrdering
    );

    /// <summary>Thailand keeps UTC+7 all year: official documents and dates entered by officers are dated there.</summary>
    public static readonly TimeSpan UtcOffset = TimeSpan.FromHours(7);

    /// <summary>The time in Thailand of a UTC instant.</summary>
    public static DateTime InThailand(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc) + UtcOffset;

    /// <summary>The date in Thailand of a UTC instant.</summary>
    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(InThailand(utc));

    /// <summary>Replaces the ASCII digits 0–9 with the Thai digits ๐–๙; every other character is kept.</summary>
    public static string ToThaiDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
            return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '0' and <= '9' ? (char)('๐' + (c - '0')) : c;
            }
        });
    }

    /// <summary>
    /// A number with a fixed count of decimals and thousands separators, rounded half away from zero
    /// (85.71 → "๘๕.๗๑", -4.46 → "-๔.๔๖").
    /// </summary>
    public static string Number(decimal value, int decimals, bool thaiDigits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        var rounded = decimal.Round(value, decimals, MidpointRounding.AwayFromZero);
        // A value that rounds to zero would otherwise print as "-0.00".
        if (rounded == 0m)
            rounded = 0m;
        var text = rounded.ToString(
            "N" + decimals.ToString(CultureInfo.InvariantCulture),
            CultureInfo.InvariantCulture
        );
        return thaiDigits ? ToThaiDigits(text) : text;
    }

    /// <summary>A date in the Buddhist Era with the full Thai month name: "๒๒ พฤศจิกายน ๒๕๖๙".</summary>
    public static string Date(DateOnly date, bool thaiDigits)
    {
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{date.Day} {MonthNames[date.Month - 1]} {BuddhistYear(date.Year)}"
        );
        return thaiDigits ? ToThaiDigits(text) : text;
    }

    /// <summary>A month with its Buddhist Era year: "ตุลาคม ๒๕๖๘".</summary>
    public static string MonthYear(DateOnly date, bool thaiDigits) =>
        $"{MonthNames[date.Month - 1]} {Integer(BuddhistYear(date.Year), thaiDigits)}";

    /// <summary>The Thai name of a month, 1 = มกราคม.</summary>
    public static string MonthName(int month) => MonthNames[month - 1];

    /// <summary>The Buddhist Era year of a Gregorian year: 2025 → 2568.</summary>
    public static int BuddhistYear(int year) => ThaiFiscalYear.BuddhistYear(year);

    /// <summary>
    /// The Buddhist Era fiscal year a date falls in: fiscal years run from 1 October to 30 September and are named
    /// by the year in which they end (1 October 2024 is in fiscal year 2568).
    /// </summary>
    public static int FiscalYearOf(DateOnly date) => ThaiFiscalYear.Of(date);

    /// <summary>The first day of a Buddhist Era fiscal year: fiscal year 2569 starts on 1 October 2025.</summary>
    public static DateOnly FiscalYearStart(int fiscalYear) => ThaiFiscalYear.Start(fiscalYear);

    /// <summary>A year (or any integer) without separators, in Thai digits when asked: 2568 → "๒๕๖๘".</summary>
    public static string Integer(int value, bool thaiDigits)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return thaiDigits ? ToThaiDigits(text) : text;
    }
}
