using System.Text;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>Thai digits, month names and B.E. years for the text this service puts into plans and events.</summary>
public static class ThaiText
{
    public static readonly string[] MonthNames =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    /// <summary>Arabic digits replaced by Thai ones (๐–๙); everything else kept.</summary>
    public static string Digits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(c is >= '0' and <= '9' ? (char)('๐' + (c - '0')) : c);
        return builder.ToString();
    }

    public static string Digits(int number) => Digits(number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>"ตุลาคม ๒๕๖๘": a month with its Buddhist Era year.</summary>
    public static string MonthYear(DateOnly date) => $"{MonthNames[date.Month - 1]} {Digits(ThaiFiscalYear.BuddhistYear(date.Year))}";

    /// <summary>"๓๑ มีนาคม ๒๕๖๙".</summary>
    public static string Date(DateOnly date) => $"{Digits(date.Day)} {MonthYear(date)}";
}
