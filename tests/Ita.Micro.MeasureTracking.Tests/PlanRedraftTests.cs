using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Consumers;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Tests.TestData;
using Ita.Micro.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ita.Micro.MeasureTracking.Tests;

/// <summary>A newer analysis revision against a plan officers already worked on.</summary>
public sealed class PlanRedraftTests : IAsyncLifetime
{
    private readonly TestClock _clock = TestClock.OnThaiDate(new DateOnly(2025, 11, 22));
    private ConsumerHarness<MeasureTrackingDbContext> _harness = null!;

    public async Task InitializeAsync() =>
        _harness = await ConsumerHarness<MeasureTrackingDbContext>.StartAsync(
            o => new MeasureTrackingDbContext(o),
            x => x.AddInboxConsumer<AssessmentAnalysedConsumer, MeasureTrackingDbContext>(),
            (services, _) => services.AddSingleton<TimeProvider>(_clock)
        );

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_new_revision_refreshes_untouched_proposals_but_keeps_what_officers_edited_added_or_removed()
    {
        await _harness.ConsumeAsync(AnalysisBuilder.WeakFlagsOnly().Build()); // weak 4, 5, 10, 7, 8
        await _harness.QueryAsync(async db =>
        {
            var plan = await db.Plans.Include(p => p.Measures).SingleAsync();
            var four = plan.Measures.Single(m => m.ProposalKey == "indicator-4");
            four.Title = "มาตรการที่เจ้าหน้าที่เขียนเอง";
            four.EditedByOfficer = true;
            var eight = plan.Measures.Single(m => m.ProposalKey == "indicator-8");
            plan.Measures.Remove(eight);
            db.Measures.Remove(eight);
            plan.DismissedProposals = ["indicator-8"];
            var added = new Measure
            {
                Id = Guid.NewGuid(),
                PlanId = plan.Id,
                Order = 9,
                Title = "มาตรการเพิ่มเติมของเจ้าหน้าที่",
                Finding = "",
                Period = "ตลอดปี",
                Indicators = [new IndicatorRef { Number = 1, Name = "การปฏิบัติหน้าที่" }],
                EditedByOfficer = true,
            };
            db.Measures.Add(added);
            return await db.SaveChangesAsync();
        });

        // Revision 2: indicator 4 still weak (but a new score), 5 and 10 pass now, 8 still weak, 2 newly weak.
        var newer = AnalysisBuilder
            .WeakFlagsOnly()
            .WithRevision(2)
            .WithIndicator(4, 70.00m)
            .WithIndicator(5, 90m)
            .WithIndicator(10, 90m)
            .WithIndicator(2, 80m)
            .Build();
        Assert.Null(await _harness.ConsumeAsync(newer));

        var plan = await _harness.QueryAsync(db => db.Plans.Include(p => p.Measures).SingleAsync());
        Assert.Equal(2, plan.AnalysisRevision);
        var byKey = plan.Measures.ToDictionary(m => m.ProposalKey ?? "officer");
        Assert.Equal("มาตรการที่เจ้าหน้าที่เขียนเอง", byKey["indicator-4"].Title); // edited: kept as the officer left it
        Assert.DoesNotContain("indicator-8", byKey.Keys); // removed by an officer: not brought back
        Assert.DoesNotContain("indicator-5", byKey.Keys); // untouched and no longer proposed
        Assert.DoesNotContain("indicator-10", byKey.Keys);
        Assert.Contains("indicator-2", byKey.Keys); // newly proposed
        Assert.Contains("indicator-7", byKey.Keys); // untouched and still proposed
        Assert.Equal("มาตรการเพิ่มเติมของเจ้าหน้าที่", byKey["officer"].Title); // added by an officer: kept
        // The new revision's order of importance (weakest first), then what only officers own.
        Assert.Equal(
            ["indicator-4", "indicator-2", "indicator-7", "officer"],
            plan.Measures.OrderBy(m => m.Order).Select(m => m.ProposalKey ?? "officer")
        );
        Assert.Equal([1, 2, 3, 4], plan.Measures.Select(m => m.Order).Order());

        var audit = await _harness.QueryAsync(db =>
            db.AuditEntries.Where(a => a.Action == "redrafted" || a.Action == "removed").ToListAsync()
        );
        Assert.Contains(audit, a =>
            a.EntityType == "plan"
            && a.Changes.Any(c => c is { Field: "analysisRevision", OldValue: "1", NewValue: "2" })
        );
        Assert.Equal(2, audit.Count(a => a.EntityType == "measure" && a.Action == "removed"));
        Assert.All(audit, a => Assert.Equal("system:analysis", a.ChangedBy));
    }

    [Fact]
    public async Task A_new_revision_changes_nothing_in_an_approved_plan()
    {
        await _harness.ConsumeAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        await _harness.QueryAsync(async db =>
        {
            var plan = await db.Plans.SingleAsync();
            plan.Status = PlanStatus.Approved;
            return await db.SaveChangesAsync();
        });
        var before = await _harness.QueryAsync(db =>
            db.Measures.AsNoTracking()
                .OrderBy(m => m.Order)
                .Select(m => new
                {
                    m.Id,
                    m.Title,
                    m.Version,
                })
                .ToListAsync()
        );

        Assert.Null(
            await _harness.ConsumeAsync(
                AnalysisBuilder.WeakFlagsOnly().WithRevision(2).WithAllIndicatorsAt(90m).WithIndicator(7, 84m).Build()
            )
        );

        var plan = await _harness.QueryAsync(db => db.Plans.AsNoTracking().SingleAsync());
        Assert.Equal((1, PlanStatus.Approved), (plan.AnalysisRevision, plan.Status));
        var after = await _harness.QueryAsync(db =>
            db.Measures.AsNoTracking()
                .OrderBy(m => m.Order)
                .Select(m => new
                {
                    m.Id,
                    m.Title,
                    m.Version,
                })
                .ToListAsync()
        );
        Assert.Equal(before, after);
        Assert.Equal(1, await _harness.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task The_first_plan_seeds_the_organisations_units_with_the_usual_ones_and_those_proposed()
    {
        var analysis = AnalysisBuilder.WeakFlagsOnly().Build() with
        {
            RecommendedMeasures =
            [
                new RecommendedMeasure
                {
                    Id = "asset-borrowing-rules",
                    CatalogueVersion = 3,
                    Indicator = 4,
                    Title = "จัดทำคู่มือการยืมทรัพย์สินของราชการ",
                    Finding = "คะแนน 72.30 ต่ำกว่า 85 คะแนน",
                    Steps = ["แต่งตั้งผู้รับผิดชอบ", "ประกาศคู่มือ"],
                    ResponsibleUnits = ["ผู้บริหารท้องถิ่น", "กองคลัง"],
                    Period = "ตุลาคม – มีนาคม",
                },
            ],
        };

        await _harness.ConsumeAsync(analysis);

        var units = await _harness.QueryAsync(db => db.OrganisationUnits.SingleAsync());
        Assert.Equal(Organisations.MaeChan.Code, units.OrganisationCode);
        Assert.Contains("สำนักปลัด", units.Units);
        Assert.Contains("กองการศึกษา ศาสนาและวัฒนธรรม", units.Units);
        Assert.Contains("หน่วยตรวจสอบภายใน", units.Units);
        Assert.Contains("ผู้บริหารท้องถิ่น", units.Units);
        var measure = await _harness.QueryAsync(db => db.Measures.SingleAsync());
        Assert.Equal(["ผู้บริหารท้องถิ่น", "กองคลัง"], measure.ResponsibleUnits);
        Assert.Equal(["แต่งตั้งผู้รับผิดชอบ", "ประกาศคู่มือ"], measure.Steps);
        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2026, 3, 31)), (measure.PeriodStart, measure.PeriodEnd));
        Assert.Equal("ไตรมาสที่ ๑–๒ (ตุลาคม ๒๕๖๘ – มีนาคม ๒๕๖๙)", measure.Period);
        Assert.Contains("ตัวชี้วัดที่ ๔", measure.Target, StringComparison.Ordinal);
        Assert.Contains("๒๕๖๙", measure.FollowUp, StringComparison.Ordinal);
    }
}
