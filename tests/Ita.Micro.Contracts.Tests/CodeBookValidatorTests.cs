using System.Text;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.Contracts.Tests;

/// <summary>
/// A code book loaded at run time replaces the shipped one in every service, so the validator is what stands between
/// a typing mistake and every rating in the country. Each rule is shown refusing a copy of a real book broken in
/// exactly one way. Tests of <see cref="CodeBookStore.Use"/> each make a store of their own, so the years they load
/// never reach the other tests.
/// </summary>
public class CodeBookValidatorTests
{
    private const int UnusedYear = 2601;

    private static readonly CodeBookStore Shipped = new();

    public static TheoryData<int> ShippedYears => new(Shipped.ShippedYears);

    /// <summary>The 2569 book, valid as shipped: each test breaks one thing in it.</summary>
    private static CodeBook Valid => Shipped.FindShipped(2569)!;

    private static IReadOnlyList<CodeBookError> Errors(CodeBook book) => CodeBookValidator.Check(book);

    private static void AssertRefused(CodeBook book, string field)
    {
        var errors = Errors(book);
        Assert.True(
            errors.Any(e => e.Field == field),
            $"Expected an error on {field}; got: {(errors.Count == 0 ? "none" : string.Join(" | ", errors.Select(e => e.Message)))}"
        );
    }

    private static CodeBook WithTool(int index, Func<CodeBookTool, CodeBookTool> change) =>
        Valid with
        {
            Tools = [.. Valid.Tools.Select((t, i) => i == index ? change(t) : t)],
        };

    private static CodeBook WithBands(params RatingBand[] bands) =>
        Valid with
        {
            Rating = Valid.Rating with { Bands = bands },
        };

    [Theory]
    [MemberData(nameof(ShippedYears))]
    public void Every_shipped_book_is_valid(int year)
    {
        Assert.Empty(CodeBookValidator.Validate(Shipped.FindShipped(year)!));
    }

    [Fact]
    public void Every_message_names_its_field_and_is_in_Thai_and_English()
    {
        var errors = Errors(Valid with { FiscalYear = 2499, PassMark = 101 });

        Assert.Equal(["fiscalYear", "passMark"], errors.Select(e => e.Field));
        Assert.All(errors, e =>
        {
            Assert.StartsWith(e.Field + ": ", e.Message);
            Assert.Contains(" / ", e.Message);
            Assert.Matches("[\u0E00-\u0E7F]", e.Message);
        });
        Assert.Equal(
            errors.Select(e => e.Message),
            CodeBookValidator.Validate(Valid with { FiscalYear = 2499, PassMark = 101 })
        );
    }

    [Theory]
    [InlineData(2499, false)]
    [InlineData(2500, true)]
    [InlineData(2700, true)]
    [InlineData(2701, false)]
    [InlineData(2025, false)] // a Gregorian year by mistake
    public void The_fiscal_year_is_a_Buddhist_Era_year_from_2500_to_2700(int year, bool valid)
    {
        Assert.Equal(valid, !Errors(Valid with { FiscalYear = year }).Any(e => e.Field == "fiscalYear"));
    }

    [Theory]
    [InlineData(-0.01, false)]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(100.01, false)]
    public void The_pass_mark_is_from_0_to_100(decimal passMark, bool valid)
    {
        Assert.Equal(valid, !Errors(Valid with { PassMark = passMark }).Any(e => e.Field == "passMark"));
    }

    [Fact]
    public void A_book_without_tools_is_refused()
    {
        AssertRefused(Valid with { Tools = [] }, "tools");
    }

    [Fact]
    public void Two_tools_with_one_code_are_refused_whatever_the_case()
    {
        AssertRefused(WithTool(1, t => t with { Code = "iit" }), "tools[1].code");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.3)]
    public void A_tool_weight_of_zero_or_less_is_refused(decimal weight)
    {
        AssertRefused(WithTool(0, t => t with { Weight = weight }), "tools[0].weight");
    }

    [Theory]
    [InlineData(0.29, false)]
    [InlineData(0.31, false)]
    [InlineData(0.30009, true)] // within 0.0001 of 1 in total
    [InlineData(0.2999, true)]
    public void The_tool_weights_add_up_to_one_within_a_ten_thousandth(decimal iitWeight, bool valid)
    {
        Assert.Equal(valid, !Errors(WithTool(0, t => t with { Weight = iitWeight })).Any(e => e.Field == "tools"));
    }

    [Fact]
    public void Two_indicators_with_one_number_are_refused()
    {
        var indicators = Valid.Indicators.ToList();
        indicators[1] = indicators[1] with { Number = indicators[0].Number };
        AssertRefused(Valid with { Indicators = indicators }, "indicators[1].number");
    }

    [Fact]
    public void An_indicator_of_a_tool_the_book_does_not_have_is_refused()
    {
        var indicators = Valid.Indicators.ToList();
        indicators[2] = indicators[2] with { Tool = "XIT" };
        AssertRefused(Valid with { Indicators = indicators }, "indicators[2].tool");
    }

    [Fact]
    public void A_book_without_indicators_is_refused()
    {
        AssertRefused(Valid with { Indicators = [], Items = [] }, "indicators");
    }

    [Fact]
    public void Two_items_with_one_code_are_refused_whatever_the_case()
    {
        var items = Valid.Items.ToList();
        items[1] = items[1] with { Code = items[0].Code.ToLowerInvariant() }; // "o1" beside "O1"
        Assert.NotEqual(items[0].Code, items[1].Code);
        AssertRefused(Valid with { Items = items }, "items[1].code");
    }

    [Fact]
    public void An_item_of_an_indicator_the_book_does_not_have_is_refused()
    {
        var items = Valid.Items.ToList();
        items[0] = items[0] with { Indicator = 11 };
        AssertRefused(Valid with { Items = items }, "items[0].indicator");
    }

    [Fact]
    public void Two_items_with_one_concept_in_a_year_are_refused()
    {
        var items = Valid.Items.ToList();
        var first = items.FindIndex(i => i.Concept is not null);
        items.Add(items[first] with { Code = "e999" });
        AssertRefused(Valid with { Items = items }, $"items[{items.Count - 1}].concept");
    }

    [Fact]
    public void Items_without_a_concept_do_not_clash()
    {
        var items = Valid.Items.ToList();
        items.Add(items[0] with { Code = "e998", Concept = null });
        items.Add(items[0] with { Code = "e999", Concept = null });
        Assert.Empty(Errors(Valid with { Items = items }));
    }

    [Fact]
    public void A_book_without_rating_bands_is_refused()
    {
        AssertRefused(WithBands(), "rating.bands");
    }

    [Fact]
    public void A_band_needing_more_than_the_band_before_is_refused()
    {
        AssertRefused(
            WithBands(
                new RatingBand { Label = "A", MinTotal = 85 },
                new RatingBand { Label = "AA", MinTotal = 95 },
                new RatingBand { Label = "F", MinTotal = 0 }
            ),
            "rating.bands[1].minTotal"
        );
    }

    [Fact]
    public void A_band_with_the_same_total_as_the_band_before_and_no_stricter_tool_condition_is_refused()
    {
        // The first band would always win: no one could get the second.
        AssertRefused(
            WithBands(
                new RatingBand { Label = "ผ่าน", MinTotal = 85 },
                new RatingBand
                {
                    Label = "ผ่านดี",
                    MinTotal = 85,
                    MinEachTool = 85,
                },
                new RatingBand { Label = "ต้องปรับปรุง", MinTotal = 0 }
            ),
            "rating.bands[1].minTotal"
        );
    }

    [Fact]
    public void A_band_with_the_same_total_is_allowed_below_one_that_also_needs_every_tool_to_score()
    {
        // As from 2566: ผ่านดี (85, every tool 85) before ผ่าน (85).
        Assert.Empty(
            Errors(
                WithBands(
                    new RatingBand
                    {
                        Label = "ผ่านดี",
                        MinTotal = 85,
                        MinEachTool = 85,
                    },
                    new RatingBand { Label = "ผ่าน", MinTotal = 85 },
                    new RatingBand { Label = "ต้องปรับปรุง", MinTotal = 0 }
                )
            )
        );
    }

    [Fact]
    public void The_last_band_starts_at_zero_so_every_total_gets_a_rating()
    {
        AssertRefused(
            WithBands(
                new RatingBand { Label = "ผ่าน", MinTotal = 85 },
                new RatingBand { Label = "ไม่ผ่าน", MinTotal = 10 }
            ),
            "rating.bands[1].minTotal"
        );
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    public void A_minimum_for_each_tool_outside_0_to_100_is_refused(decimal minEachTool)
    {
        AssertRefused(
            WithBands(
                new RatingBand
                {
                    Label = "ผ่านดี",
                    MinTotal = 85,
                    MinEachTool = minEachTool,
                },
                new RatingBand { Label = "ผ่าน", MinTotal = 0 }
            ),
            "rating.bands[0].minEachTool"
        );
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var errors = Errors(WithTool(0, t => t with { Weight = 0 }) with { PassMark = -1, FiscalYear = 3000 });

        Assert.Equal(["fiscalYear", "passMark", "tools[0].weight", "tools"], errors.Select(e => e.Field));
    }

    [Fact]
    public void A_book_read_from_JSON_with_nulls_where_lists_belong_is_refused_not_thrown_on()
    {
        var json =
            """{"fiscalYear":2601,"version":1,"passMark":85,"tools":null,"indicators":[null],"items":null,"rating":{"name":"pass","bands":null}}""";
        var book = CodeBookJson.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(["tools", "indicators[0]", "rating.bands"], Errors(book).Select(e => e.Field));
    }

    // ---- CodeBookStore.Use, on a store of each test's own ------------------------------------------------------

    [Fact]
    public void A_book_loaded_for_a_year_none_ships_for_is_found_and_listed_among_the_years()
    {
        var books = new CodeBookStore();
        Assert.Null(books.Find(UnusedYear));

        books.Use(Valid with { FiscalYear = UnusedYear, Version = 1 });

        Assert.Equal(1, books.Find(UnusedYear)?.Version);
        Assert.Equal([.. books.ShippedYears, UnusedYear], books.Years);
    }

    [Fact]
    public void A_higher_version_of_a_shipped_year_is_found_in_place_of_the_shipped_one()
    {
        var books = new CodeBookStore();

        books.Use(Valid with { Version = 2, PassMark = 80 });

        var found = books.Find(2569)!;
        Assert.Equal(2, found.Version);
        Assert.Equal(80, found.PassMark);
        Assert.Equal(books.ShippedYears, books.Years); // the year was there already
        Assert.Equal(1, books.FindShipped(2569)!.Version); // and the shipped book is still there to compare with
    }

    [Fact]
    public void A_lower_or_equal_version_never_downgrades_the_book_in_use()
    {
        var books = new CodeBookStore();
        books.Use(Valid with { FiscalYear = UnusedYear, Version = 3, PassMark = 85 });

        books.Use(Valid with { FiscalYear = UnusedYear, Version = 2, PassMark = 70 }); // a late message
        books.Use(Valid with { FiscalYear = UnusedYear, Version = 3, PassMark = 75 }); // a redelivery, differing
        books.Use(Valid with { Version = 1, PassMark = 60 }); // not above the shipped 2569

        Assert.Equal((3, 85m), (books.Find(UnusedYear)!.Version, books.Find(UnusedYear)!.PassMark));
        Assert.Equal((1, 85m), (books.Find(2569)!.Version, books.Find(2569)!.PassMark));
    }

    [Fact]
    public void An_invalid_book_is_refused_by_Use()
    {
        var books = new CodeBookStore();

        var ex = Assert.Throws<ArgumentException>(() =>
            books.Use(Valid with { FiscalYear = UnusedYear, PassMark = 120 })
        );

        Assert.Contains("passMark", ex.Message);
        Assert.Null(books.Find(UnusedYear));
    }

    [Fact]
    public void Find_in_a_store_where_nothing_was_loaded_gives_the_shipped_book()
    {
        var books = new CodeBookStore();

        foreach (var year in books.ShippedYears)
            Assert.Same(books.FindShipped(year), books.Find(year));
    }

    [Fact]
    public void A_book_loaded_in_one_store_is_not_seen_by_another()
    {
        var mine = new CodeBookStore();
        var theirs = new CodeBookStore();

        mine.Use(Valid with { FiscalYear = UnusedYear, Version = 1 });
        mine.Use(Valid with { Version = 2 });

        Assert.Null(theirs.Find(UnusedYear));
        Assert.Equal(1, theirs.Find(2569)!.Version);
        Assert.Equal(theirs.ShippedYears, theirs.Years);
    }

    [Fact]
    public async Task Readers_during_writes_see_each_year_at_a_version_that_only_goes_up()
    {
        var books = new CodeBookStore();
        const int versions = 200;
        var writer = Task.Run(() =>
        {
            for (var v = 1; v <= versions; v++)
            {
                books.Use(Valid with { FiscalYear = UnusedYear, Version = v });
                books.Use(Valid with { Version = v + 1 });
            }
        });

        var (lastLoaded, lastShipped) = (0, 1);
        while (!writer.IsCompleted)
        {
            var loaded = books.Find(UnusedYear)?.Version ?? 0;
            var shipped = books.Find(2569)!.Version;
            Assert.True(
                loaded >= lastLoaded && shipped >= lastShipped,
                $"went back: {loaded} after {lastLoaded}, {shipped} after {lastShipped}"
            );
            (lastLoaded, lastShipped) = (loaded, shipped);
        }
        await writer;

        Assert.Equal((versions, versions + 1), (books.Find(UnusedYear)!.Version, books.Find(2569)!.Version));
        Assert.Equal([.. books.ShippedYears, UnusedYear], books.Years);
    }
}
