using System.Globalization;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.Text;
using Ita.Micro.DocumentRendering.Layout;

namespace Ita.Micro.DocumentRendering.Templates;

/// <summary>
/// The small pieces every template shares. Templates write numbers with ASCII digits: the writers turn them into
/// Thai digits when the document asks for them.
/// </summary>
public static class Parts
{
    public const string ItaName =
        "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA)";

    /// <summary>"พ.ศ. 2568" with a no-break space, so that a line never ends between the era and the year.</summary>
    public static string Year(int year) => "พ.ศ.\u00A0" + year.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A table heading whose words are marked with "|" where the line may wrap, and nowhere else: Thai writes no spaces
    /// between words, and a line breaker's dictionary splits words an officer reads as one ("ผู้รับผิด/ชอบ"). Between
    /// the words goes a zero-width space (a break allowed); within a word, a word joiner before every letter that is
    /// not a mark (no break; marks stay with their letter), but after a space or a slash. ColumnWidths makes each column as wide as its widest word.
    /// </summary>
    public static string ColumnHeading(string words) =>
        string.Join(
            '\u200B',
            words
                .Split('|')
                .Select(word =>
                    string.Concat(
                        word.Select(
                            (c, i) =>
                                i > 0 && !ThaiText.IsMark(c) && word[i - 1] is not (' ' or '/') && c != ' '
                                    ? "\u2060" + c
                                    : c.ToString()
                        )
                    )
                )
        );

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Score(decimal value) => ThaiText.Number(value, 2, thaiDigits: false);

    /// <summary>"31 มีนาคม 2569": a Gregorian date in the Buddhist Era.</summary>
    public static string Date(DateOnly date) => ThaiText.Date(date, thaiDigits: false);

    /// <summary>The date in Thai time (UTC+7, no daylight saving) of a UTC instant: official documents are dated there.</summary>
    public static DateOnly ThaiDay(DateTime utc) => ThaiText.DayOf(utc);

    public static string Indicator(IndicatorRef indicator) => $"ตัวชี้วัดที่ {Int(indicator.Number)} {indicator.Name}";

    /// <summary>"รอบ 6 เดือน (1 ตุลาคม 2568 – 31 มีนาคม 2569)" for a report of a plan's fiscal year.</summary>
    public static string Period(ReportPeriod period, int planFiscalYear, DateOnly asOf) =>
        $"รอบ {Int((int)period)} เดือน ({Date(ThaiText.FiscalYearStart(planFiscalYear))} – {Date(asOf)})";

    public static string Status(MeasureStatus? status) =>
        status switch
        {
            MeasureStatus.Done => "ดำเนินการแล้วเสร็จ",
            MeasureStatus.InProgress => "อยู่ระหว่างดำเนินการ",
            MeasureStatus.Dropped => "ยกเลิก",
            _ => "ยังไม่ดำเนินการ",
        };

    /// <summary>"อำเภออุ้มผาง จังหวัดตาก", whether or not the data carries the prefixes; Bangkok has เขต and no จังหวัด.</summary>
    public static string Place(OrganisationInfo org)
    {
        var bangkok = org.Province.Trim() is "กรุงเทพมหานคร" or "กรุงเทพฯ";
        var parts = new List<string>(2);
        if (org.District?.Trim() is { Length: > 0 } district)
            parts.Add(
                district.StartsWith("อำเภอ", StringComparison.Ordinal)
                || district.StartsWith("เขต", StringComparison.Ordinal)
                    ? district
                    : (bangkok ? "เขต" : "อำเภอ") + district
            );
        if (org.Province.Trim() is { Length: > 0 } province)
            parts.Add(
                bangkok || province.StartsWith("จังหวัด", StringComparison.Ordinal) ? province : "จังหวัด" + province
            );
        return string.Join(' ', parts);
    }

    /// <summary>The distinct indicators the measures answer, in number order: "ตัวชี้วัดที่ 4 …, ตัวชี้วัดที่ 9 …".</summary>
    public static string IndicatorList(IEnumerable<PlannedMeasure> measures) =>
        string.Join(
            " ",
            measures.SelectMany(m => m.Indicators).DistinctBy(i => i.Number).OrderBy(i => i.Number).Select(Indicator)
        );

    /// <summary>Numbered steps "1.1 …" of measure 1.</summary>
    public static List<string> Steps(PlannedMeasure measure) =>
        measure.Steps.Select((step, i) => $"{Int(measure.Order)}.{Int(i + 1)} {step}").ToList();

    public static Para Heading(string text) => new(text, ParaStyle.Heading);

    public static Para Body(params Run[] runs) => new(runs, ParaStyle.Body);

    public static Para Plain(params Run[] runs) => new(runs, ParaStyle.Plain);

    public static Para Centre(string text) => new(text, ParaStyle.Centre);
}
