namespace Ita.Micro.Contracts.CodeBooks;

/// <summary>
/// Checks a code book before any service may rate with it: a book loaded at run time replaces the shipped one in
/// every service, so a mistake in it would spread everywhere. Every problem is reported, not just the first, so an
/// administrator can fix the file in one go. Null-safe: a book read from JSON can hold nulls where the types say not.
/// </summary>
public static class CodeBookValidator
{
    public const int MinFiscalYear = 2500;
    public const int MaxFiscalYear = 2700;
    public const decimal WeightTolerance = 0.0001m;

    /// <summary>Every problem of the book as a message (empty when it is valid).</summary>
    public static IReadOnlyList<string> Validate(CodeBook book) => Check(book).Select(e => e.Message).ToList();

    /// <summary>Every problem of the book with the field it concerns (empty when it is valid).</summary>
    public static IReadOnlyList<CodeBookError> Check(CodeBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        var errors = new List<CodeBookError>();
        void Add(string field, string thai, string english) =>
            errors.Add(new CodeBookError(field, $"{field}: {thai} / {english}"));

        if (book.FiscalYear is < MinFiscalYear or > MaxFiscalYear)
            Add(
                "fiscalYear",
                $"ปีงบประมาณ {book.FiscalYear} ต้องเป็นปี พ.ศ. {MinFiscalYear}–{MaxFiscalYear}",
                $"fiscal year {book.FiscalYear} must be a Buddhist Era year from {MinFiscalYear} to {MaxFiscalYear}"
            );
        if (book.Version < 1)
            Add("version", "ฉบับที่ต้องมากกว่าหรือเท่ากับ 1", "the version must be 1 or more");
        if (book.PassMark is < 0 or > 100)
            Add(
                "passMark",
                $"เกณฑ์ผ่าน {book.PassMark} ต้องอยู่ระหว่าง 0–100",
                $"the pass mark {book.PassMark} must be from 0 to 100"
            );

        var tools = CheckTools(book.Tools ?? [], Add);
        var indicators = CheckIndicators(book.Indicators ?? [], tools, Add);
        CheckItems(book.Items ?? [], indicators, Add);
        CheckRating(book.Rating, Add);
        return errors;
    }

    private delegate void Report(string field, string thai, string english);

    /// <summary>Checks the tools; returns the codes of those that can be referred to.</summary>
    private static HashSet<string> CheckTools(IReadOnlyList<CodeBookTool?> tools, Report add)
    {
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (tools.Count == 0)
        {
            add("tools", "ต้องมีเครื่องมือการประเมินอย่างน้อยหนึ่งรายการ", "at least one tool is needed");
            return codes;
        }
        for (var i = 0; i < tools.Count; i++)
        {
            var field = $"tools[{i}]";
            if (tools[i] is not { } tool)
            {
                add(field, "ว่างเปล่า", "is empty");
                continue;
            }
            if (string.IsNullOrWhiteSpace(tool.Code))
                add($"{field}.code", "ต้องระบุรหัสเครื่องมือ", "the tool needs a code");
            else if (!codes.Add(tool.Code))
                add($"{field}.code", $"รหัสเครื่องมือ {tool.Code} ซ้ำ", $"tool code {tool.Code} appears twice");
            if (tool.Weight <= 0)
                add(
                    $"{field}.weight",
                    $"น้ำหนัก {tool.Weight} ต้องมากกว่า 0",
                    $"weight {tool.Weight} must be more than 0"
                );
        }
        var sum = tools.OfType<CodeBookTool>().Sum(t => t.Weight);
        if (Math.Abs(sum - 1m) > WeightTolerance)
            add(
                "tools",
                $"น้ำหนักของเครื่องมือรวมกันได้ {sum} ต้องรวมเป็น 1",
                $"the tools' weights add up to {sum}, not 1"
            );
        return codes;
    }

    /// <summary>Checks the indicators; returns the numbers of those that can be referred to.</summary>
    private static HashSet<int> CheckIndicators(
        IReadOnlyList<CodeBookIndicator?> indicators,
        HashSet<string> tools,
        Report add
    )
    {
        var numbers = new HashSet<int>();
        if (indicators.Count == 0)
        {
            add("indicators", "ต้องมีตัวชี้วัดอย่างน้อยหนึ่งตัว", "at least one indicator is needed");
            return numbers;
        }
        for (var i = 0; i < indicators.Count; i++)
        {
            var field = $"indicators[{i}]";
            if (indicators[i] is not { } indicator)
            {
                add(field, "ว่างเปล่า", "is empty");
                continue;
            }
            if (!numbers.Add(indicator.Number))
                add(
                    $"{field}.number",
                    $"ตัวชี้วัดที่ {indicator.Number} ซ้ำ",
                    $"indicator {indicator.Number} appears twice"
                );
            if (string.IsNullOrWhiteSpace(indicator.Tool) || !tools.Contains(indicator.Tool))
                add(
                    $"{field}.tool",
                    $"ไม่มีเครื่องมือ {indicator.Tool} ในสมุดรหัส",
                    $"there is no tool {indicator.Tool} in the book"
                );
        }
        return numbers;
    }

    private static void CheckItems(IReadOnlyList<CodeBookItem?> items, HashSet<int> indicators, Report add)
    {
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // Concepts compare a year with the one before: two items with one concept would make the comparison ambiguous.
        var concepts = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var field = $"items[{i}]";
            if (items[i] is not { } item)
            {
                add(field, "ว่างเปล่า", "is empty");
                continue;
            }
            if (string.IsNullOrWhiteSpace(item.Code))
                add($"{field}.code", "ต้องระบุรหัสข้อ", "the item needs a code");
            else if (!codes.Add(item.Code))
                add(
                    $"{field}.code",
                    $"รหัสข้อ {item.Code} ซ้ำ (ไม่สนใจตัวพิมพ์เล็ก/ใหญ่)",
                    $"item code {item.Code} appears twice (ignoring case)"
                );
            if (!indicators.Contains(item.Indicator))
                add(
                    $"{field}.indicator",
                    $"ข้อ {item.Code} อ้างถึงตัวชี้วัดที่ {item.Indicator} ซึ่งไม่มีในสมุดรหัส",
                    $"item {item.Code} refers to indicator {item.Indicator}, which the book does not have"
                );
            if (item.Concept is { } concept && !concepts.Add(concept))
                add(
                    $"{field}.concept",
                    $"คีย์แนวคิด {concept} ซ้ำในปีเดียวกัน",
                    $"concept key {concept} appears twice in the year"
                );
        }
    }

    private static void CheckRating(RatingScheme? rating, Report add)
    {
        var bands = rating?.Bands ?? [];
        if (bands.Count == 0)
        {
            add("rating.bands", "ต้องมีระดับผลการประเมินอย่างน้อยหนึ่งระดับ", "at least one rating band is needed");
            return;
        }
        for (var i = 0; i < bands.Count; i++)
        {
            var field = $"rating.bands[{i}]";
            if (bands[i] is not { } band)
            {
                add(field, "ว่างเปล่า", "is empty");
                continue;
            }
            if (string.IsNullOrWhiteSpace(band.Label))
                add($"{field}.label", "ต้องระบุชื่อระดับ", "the band needs a label");
            if (band.MinTotal is < 0 or > 100)
                add(
                    $"{field}.minTotal",
                    $"คะแนนรวมขั้นต่ำ {band.MinTotal} ต้องอยู่ระหว่าง 0–100",
                    $"the minimum total {band.MinTotal} must be from 0 to 100"
                );
            if (band.MinEachTool is { } each and (< 0 or > 100))
                add(
                    $"{field}.minEachTool",
                    $"คะแนนขั้นต่ำรายเครื่องมือ {each} ต้องอยู่ระหว่าง 0–100",
                    $"the minimum for each tool {each} must be from 0 to 100"
                );
            if (i > 0 && bands[i - 1] is { } better && !Reachable(better, band))
                add(
                    $"{field}.minTotal",
                    $"คะแนนรวมขั้นต่ำ {band.MinTotal} ต้องน้อยกว่าระดับก่อนหน้า ({better.MinTotal}) จึงจะมีผู้ได้ระดับนี้",
                    $"the minimum total {band.MinTotal} must be below the band before ({better.MinTotal}), or no one could get this band"
                );
        }
        if (bands[^1] is { } last && last.MinTotal != 0)
            add(
                $"rating.bands[{bands.Count - 1}].minTotal",
                $"ระดับสุดท้ายต้องมีคะแนนรวมขั้นต่ำ 0 (ได้ {last.MinTotal}) เพื่อให้ทุกคะแนนได้ระดับ",
                $"the last band must start at 0 (it starts at {last.MinTotal}) so that every total gets a rating"
            );
    }

    /// <summary>
    /// Bands are tried best first and the first that holds wins, so a band needs a lower total than the one before
    /// it. The same total is allowed when the band before also asks every tool for a score this one does not (from
    /// 2566: ผ่านดี at 85 with every tool at 85, then ผ่าน at 85 alone).
    /// </summary>
    private static bool Reachable(RatingBand better, RatingBand band) =>
        band.MinTotal < better.MinTotal
        || (
            band.MinTotal == better.MinTotal
            && better.MinEachTool is { } stricter
            && (band.MinEachTool is null || band.MinEachTool < stricter)
        );
}
