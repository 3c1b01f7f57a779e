using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Layout;
using Ita.Micro.DocumentRendering.Services;
using Ita.Micro.Testing;
using Organisations = Ita.Micro.DocumentRendering.Tests.TestData.Organisations;

namespace Ita.Micro.DocumentRendering.Tests;

public sealed class AnalysisReportTests
{
    private static readonly AnalysisReportOptions Options = new(new DateOnly(2025, 11, 22));

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(๑)&lt;/script&gt;")]
    [InlineData("<img src=file:///etc/passwd>", "&lt;img src=file:///etc/passwd&gt;")]
    [InlineData(
        "\"><iframe src=\"http://evil\"></iframe>",
        "&quot;&gt;&lt;iframe src=&quot;http://evil&quot;&gt;&lt;/iframe&gt;"
    )]
    public void Html_encodes_a_hostile_measure_title_as_text(string title, string encoded)
    {
        var plan = new PlanBuilder(Organisations.MaeChan)
            .WithMeasure(title, 4, "การใช้ทรัพย์สินของราชการ", title, title, title)
            .Build();

        var html = AnalysisReport.Html(new AnalysisBuilder(Organisations.MaeChan).Build(), plan, Options);

        Assert.Contains(encoded, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=file", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Html_encodes_hostile_organisation_and_indicator_names()
    {
        var hostile = Organisations.MaeChan with { Name = "<b onmouseover=x>อบต.</b>", Province = "<svg onload=x>" };
        var analysis = new AnalysisBuilder()
            .WithOrganisation(hostile)
            .WithIndicatorName(4, "<style>*{display:none}</style>")
            .Build();

        var html = AnalysisReport.Html(analysis, new PlanBuilder().WithOrganisation(hostile).Build(), Options);

        Assert.DoesNotContain("<b onmouseover", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg onload", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<style>"));
        Assert.Contains("&lt;style&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undetermined_rating_is_stated_as_passing_with_its_total_and_never_as_a_sub_level()
    {
        var official = new OfficialRating
        {
            Source = RatingSource.Undetermined,
            PossibleLabels = ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน"],
            Passed = true,
        };
        var analysis = new AnalysisBuilder(Organisations.MaeChan)
            .WithTotalOnly()
            .WithOfficial(97.90m, official)
            .Build();

        var html = AnalysisReport.Html(analysis, new PlanBuilder(Organisations.MaeChan).Build(), Options);

        Assert.Contains("ผ่านเกณฑ์ (คะแนน ๙๗.๙๐)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ผ่านดี", html, StringComparison.Ordinal);
        Assert.DoesNotContain("“ผ่าน”", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ระดับ “", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_rating_is_printed_and_the_computed_one_that_contradicts_it_is_not()
    {
        var official = new OfficialRating
        {
            Label = "ผ่านดี",
            Source = RatingSource.Published,
            PublishedLabel = "ผ่านดี",
            ComputedLabel = "ผ่าน",
            PossibleLabels = ["ผ่าน"],
            Passed = true,
        };
        var analysis = new AnalysisBuilder(Organisations.MaeChan).WithOfficial(85.71m, official).Build();

        var html = AnalysisReport.Html(analysis, new PlanBuilder(Organisations.MaeChan).Build(), Options);

        Assert.Contains("อยู่ในระดับ “ผ่านดี”", html, StringComparison.Ordinal);
        Assert.Contains("ระดับผลการประเมิน “ผ่านดี”", html, StringComparison.Ordinal);
        Assert.DoesNotContain("“ผ่าน”", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_writes_the_scores_and_the_fall_from_last_year_in_Thai_digits()
    {
        var html = AnalysisReport.Html(
            new AnalysisBuilder(Organisations.MaeChan).Build(),
            new PlanBuilder(Organisations.MaeChan).WithSeedMeasures().Build(),
            Options
        );

        Assert.Contains("๘๕.๗๑", html, StringComparison.Ordinal);
        Assert.Contains("ต่ำกว่าปีที่ผ่านมา ๔.๔๖ คะแนน", html, StringComparison.Ordinal);
        Assert.Contains("ปีงบประมาณ พ.ศ.&#160;๒๕๖๘", html, StringComparison.Ordinal);
        Assert.Contains("อำเภออุ้มผาง จังหวัดตาก", html, StringComparison.Ordinal);
        Assert.Contains("ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ได้ ๗๒.๓๐ คะแนน", html, StringComparison.Ordinal);
        Assert.Contains("<thead>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_says_higher_than_last_year_when_the_total_rose()
    {
        var analysis = new AnalysisBuilder(Organisations.MaeChan).WithPrevious(80.00m, 5.71m).Build();

        var html = AnalysisReport.Html(analysis, new PlanBuilder(Organisations.MaeChan).Build(), Options);

        Assert.Contains("สูงกว่าปีที่ผ่านมา ๕.๗๑ คะแนน", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_leaves_out_the_comparison_when_last_year_is_unknown()
    {
        var analysis = new AnalysisBuilder(Organisations.MaeChan).WithPrevious(null, null).Build();

        var html = AnalysisReport.Html(analysis, new PlanBuilder(Organisations.MaeChan).Build(), Options);

        Assert.DoesNotContain("ปีที่ผ่านมา", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_keeps_ascii_digits_when_Thai_digits_are_off()
    {
        var html = AnalysisReport.Html(
            new AnalysisBuilder(Organisations.MaeChan).Build(),
            new PlanBuilder(Organisations.MaeChan).WithSeedMeasures().Build(),
            Options with
            {
                ThaiDigits = false,
            }
        );

        Assert.Contains("85.71", html, StringComparison.Ordinal);
        Assert.Contains("4.46", html, StringComparison.Ordinal);
        Assert.DoesNotContain("๘๕.๗๑", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_without_an_emblem_draws_a_labelled_box_instead_of_an_image()
    {
        var html = AnalysisReport.Html(
            new AnalysisBuilder(Organisations.MaeChan).Build(),
            new PlanBuilder(Organisations.MaeChan).Build(),
            Options
        );

        Assert.Contains("<div class=\"noem\">ตราครุฑ<br>(สูง ๓ ซม.)</div>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        // With Arabic digits chosen, the box's label follows like every other text.
        var arabic = AnalysisReport.Html(
            new AnalysisBuilder(Organisations.MaeChan).Build(),
            new PlanBuilder(Organisations.MaeChan).Build(),
            Options with
            {
                ThaiDigits = false,
            }
        );
        Assert.Contains("<div class=\"noem\">ตราครุฑ<br>(สูง 3 ซม.)</div>", arabic, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_with_an_emblem_embeds_it_as_a_data_uri_and_references_nothing_outside()
    {
        // A 1 × 1 transparent PNG for Word.
        var png = Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
        );
        // The same pixel as a white JPEG, as Chromium writes it.
        var jpeg = Convert.FromBase64String(
            "/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIUFRT/2wBDAQMEBAUEBQkFBQkUDQsNFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBT/wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAn/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKpgA//Z"
        );

        var html = AnalysisReport.Html(
            new AnalysisBuilder(Organisations.MaeChan).Build(),
            new PlanBuilder(Organisations.MaeChan).WithSeedMeasures().Build(),
            Options with
            {
                Emblem = EmblemImage.Create(png, jpeg),
            }
        );

        Assert.Contains(
            "<img class=\"em\" alt=\"ตราครุฑ\" src=\"data:image/jpeg;base64," + Convert.ToBase64String(jpeg) + "\">",
            html,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_for_a_published_total_only_explains_that_indicators_cannot_be_analysed()
    {
        var analysis = new AnalysisBuilder(Organisations.MaeChan).WithTotalOnly().Build();

        var html = AnalysisReport.Html(analysis, new PlanBuilder(Organisations.MaeChan).Build(), Options);

        Assert.Contains("มีเฉพาะคะแนนรวม", html, StringComparison.Ordinal);
        Assert.Contains("ยังไม่มีมาตรการ", html, StringComparison.Ordinal);
    }
}
