using Ita.Micro.DocumentRendering.Layout;
using Ita.Micro.DocumentRendering.Tests.TestData;

namespace Ita.Micro.DocumentRendering.Tests;

/// <summary>Thai has no spaces between words: Chromium must break lines between words, never inside one.</summary>
public sealed class ThaiLineBreakTests(RendererFixture chromium) : IClassFixture<RendererFixture>
{
    // Words of the documents and the parts ICU's dictionary may split them into.
    private static readonly string[] Words =
    [
        "การ",
        "ประเมิน",
        "คุณธรรม",
        "และ",
        "ความ",
        "โปร่งใส",
        "ใน",
        "ดำเนินงาน",
        "ดำเนิน",
        "งาน",
        "ของ",
        "หน่วยงาน",
        "หน่วย",
        "ภาครัฐ",
        "ภาค",
        "รัฐ",
        "เทศบาล",
        "ตำบล",
        "แม่จัน",
        "ได้",
        "กำหนด",
        "มาตรการ",
        "ส่งเสริม",
        "ส่ง",
        "เสริม",
        "ภายใน",
        "ป้องกัน",
        "ป้อง",
        "กัน",
        "ทุจริต",
        "เพื่อ",
        "ยกระดับ",
        "ยก",
        "ระดับ",
        "ผล",
        "ให้",
        "ดีขึ้น",
        "ดี",
        "ขึ้น",
    ];

    [Fact]
    public async Task Every_line_of_a_long_Thai_paragraph_ends_between_two_words()
    {
        var sentence =
            "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ"
            + "เทศบาลตำบลแม่จันได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
            + "เพื่อป้องกันการทุจริตและยกระดับผลการประเมินให้ดีขึ้น";
        var doc = new Doc("ทดสอบ", [new Para(string.Concat(Enumerable.Repeat(sentence, 6)))]);
        var pdf = await chromium.Renderer.RenderAsync(HtmlDocWriter.Write(doc, new LayoutOptions()));
        var path = Path.Combine(Path.GetTempPath(), $"ita-linebreak-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(path, pdf);

            var lines = (await PdfText.TextAsync(path))
                .Split('\n')
                .Select(l => string.Concat(l.Where(c => !char.IsWhiteSpace(c))))
                .Where(l => l.Length > 0)
                .ToList();

            Assert.True(lines.Count > 5, $"Expected a paragraph of many lines, got {lines.Count}");
            Assert.All(lines, line => Assert.True(IsWords(line), $"A line starts or ends inside a word: {line}"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Whether the line is a sequence of whole dictionary words (dynamic programming over its prefixes).</summary>
    private static bool IsWords(string line)
    {
        var reachable = new bool[line.Length + 1];
        reachable[0] = true;
        for (var i = 0; i < line.Length; i++)
        {
            if (!reachable[i])
                continue;
            foreach (var word in Words)
                if (string.CompareOrdinal(line, i, word, 0, word.Length) == 0 && i + word.Length <= line.Length)
                    reachable[i + word.Length] = true;
        }
        return reachable[line.Length];
    }
}
