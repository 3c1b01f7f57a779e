using System.Text.RegularExpressions;
using Ita.Micro.Analysis.Catalogue;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.Analysis.Tests.Catalogue;

public sealed partial class SeedCatalogueTests
{
    // The shipped books only: nothing these tests read is loaded at run time.
    private static readonly CodeBookStore Shipped = new();

    private static readonly MeasureCatalogue Seed = MeasureCatalogue.Seed;

    [Fact]
    public void The_seed_is_version_1() => Assert.Equal(1, Seed.Version);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    public void Every_indicator_has_at_least_three_measures_one_of_them_priority_1(int indicator)
    {
        var measures = Seed.Filter(indicator, null);

        Assert.True(measures.Count >= 3, $"indicator {indicator} has {measures.Count} measures");
        Assert.Contains(measures, m => m.Priority == 1);
    }

    [Fact]
    public void Every_measure_is_of_an_indicator_from_1_to_10() =>
        Assert.All(Seed.Measures, m => Assert.InRange(m.Indicator, 1, 10));

    [Fact]
    public void Ids_are_unique_and_kebab_case()
    {
        Assert.Equal(
            Seed.Measures.Count,
            Seed.Measures.Select(m => m.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count()
        );
        Assert.All(Seed.Measures, m => Assert.Matches(KebabCase(), m.Id));
    }

    [Fact]
    public void Every_concept_is_in_some_years_code_book_under_the_measures_indicator()
    {
        var items = Shipped.Years.SelectMany(y => Shipped.Find(y)!.Items).Where(i => i.Concept is not null).ToList();

        Assert.All(Seed.Measures.SelectMany(m => m.Concepts.Select(c => (m.Id, m.Indicator, Concept: c))), used =>
        {
            Assert.Contains(items, i => i.Concept == used.Concept);
            // A concept under another indicator would still match by concept, but would say the catalogue is confused.
            Assert.Contains(items, i => i.Concept == used.Concept && i.Indicator == used.Indicator);
        });
    }

    [Fact]
    public void Every_measure_has_a_thai_title_steps_units_a_period_and_evidence() => Assert.All(Seed.Measures, m =>
        {
            Assert.Matches("[\u0E00-\u0E7F]", m.Title);
            Assert.NotEmpty(m.Steps);
            Assert.All(m.Steps, s => Assert.False(string.IsNullOrWhiteSpace(s)));
            Assert.NotEmpty(m.ResponsibleUnits);
            Assert.All(m.ResponsibleUnits, u => Assert.False(string.IsNullOrWhiteSpace(u)));
            Assert.False(string.IsNullOrWhiteSpace(m.Period));
            Assert.False(string.IsNullOrWhiteSpace(m.Evidence));
            Assert.True(m.Priority >= 1);
        });

    [Fact]
    public void Every_measure_names_its_source_a_seed_document_or_the_framework_file() =>
        Assert.All(Seed.Measures, m => Assert.Matches(SourceName(), m.Source ?? ""));

    [Fact]
    public void The_seed_passes_the_validation_every_edit_must_pass() =>
        Assert.Empty(CatalogueValidator.Validate(Seed.Measures, Shipped));

    // The items the five seed documents and the framework address by name.
    [Theory]
    [InlineData("iit-asset-borrow-proper", 4)]
    [InlineData("iit-budget-purpose", 2)]
    [InlineData("iit-duty-process", 1)]
    [InlineData("eit-equal-service", 6)]
    [InlineData("eit-info-accessible", 7)]
    [InlineData("eit-improve-responsive", 8)]
    [InlineData("annual-report", 9)]
    [InlineData("procurement-annual", 9)]
    [InlineData("e-service", 9)]
    [InlineData("complaint-channel", 9)]
    [InlineData("bribery-risk", 10)]
    [InlineData("no-gift", 10)]
    [InlineData("ethics-promotion", 10)]
    [InlineData("measures", 10)]
    public void The_concepts_the_seeds_address_have_a_measure_of_their_indicator(string concept, int indicator) =>
        Assert.Contains(Seed.Filter(indicator, concept), m => m.Concepts.Contains(concept));

    [Fact]
    public void Every_concept_of_every_code_book_has_at_least_one_measure()
    {
        var concepts = Shipped
            .ShippedYears.SelectMany(y => Shipped.FindShipped(y)!.Items)
            .Select(i => i.Concept)
            .OfType<string>()
            .Distinct();

        Assert.All(concepts, c => Assert.NotEmpty(Seed.Filter(null, c)));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    [GeneratedRegex(@"^(00[0-4]_[0-9a-f]{16}\.txt|ita-framework\.md)")]
    private static partial Regex SourceName();
}
