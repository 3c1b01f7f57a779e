using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.MeasureTracking.Apis.Contracts;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Checks a registered evidence link: an OIT item of the year's code book, an absolute http(s) address, a title, and a
/// publication date not in the future.
/// </summary>
public static class EvidenceValidator
{
    public sealed record Input(string ItemCode, string Url, string Title, DateOnly? PublishedOn);

    public static Input? Validate(
        EvidenceLinkRequest request,
        int fiscalYear,
        IReadOnlyList<CodeBookItem> oitItems,
        DateOnly today,
        ValidationErrors errors
    )
    {
        var code = request.ItemCode?.Trim() ?? "";
        var item = oitItems.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));
        if (oitItems.Count == 0)
            errors.Add(
                "fiscalYear",
                $"ไม่มีเกณฑ์การประเมิน (สมุดรหัส) ของปีงบประมาณ {fiscalYear} (fiscalYear) / No code book for fiscal year {fiscalYear}."
            );
        else if (code.Length == 0)
            errors.Add("itemCode", "ต้องระบุข้อ OIT เช่น O1 (itemCode) / itemCode is required, e.g. O1.");
        else if (item is null)
            errors.Add(
                "itemCode",
                $"\"{code}\" ไม่ใช่ข้อ OIT ของปี {fiscalYear} (มี {oitItems[0].Code}–{oitItems[^1].Code}) (itemCode) / Not an OIT item of {fiscalYear}."
            );

        var url = request.Url?.Trim() ?? "";
        if (url.Length > 2000)
            errors.Add("url", "ลิงก์ยาวเกิน 2000 ตัวอักษร (url) / url is longer than 2000.");
        else if (!LinkChecker.IsWebAddress(url, out _))
            errors.Add(
                "url",
                $"ลิงก์ \"{url}\" ต้องเป็นที่อยู่ http:// หรือ https:// (url) / url must be an http(s) address."
            );
        var title = errors.Required("title", request.Title, "ชื่อหลักฐาน", 500);
        if (request.PublishedOn is { } published && published > today)
            errors.Add(
                "publishedOn",
                $"วันที่เผยแพร่ {published:yyyy-MM-dd} เป็นวันในอนาคต (publishedOn, YYYY-MM-DD) / publishedOn is in the future."
            );
        return errors.Any ? null : new Input(item!.Code, url, title, request.PublishedOn);
    }
}
