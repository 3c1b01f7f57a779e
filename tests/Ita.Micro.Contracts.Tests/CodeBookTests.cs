using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.Contracts.Tests;

public class CodeBookTests
{
    private static readonly CodeBookStore Shipped = new();

    private const string EmptyItemsNote = "ยังไม่มีรายการข้อคำถาม/ข้อ O ของปีนี้ในสมุดรหัสฉบับนี้";

    public static TheoryData<int> AllYears => new() { 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569 };

    public static TheoryData<int> YearsWithMeasuresAtO42AndO43 => new() { 2563, 2564, 2565, 2566 };

    private static CodeBook Book(int year) =>
        Shipped.Find(year) ?? throw new InvalidOperationException($"No code book ships for {year}.");

    private static string? Rate(int year, decimal total, IReadOnlyDictionary<string, decimal>? tools = null)
    {
        var book = Book(year);
        return book.Rating.Rate(total, tools ?? new Dictionary<string, decimal>(), book.Tools.Select(t => t.Code));
    }

    private static Dictionary<string, decimal> Tools(decimal iit, decimal eit, decimal oit) =>
        new()
        {
            ["IIT"] = iit,
            ["EIT"] = eit,
            ["OIT"] = oit,
        };

    [Fact]
    public void A_code_book_ships_for_every_fiscal_year_from_2562_to_2569()
    {
        Assert.Equal(Enumerable.Range(2562, 8), Shipped.ShippedYears);
    }

    [Theory]
    [MemberData(nameof(AllYears))]
    public void The_code_book_of_the_year_loads_and_holds_that_year(int year)
    {
        var book = Book(year);

        Assert.Equal(year, book.FiscalYear);
        Assert.Equal(10, book.Indicators.Count);
        Assert.NotEmpty(book.Items);
        Assert.NotEmpty(book.Rating.Bands);
    }

    [Theory]
    [MemberData(nameof(AllYears))]
    public void Item_codes_are_unique_within_a_year(int year)
    {
        var duplicates = Book(year)
            .Items.GroupBy(i => i.Code, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Theory]
    [MemberData(nameof(AllYears))]
    public void Every_item_points_to_an_indicator_of_the_tool_its_code_belongs_to(int year)
    {
        var book = Book(year);

        foreach (var item in book.Items)
        {
            var indicator = book.Indicator(item.Indicator);
            Assert.True(indicator is not null, $"{year} {item.Code}: indicator {item.Indicator} does not exist.");

            var expectedTool = item.Code[0] switch
            {
                'i' => "IIT",
                'e' => "EIT",
                'O' => "OIT",
                _ => throw new Xunit.Sdk.XunitException(
                    $"{year} {item.Code}: the code starts with neither i, e nor O."
                ),
            };
            Assert.True(
                expectedTool == indicator!.Tool,
                $"{year} {item.Code}: indicator {item.Indicator} belongs to {indicator.Tool}, not {expectedTool}."
            );
            Assert.NotNull(book.Tool(expectedTool));
        }
    }

    [Theory]
    [MemberData(nameof(AllYears))]
    public void Sub_indicators_belong_to_the_indicator_of_their_item(int year)
    {
        foreach (var item in Book(year).Items.Where(i => i.SubIndicator is not null))
            Assert.StartsWith($"{item.Indicator}.", item.SubIndicator);
    }

    [Theory]
    [MemberData(nameof(AllYears))]
    public void Tool_weights_add_up_to_one(int year)
    {
        Assert.Equal(1m, Book(year).Tools.Sum(t => t.Weight));
    }

    [Theory]
    [MemberData(nameof(AllYears))]
    public void Concept_keys_are_unique_within_a_year(int year)
    {
        var duplicates = Book(year)
            .Items.Where(i => i.Concept is not null)
            .GroupBy(i => i.Concept)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Theory]
    [MemberData(nameof(AllYears))]
    public void Items_whose_text_is_unknown_are_never_verified_and_carry_no_concept(int year)
    {
        foreach (var item in Book(year).Items.Where(i => i.Label.Contains("ยังไม่ทราบข้อความ")))
        {
            Assert.False(item.Verified, $"{year} {item.Code}");
            Assert.Null(item.Concept);
        }
    }

    [Theory]
    [MemberData(nameof(AllYears))]
    public void A_book_with_items_no_longer_says_it_has_none(int year)
    {
        Assert.DoesNotContain(EmptyItemsNote, Book(year).Notes);
    }

    [Theory]
    [MemberData(nameof(YearsWithMeasuresAtO42AndO43))]
    public void The_measures_are_O42_and_their_implementation_report_is_O43(int year)
    {
        var items = Book(year).Items;

        Assert.Equal("O42", Assert.Single(items, i => i.Concept == "measures").Code);
        Assert.Equal("O43", Assert.Single(items, i => i.Concept == "measures-report").Code);
    }

    [Fact]
    public void In_2569_the_ita_analysis_item_is_O25()
    {
        Assert.Equal("O25", Assert.Single(Book(2569).Items, i => i.Concept == "ita-analysis").Code);
    }

    [Fact]
    public void In_2568_the_codes_named_by_the_seed_sit_in_their_indicators()
    {
        var items = Book(2568).Items.ToDictionary(i => i.Code);

        Assert.Equal(1, items["i1"].Indicator);
        Assert.Equal(2, items["i4"].Indicator);
        Assert.Equal(4, items["i10"].Indicator);
        Assert.Equal(6, items["e2"].Indicator);
        Assert.Equal(7, items["e4"].Indicator);
        Assert.Equal(7, items["e5"].Indicator);
        Assert.Equal(8, items["e8"].Indicator);
        Assert.Equal(9, items["O7"].Indicator);
        Assert.Equal(9, items["O13"].Indicator);
        Assert.Equal(10, items["O23"].Indicator);
    }

    [Theory]
    [InlineData("84.99", "B")]
    [InlineData("85.00", "A")]
    [InlineData("94.99", "A")]
    [InlineData("95.00", "AA")]
    public void In_2565_the_total_alone_gives_the_AA_to_F_level(string total, string expected)
    {
        Assert.Equal(expected, Rate(2565, decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void In_2568_a_total_of_94_64_with_EIT_below_85_is_only_ผ่าน()
    {
        Assert.Equal("ผ่าน", Rate(2568, 94.64m, Tools(iit: 98.78m, eit: 84.99m, oit: 98.77m)));
    }

    [Fact]
    public void In_2568_a_total_of_95_81_with_one_tool_below_95_is_ผ่านดี()
    {
        Assert.Equal("ผ่านดี", Rate(2568, 95.81m, Tools(iit: 96m, eit: 94m, oit: 97m)));
    }

    [Fact]
    public void In_2568_a_total_of_95_with_every_tool_at_95_is_ผ่านดีเยี่ยม()
    {
        Assert.Equal("ผ่านดีเยี่ยม", Rate(2568, 95.00m, Tools(iit: 95m, eit: 95m, oit: 95m)));
    }

    [Theory]
    [InlineData("84.99", "ต้องปรับปรุง")]
    [InlineData("70.00", "ต้องปรับปรุง")]
    [InlineData("69.99", "ต้องปรับปรุงโดยด่วน")]
    public void In_2568_a_total_below_85_needs_improvement(string total, string expected)
    {
        Assert.Equal(expected, Rate(2568, decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void In_2568_a_total_of_96_without_tool_scores_settles_no_label_because_the_per_tool_condition_cannot_be_shown()
    {
        var book = Book(2568);

        Assert.Null(Rate(2568, 96m));
        Assert.Equal(
            ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน"],
            book.Rating.Possible(96m, new Dictionary<string, decimal>(), book.Tools.Select(t => t.Code))
        );
    }
}
