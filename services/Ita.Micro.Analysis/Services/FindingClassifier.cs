using System.Globalization;
using Ita.Micro.Analysis.Model;
using Ita.Micro.Contracts;

namespace Ita.Micro.Analysis.Services;

/// <summary>
/// Places a score in a <see cref="FindingClass"/> under <see cref="AnalysisOptions"/> and says why in Thai, naming the
/// score and the line it was measured against, so an official can check every placement without reading code.
/// Pure: the same score and options always give the same class and words.
/// </summary>
public static class FindingClassifier
{
    /// <summary>The tool whose items are scored all-or-nothing (0 or 100) from what is published.</summary>
    public const string OitTool = "OIT";

    private const string UrgentText = "ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน";
    private const string DevelopText = "ประเด็นที่ต้องพัฒนาให้ดีขึ้น";
    private const string MaintainText = "ประเด็นที่ควรรักษาระดับ";

    /// <summary>An indicator's class: by its score alone, against the two lines.</summary>
    public static (FindingClass Classification, string Reason) ClassifyIndicator(
        decimal score,
        AnalysisOptions options
    ) => ByScore(score, options);

    /// <summary>
    /// An item's class. An OIT item at 0 lacks a required publication and is urgent when
    /// <see cref="AnalysisOptions.OitItemZeroIsUrgent"/> is on; every other item is placed by its score.
    /// </summary>
    public static (FindingClass Classification, string Reason) ClassifyItem(
        decimal score,
        bool isOitItem,
        AnalysisOptions options
    )
    {
        ArgumentNullException.ThrowIfNull(options);
        if (isOitItem && score == 0m && options.OitItemZeroIsUrgent)
            return (
                FindingClass.Urgent,
                $"ข้อ OIT ได้ {Score(score)} คะแนน คือยังเปิดเผยข้อมูลไม่ครบตามเกณฑ์ (ข้อ OIT ได้ 0 หรือ 100 คะแนน) "
                    + $"จึงเป็น{UrgentText}"
            );
        return ByScore(score, options);
    }

    /// <summary>
    /// Whether an item is scored as OIT: by the tool of its indicator in the year's code book, else (an item the book
    /// does not have) by its code, since O… codes are OIT items in every year.
    /// </summary>
    public static bool IsOitItem(string code, string? tool) =>
        tool is not null
            ? string.Equals(tool, OitTool, StringComparison.OrdinalIgnoreCase)
            : code.StartsWith('O') || code.StartsWith('o');

    private static (FindingClass, string) ByScore(decimal score, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (score < options.UrgentBelow)
            return (
                FindingClass.Urgent,
                $"คะแนน {Score(score)} ต่ำกว่า {Line(options.UrgentBelow)} คะแนน จึงเป็น{UrgentText}"
            );
        if (score < options.DevelopBelow)
            return (
                FindingClass.Develop,
                $"คะแนน {Score(score)} ไม่ต่ำกว่า {Line(options.UrgentBelow)} คะแนน แต่ต่ำกว่า {Line(options.DevelopBelow)} คะแนน "
                    + $"จึงเป็น{DevelopText}"
            );
        return (
            FindingClass.Maintain,
            $"คะแนน {Score(score)} ไม่ต่ำกว่า {Line(options.DevelopBelow)} คะแนน จึงเป็น{MaintainText}"
        );
    }

    // Scores as published (two decimals); lines as configured ("70", "72.5"). Invariant digits: Thai digits are the
    // documents' job, and the data must read the same on every server whatever its culture.
    private static string Score(decimal score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Line(decimal line) => line.ToString("0.##", CultureInfo.InvariantCulture);
}
