using System.Globalization;
using System.Text;
using Ita.Micro.Analysis.Model;
using Ita.Micro.Analysis.Narratives;
using Ita.Micro.Analysis.Services;
using Ita.Micro.Analysis.Tests.TestData;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.Analysis.Tests.Narratives;

/// <summary>
/// The paragraphs written for the seed organisation (seeds/002, เทศบาลตำบลแม่จัน, FY 2568) must say what its
/// authors wrote by hand: indicator 4 at 72.30 with i10 at 45.92 its weakest item, to develop, the item to fix urgently.
/// </summary>
public sealed class NarrativeWriterTests
{
    // The shipped books only: nothing these tests read is loaded at run time.
    private static readonly CodeBookStore Shipped = new();

    private static readonly DateTime Now = new(2025, 11, 22, 4, 0, 0, DateTimeKind.Utc);

    private const string I10Label = "ขอยืมหรือขอใช้ทรัพย์สินของหน่วยงานอย่างถูกต้องตามขั้นตอน/แนวปฏิบัติ";

    /// <summary>The item scores seed 002 prints for FY 2568, under the 2568 codes (as SeedAnalysisTests).</summary>
    private static readonly ItemScore[] SeedItems =
    [
        Item("i1", 81.97m),
        Item("i4", 80.56m),
        Item("i10", 45.92m),
        Item("e2", 80.91m),
        Item("e4", 80.91m),
        Item("e5", 80.91m),
        Item("e8", 78.18m),
        Item("O7", 50m),
        Item("O13", 50m),
        Item("O23", 0m),
    ];

    private static AssessmentAnalysed Seed(AnalysisOptions? options = null)
    {
        var recorded = new RecordedBuilder().Build();
        recorded = recorded with { Scores = recorded.Scores with { Items = SeedItems } };
        return AssessmentAnalyser.Analyse(recorded, Shipped.Find(2568)!, null, options ?? new AnalysisOptions(), Now);
    }

    private static ItemScore Item(string code, decimal score) => new() { Code = code, Score = score };

    private static string Paragraph(AssessmentAnalysed analysis, int indicator) =>
        analysis.Indicators.Single(i => i.Indicator == indicator).Narrative;

    [Fact]
    public void Indicator_4_names_its_score_i10_with_label_and_score_and_both_classes()
    {
        var paragraph = Paragraph(Seed(), 4);

        Assert.StartsWith(
            "เทศบาลตำบลแม่จัน มีผลคะแนนในตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ ได้ 72.30 คะแนน",
            paragraph,
            StringComparison.Ordinal
        );
        Assert.Contains("ต่ำกว่าเกณฑ์ผ่านที่ 85 คะแนน", paragraph, StringComparison.Ordinal);
        Assert.Contains(
            $"“i10 {I10Label}” ได้ 45.92 คะแนน ซึ่งเป็นตัวชี้วัดย่อยที่มีคะแนนต่ำสุด",
            paragraph,
            StringComparison.Ordinal
        );
        // The indicator (72.30) is to develop; its weakest item (45.92) is a defect to fix urgently: both are said.
        Assert.Contains("ตัวชี้วัดนี้จึงเป็นประเด็นที่ต้องพัฒนาให้ดีขึ้น", paragraph, StringComparison.Ordinal);
        Assert.Contains("และเป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน", paragraph, StringComparison.Ordinal);
        var wording = NarrativeLibrary.Default.Indicators["4"];
        Assert.Contains("เนื่องจาก" + wording.Why, paragraph, StringComparison.Ordinal);
        Assert.EndsWith("โดย" + wording.WhatToDo, paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_4_below_a_higher_urgent_line_must_be_fixed_urgently()
    {
        var paragraph = Paragraph(Seed(new AnalysisOptions { UrgentBelow = 75m, DevelopBelow = 85m }), 4);

        Assert.Contains(
            "ตัวชี้วัดนี้จึงเป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน",
            paragraph,
            StringComparison.Ordinal
        );
        Assert.Contains("จึงต้องแก้ไขปัญหาในเรื่องนี้โดยเร่งด่วน โดย", paragraph, StringComparison.Ordinal);
        Assert.DoesNotContain("ประเด็นที่ต้องพัฒนาให้ดีขึ้น ทั้งนี้", paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_indicator_gets_a_paragraph_with_its_number_name_and_score_and_no_placeholder_left()
    {
        var analysis = Seed();

        Assert.Equal(10, analysis.Indicators.Count);
        Assert.All(analysis.Indicators, i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.Narrative));
            Assert.Contains(
                $"ตัวชี้วัดที่ {i.Indicator} {i.Name} ได้ {i.Score.ToString("0.00", CultureInfo.InvariantCulture)} คะแนน",
                i.Narrative,
                StringComparison.Ordinal
            );
            Assert.DoesNotContain("{", i.Narrative, StringComparison.Ordinal);
            Assert.DoesNotContain("}", i.Narrative, StringComparison.Ordinal);
            Assert.DoesNotContain("  ", i.Narrative, StringComparison.Ordinal);
            Assert.Equal(i.Narrative.Trim(), i.Narrative);
            // Arabic digits only: the documents convert them.
            Assert.DoesNotContain(i.Narrative, c => c is >= '๐' and <= '๙');
        });
        // Every indicator has its own wording: no two paragraphs share their "what to do".
        Assert.Equal(
            10,
            analysis
                .Indicators.Select(i =>
                    NarrativeLibrary.Default.Indicators[i.Indicator.ToString(CultureInfo.InvariantCulture)].WhatToDo
                )
                .Distinct()
                .Count()
        );
    }

    [Fact]
    public void Tied_weakest_items_are_named_together_as_the_seed_names_e4_and_e5()
    {
        var paragraph = Paragraph(Seed(), 7);

        Assert.Contains("“e4 ", paragraph, StringComparison.Ordinal);
        Assert.Contains("” ได้ 80.91 คะแนน และ “e5 ", paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indicator_without_item_scores_says_nothing_of_items_and_a_maintained_one_keeps_its_level()
    {
        var paragraph = Paragraph(Seed(), 3);

        Assert.DoesNotContain("ตัวชี้วัดย่อยในหัวข้อ", paragraph, StringComparison.Ordinal);
        Assert.Contains("97.18 คะแนน ซึ่งไม่ต่ำกว่าเกณฑ์ผ่านที่ 85 คะแนน", paragraph, StringComparison.Ordinal);
        Assert.Contains("ควรรักษาระดับผลคะแนนให้อยู่ในระดับสูงเช่นนี้ต่อไป", paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void The_analysers_paragraphs_are_the_writers()
    {
        var analysis = Seed();

        var written = NarrativeWriter.WriteAll(analysis);

        Assert.Equal(
            analysis.Indicators.Select(i => (i.Indicator, i.Narrative)),
            written.OrderBy(p => p.Key).Select(p => (p.Key, p.Value))
        );
    }

    [Fact]
    public void An_indicator_the_wording_does_not_have_uses_the_default()
    {
        var indicator = new IndicatorResult
        {
            Indicator = 11,
            Name = "ตัวชี้วัดใหม่",
            Tool = "OIT",
            Score = 60m,
            Weak = true,
            Classification = FindingClass.Urgent,
        };

        var paragraph = NarrativeWriter.Write("เทศบาลตำบลแม่จัน", 85m, indicator);

        Assert.Contains(NarrativeLibrary.Default.Default.WhatToDo, paragraph, StringComparison.Ordinal);
        Assert.Contains("ตัวชี้วัดที่ 11 ตัวชี้วัดใหม่ ได้ 60.00 คะแนน", paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void Braces_in_a_label_are_printed_as_they_are_not_filled()
    {
        var item = new ItemResult
        {
            Code = "X1",
            Label = "ข้อ {score}",
            Indicator = 4,
            Score = 10m,
            Classification = FindingClass.Urgent,
            Reason = "",
        };
        var indicator = new IndicatorResult
        {
            Indicator = 4,
            Name = "การใช้ทรัพย์สินของราชการ",
            Tool = "IIT",
            Score = 60m,
            Weak = true,
            Classification = FindingClass.Urgent,
            WeakestItems = [item],
        };

        var paragraph = NarrativeWriter.Write("เทศบาลตำบลแม่จัน", 85m, indicator);

        Assert.Contains("“X1 ข้อ {score}” ได้ 10.00 คะแนน", paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_wording_has_every_class_and_indicator()
    {
        Assert.Empty(NarrativeLibrary.Check(NarrativeLibrary.Default));
    }

    [Fact]
    public void Wording_with_an_unknown_placeholder_or_a_missing_indicator_is_refused_naming_both()
    {
        var shipped = NarrativeLibrary.Default;
        var broken = shipped with
        {
            Paragraphs = new Dictionary<string, string>(shipped.Paragraphs)
            {
                ["Develop"] = "{organisation} ได้ {scor} คะแนน",
            },
            Indicators = shipped.Indicators.Where(p => p.Key != "7").ToDictionary(p => p.Key, p => p.Value),
        };
        using var json = new MemoryStream(
            Encoding.UTF8.GetBytes(
                System.Text.Json.JsonSerializer.Serialize(broken, System.Text.Json.JsonSerializerOptions.Web)
            )
        );

        var error = Assert.Throws<InvalidOperationException>(() => NarrativeLibrary.Load(json));

        Assert.Contains("paragraphs.Develop uses {scor}", error.Message, StringComparison.Ordinal);
        Assert.Contains("indicators.7 is missing", error.Message, StringComparison.Ordinal);
    }
}
