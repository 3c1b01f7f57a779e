using Ita.Micro.Analysis.Catalogue;
using Ita.Micro.Analysis.Model;
using Ita.Micro.Analysis.Narratives;
using Ita.Micro.Analysis.Services;
using Ita.Micro.Analysis.Tests.TestData;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.Analysis.Tests;

public sealed class MeasureRecommenderTests
{
    // The shipped books only: nothing these tests read is loaded at run time.
    private static readonly CodeBookStore Shipped = new();

    private static AssessmentAnalysed SeedOrganisation(params ItemScore[] items)
    {
        var recorded = new RecordedBuilder().Build();
        recorded = recorded with { Scores = recorded.Scores with { Items = items } };
        return AssessmentAnalyser.Analyse(recorded, Shipped.Find(2568)!, null, new AnalysisOptions(), DateTime.UtcNow);
    }

    [Fact]
    public void The_urgent_asset_borrowing_item_gets_its_catalogue_measure_first()
    {
        var analysis = SeedOrganisation(new ItemScore { Code = "i10", Score = 45.92m });

        var measures = MeasureRecommender.Recommend(analysis, MeasureCatalogue.Seed);

        var first = measures[0];
        Assert.Equal(4, first.Indicator);
        Assert.Contains("iit-asset-borrow-proper", MeasureCatalogue.Seed.Find(first.Id)!.Concepts);
        Assert.Contains("45.92", first.Finding);
        Assert.NotEmpty(first.Steps);
        Assert.NotEmpty(first.ResponsibleUnits);
        Assert.Equal(MeasureCatalogue.Seed.Version, first.CatalogueVersion);
    }

    [Fact]
    public void Every_urgent_or_develop_indicator_gets_a_measure_and_maintained_ones_get_none()
    {
        var analysis = SeedOrganisation();

        var measures = MeasureRecommender.Recommend(analysis, MeasureCatalogue.Seed);

        var needing = analysis
            .Indicators.Where(i => i.Classification != FindingClass.Maintain)
            .Select(i => i.Indicator)
            .Order();
        Assert.Equal(needing, measures.Select(m => m.Indicator).Distinct().Order());
        // Weakest first: indicator 4 (72.30) leads.
        Assert.Equal(4, measures[0].Indicator);
    }

    [Fact]
    public void A_measures_finding_names_the_weakest_item_with_its_score_and_why_it_matters_but_not_what_to_do()
    {
        var analysis = SeedOrganisation(new ItemScore { Code = "i10", Score = 45.92m });

        var first = MeasureRecommender.Recommend(analysis, MeasureCatalogue.Seed)[0];

        // As the seeds' section-3 table: the substantive finding, not the classification rule alone; what to do is
        // the measure's steps, so the paragraph's last part is not repeated.
        var why = NarrativeLibrary.Default.Indicators["4"];
        Assert.StartsWith("ตัวชี้วัดนี้ได้ 72.30 คะแนน ซึ่งต่ำกว่าเกณฑ์ผ่านที่ 85 คะแนน", first.Finding);
        Assert.Contains("i10", first.Finding);
        Assert.Contains("45.92", first.Finding);
        Assert.Contains(why.Why, first.Finding);
        Assert.DoesNotContain(why.WhatToDo, first.Finding);
    }
}
