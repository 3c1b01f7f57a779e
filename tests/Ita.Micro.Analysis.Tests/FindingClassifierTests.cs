using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Ita.Micro.Analysis.Model;
using Ita.Micro.Analysis.Services;
using Ita.Micro.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ita.Micro.Analysis.Tests;

public sealed class FindingClassifierTests
{
    private static readonly AnalysisOptions Defaults = new();

    private static decimal D(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    // The default rule: below 70 urgent, below 85 develop, otherwise maintain.

    [Theory]
    [InlineData("0", FindingClass.Urgent)]
    [InlineData("69.99", FindingClass.Urgent)]
    [InlineData("70.00", FindingClass.Develop)]
    [InlineData("84.99", FindingClass.Develop)]
    [InlineData("85.00", FindingClass.Maintain)]
    [InlineData("100", FindingClass.Maintain)]
    public void An_indicator_is_placed_by_its_score_against_70_and_85(string score, FindingClass expected)
    {
        Assert.Equal(expected, FindingClassifier.ClassifyIndicator(D(score), Defaults).Classification);
    }

    [Theory]
    [InlineData("69.99", FindingClass.Urgent)]
    [InlineData("70.00", FindingClass.Develop)]
    [InlineData("84.99", FindingClass.Develop)]
    [InlineData("85.00", FindingClass.Maintain)]
    public void An_IIT_or_EIT_item_is_placed_by_the_same_lines(string score, FindingClass expected)
    {
        Assert.Equal(expected, FindingClassifier.ClassifyItem(D(score), isOitItem: false, Defaults).Classification);
    }

    [Fact]
    public void An_OIT_item_at_0_is_urgent_because_a_required_publication_is_missing()
    {
        var (classification, reason) = FindingClassifier.ClassifyItem(0m, isOitItem: true, Defaults);

        Assert.Equal(FindingClass.Urgent, classification);
        Assert.Contains("OIT", reason, StringComparison.Ordinal);
        Assert.Contains("ไม่ครบตามเกณฑ์", reason, StringComparison.Ordinal);
        Assert.EndsWith("จึงเป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_OIT_item_at_100_is_maintained()
    {
        var (classification, reason) = FindingClassifier.ClassifyItem(100m, isOitItem: true, Defaults);

        Assert.Equal(FindingClass.Maintain, classification);
        Assert.Equal("คะแนน 100.00 ไม่ต่ำกว่า 85 คะแนน จึงเป็นประเด็นที่ควรรักษาระดับ", reason);
    }

    // The reasons name the score and the line, in Thai.

    [Fact]
    public void The_urgent_reason_names_the_score_and_the_urgent_line()
    {
        var (_, reason) = FindingClassifier.ClassifyItem(45.92m, isOitItem: false, Defaults);

        Assert.Equal("คะแนน 45.92 ต่ำกว่า 70 คะแนน จึงเป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน", reason);
    }

    [Fact]
    public void The_develop_reason_names_the_score_and_both_lines()
    {
        var (_, reason) = FindingClassifier.ClassifyIndicator(72.30m, Defaults);

        Assert.Equal("คะแนน 72.30 ไม่ต่ำกว่า 70 คะแนน แต่ต่ำกว่า 85 คะแนน จึงเป็นประเด็นที่ต้องพัฒนาให้ดีขึ้น", reason);
    }

    [Fact]
    public void The_maintain_reason_names_the_score_and_the_develop_line()
    {
        var (_, reason) = FindingClassifier.ClassifyIndicator(97.18m, Defaults);

        Assert.Equal("คะแนน 97.18 ไม่ต่ำกว่า 85 คะแนน จึงเป็นประเด็นที่ควรรักษาระดับ", reason);
    }

    [Fact]
    public void The_reason_reads_the_same_whatever_the_servers_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.StartsWith(
                "คะแนน 72.30 ",
                FindingClassifier.ClassifyIndicator(72.30m, Defaults).Reason,
                StringComparison.Ordinal
            );
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    // Options change the rule.

    [Theory]
    [InlineData("59.99", FindingClass.Urgent)]
    [InlineData("60.00", FindingClass.Develop)]
    [InlineData("79.99", FindingClass.Develop)]
    [InlineData("80.00", FindingClass.Maintain)]
    public void Other_lines_move_the_boundaries(string score, FindingClass expected)
    {
        var options = new AnalysisOptions { UrgentBelow = 60m, DevelopBelow = 80m };

        Assert.Equal(expected, FindingClassifier.ClassifyIndicator(D(score), options).Classification);
        Assert.Equal(expected, FindingClassifier.ClassifyItem(D(score), isOitItem: false, options).Classification);
    }

    [Fact]
    public void The_reason_names_the_configured_lines()
    {
        var options = new AnalysisOptions { UrgentBelow = 62.5m, DevelopBelow = 80m };

        Assert.Equal(
            "คะแนน 70.00 ไม่ต่ำกว่า 62.5 คะแนน แต่ต่ำกว่า 80 คะแนน จึงเป็นประเด็นที่ต้องพัฒนาให้ดีขึ้น",
            FindingClassifier.ClassifyIndicator(70m, options).Reason
        );
    }

    [Theory]
    [InlineData(true, FindingClass.Urgent)]
    [InlineData(false, FindingClass.Develop)]
    public void The_OIT_zero_rule_holds_even_when_no_score_is_urgent_by_the_lines(
        bool oitItemZeroIsUrgent,
        FindingClass expected
    )
    {
        var options = new AnalysisOptions { UrgentBelow = 0m, OitItemZeroIsUrgent = oitItemZeroIsUrgent };

        Assert.Equal(expected, FindingClassifier.ClassifyItem(0m, isOitItem: true, options).Classification);
        // Not an OIT item: only the lines count.
        Assert.Equal(
            FindingClass.Develop,
            FindingClassifier.ClassifyItem(0m, isOitItem: false, options).Classification
        );
    }

    [Theory]
    [InlineData("O23", "OIT", true)]
    [InlineData("i10", "IIT", false)]
    [InlineData("O1", "IIT", false)]
    [InlineData("O99", null, true)]
    [InlineData("o99", null, true)]
    [InlineData("i99", null, false)]
    public void An_item_is_OIT_by_its_indicators_tool_else_by_its_code(string code, string? tool, bool expected)
    {
        Assert.Equal(expected, FindingClassifier.IsOitItem(code, tool));
    }

    // The options as validated at start-up.

    [Fact]
    public void The_default_options_are_valid_and_are_the_documented_rule()
    {
        var options = new AnalysisOptions();

        Assert.Empty(Validate(options));
        Assert.Equal(
            (70m, 85m, true, 1),
            (options.UrgentBelow, options.DevelopBelow, options.OitItemZeroIsUrgent, options.WeakestItemsPerIndicator)
        );
    }

    [Fact]
    public void Options_with_the_urgent_line_above_the_develop_line_are_refused()
    {
        var errors = Validate(new AnalysisOptions { UrgentBelow = 90m, DevelopBelow = 85m });

        var error = Assert.Single(errors);
        Assert.Contains("UrgentBelow", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_lines_are_allowed_for_two_classes_only()
    {
        Assert.Empty(Validate(new AnalysisOptions { UrgentBelow = 80m, DevelopBelow = 80m }));
    }

    [Theory]
    [InlineData("-1", "85", 1)]
    [InlineData("70", "100.01", 1)]
    [InlineData("70", "85", 0)]
    public void Options_out_of_range_are_refused(string urgentBelow, string developBelow, int weakestItems)
    {
        var options = new AnalysisOptions
        {
            UrgentBelow = D(urgentBelow),
            DevelopBelow = D(developBelow),
            WeakestItemsPerIndicator = weakestItems,
        };

        Assert.NotEmpty(Validate(options));
    }

    [Fact]
    public void Options_bound_from_the_Analysis_section_are_validated_when_first_read()
    {
        // The registration Extensions.cs makes: bound from "Analysis", data annotations and IValidatableObject.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?> { ["Analysis:UrgentBelow"] = "86", ["Analysis:DevelopBelow"] = "85" }
            )
            .Build();
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddOptions<AnalysisOptions>()
            .BindConfiguration(AnalysisOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart()
            .Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() =>
            services.GetRequiredService<IOptions<AnalysisOptions>>().Value
        );
        Assert.Contains("UrgentBelow", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_bound_from_the_Analysis_section_change_the_rule()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["Analysis:UrgentBelow"] = "50",
                    ["Analysis:DevelopBelow"] = "75.5",
                    ["Analysis:OitItemZeroIsUrgent"] = "false",
                    ["Analysis:WeakestItemsPerIndicator"] = "2",
                }
            )
            .Build();
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddOptions<AnalysisOptions>()
            .BindConfiguration(AnalysisOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart()
            .Services.BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<AnalysisOptions>>().Value;

        Assert.Equal(
            (50m, 75.5m, false, 2),
            (options.UrgentBelow, options.DevelopBelow, options.OitItemZeroIsUrgent, options.WeakestItemsPerIndicator)
        );
        Assert.Equal(FindingClass.Maintain, FindingClassifier.ClassifyIndicator(75.5m, options).Classification);
    }

    private static List<ValidationResult> Validate(AnalysisOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
