using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Ita.Micro.Analysis.Catalogue;
using Ita.Micro.Analysis.Consumers;
using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Analysis.Peers;
using Ita.Micro.Analysis.Tests.TestData;
using Ita.Micro.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ita.Micro.Analysis.Tests;

public sealed class AssessmentRecordedConsumerTests : IAsyncLifetime
{
    private static readonly string AnalysedType = typeof(AssessmentAnalysed).AssemblyQualifiedName!;

    private ConsumerHarness<AnalysisDbContext> _harness = null!;

    // With the service's definition (batches of 100, 100 ms): each message below arrives alone, so these tests check
    // that a batch of one behaves as the message-at-a-time consumer did.
    public async Task InitializeAsync() =>
        _harness = await ConsumerHarness<AnalysisDbContext>.StartAsync(
            o => new AnalysisDbContext(o),
            x => x.AddConsumer<AssessmentRecordedConsumer, AssessmentRecordedConsumerDefinition>(),
            (services, _) => services.AddScoped<CatalogueStore>()
        );

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_recorded_assessment_is_stored_as_one_analysis_and_its_AssessmentAnalysed_is_queued_in_the_outbox()
    {
        var fault = await _harness.ConsumeAsync(new RecordedBuilder().Build());

        Assert.Null(fault);
        var analysis = await _harness.QueryAsync(db => db.Analyses.SingleAsync());
        Assert.Equal(("6630801", 2568, 1), (analysis.OrganisationCode, analysis.FiscalYear, analysis.Revision));
        Assert.Equal((85.71m, "ผ่าน", true), (analysis.Total, analysis.Rating, analysis.Passed));
        Assert.Equal(("ตาก", "เทศบาลตำบล"), (analysis.Province, analysis.OrganisationType));

        var outbox = Assert.Single(await _harness.QueryAsync(db => db.OutboxMessages.ToListAsync()));
        Assert.Equal(AnalysedType, outbox.MessageType);
        var published = JsonSerializer.Deserialize<AssessmentAnalysed>(outbox.Body, JsonSerializerOptions.Web)!;
        Assert.Equal(
            (analysis.Id, 1, 4, -4.46m),
            (published.AnalysisId, published.Revision, published.WeakestIndicator, published.ChangeFromPreviousYear)
        );
        Assert.Equal([4, 5, 7, 8, 10], published.Indicators.Where(i => i.Weak).Select(i => i.Indicator));
        var stored = JsonSerializer.Deserialize<AssessmentAnalysed>(analysis.ResultJson, JsonSerializerOptions.Web)!;
        Assert.Equal(
            (published.AnalysisId, published.Total, published.Rating, published.WeakestIndicator),
            (stored.AnalysisId, stored.Total, stored.Rating, stored.WeakestIndicator)
        );
    }

    [Fact]
    public async Task The_same_message_delivered_twice_is_analysed_once()
    {
        var message = new RecordedBuilder().Build();
        var messageId = NewId.NextGuid();

        await _harness.ConsumeAsync(message, messageId);
        var again = await _harness.ConsumeAsync(message, messageId);

        Assert.Null(again);
        Assert.Equal(1, await _harness.QueryAsync(db => db.Analyses.CountAsync()));
        Assert.Equal(1, await _harness.QueryAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(1, await _harness.QueryAsync(db => db.InboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_second_message_about_a_revision_already_analysed_is_skipped()
    {
        await _harness.ConsumeAsync(new RecordedBuilder().Build());
        var other = await _harness.ConsumeAsync(new RecordedBuilder().WithTotal(86m).Build());

        Assert.Null(other);
        var analysis = await _harness.QueryAsync(db => db.Analyses.SingleAsync());
        Assert.Equal(85.71m, analysis.Total);
        Assert.Equal(1, await _harness.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_newer_revision_is_analysed_beside_the_older_one()
    {
        await _harness.ConsumeAsync(new RecordedBuilder().Build());
        await _harness.ConsumeAsync(new RecordedBuilder().WithRevision(2).WithIndicator(4, 86m).Build());

        var revisions = await _harness.QueryAsync(db =>
            db.Analyses.OrderBy(a => a.Revision).Select(a => a.Revision).ToListAsync()
        );
        Assert.Equal([1, 2], revisions);
        var outbox = await _harness.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).ToListAsync());
        var latest = JsonSerializer.Deserialize<AssessmentAnalysed>(outbox[^1].Body, JsonSerializerOptions.Web)!;
        Assert.Equal((2, 5), (latest.Revision, latest.WeakestIndicator));
    }

    [Fact]
    public async Task An_older_revision_arriving_after_a_newer_one_is_not_stored_and_publishes_nothing()
    {
        await _harness.ConsumeAsync(new RecordedBuilder().WithRevision(2).Build());
        var late = await _harness.ConsumeAsync(new RecordedBuilder().WithRevision(1).WithTotal(80m).Build());

        Assert.Null(late);
        var analysis = await _harness.QueryAsync(db => db.Analyses.SingleAsync());
        Assert.Equal((2, 85.71m), (analysis.Revision, analysis.Total));
        var outbox = Assert.Single(await _harness.QueryAsync(db => db.OutboxMessages.ToListAsync()));
        Assert.Equal(
            2,
            JsonSerializer.Deserialize<AssessmentAnalysed>(outbox.Body, JsonSerializerOptions.Web)!.Revision
        );
    }

    [Fact]
    public async Task Other_organisations_and_years_are_analysed_independently()
    {
        await _harness.ConsumeAsync(new RecordedBuilder().WithRevision(2).Build());
        await _harness.ConsumeAsync(new RecordedBuilder().ForYear(2566).TotalOnly(90.17m).Build());
        await _harness.ConsumeAsync(new RecordedBuilder().WithOrganisation(o => o with { Code = "5500101" }).Build());

        Assert.Equal(3, await _harness.QueryAsync(db => db.Analyses.CountAsync()));
        Assert.Equal(3, await _harness.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_previous_year_arriving_late_re_analyses_the_following_year_as_one_new_revision_with_its_change_filled_in()
    {
        await _harness.ConsumeAsync(
            new RecordedBuilder().WithPreviousYearTotal(null).WithPublishedRating("ผ่าน").Build()
        );
        var first = await _harness.QueryAsync(db => db.Analyses.SingleAsync());
        Assert.Null(
            JsonSerializer
                .Deserialize<AssessmentAnalysed>(first.ResultJson, JsonSerializerOptions.Web)!
                .ChangeFromPreviousYear
        );

        await _harness.ConsumeAsync(
            new RecordedBuilder().ForYear(2567).TotalOnly(90.17m).WithPreviousYearTotal(null).Build()
        );

        var of2568 = await _harness.QueryAsync(db =>
            db.Analyses.Where(a => a.FiscalYear == 2568).OrderBy(a => a.Revision).ToListAsync()
        );
        Assert.Equal([(1, 1), (2, 1)], of2568.Select(a => (a.Revision, a.AssessmentRevision)));
        var published = (
            await _harness.QueryAsync(db =>
                db.OutboxMessages.Where(m => m.MessageType == AnalysedType).OrderBy(m => m.Id).ToListAsync()
            )
        )
            .Select(m => JsonSerializer.Deserialize<AssessmentAnalysed>(m.Body, JsonSerializerOptions.Web)!)
            .ToList();
        Assert.Equal([(2568, 1), (2567, 1), (2568, 2)], published.Select(p => (p.FiscalYear, p.Revision)));
        var redone = published[^1];
        Assert.Equal(
            (90.17m, -4.46m, 2567),
            (redone.PreviousYearTotal, redone.ChangeFromPreviousYear, redone.PreviousFiscalYear)
        );
        Assert.Equal(
            (1, "ผ่าน", RatingSource.Published),
            (redone.AssessmentRevision, redone.Rating, redone.Official!.Source)
        );
        Assert.Equal(published[0].Indicators.Select(i => i.Score), redone.Indicators.Select(i => i.Score));
        var peer = await _harness.QueryAsync(db => db.PeerScores.SingleAsync(p => p.FiscalYear == 2568));
        Assert.Equal(2, peer.Revision);

        // The next assessment revision of 2568 is numbered after the re-analysis, so every consumer takes it as newer.
        await _harness.ConsumeAsync(new RecordedBuilder().WithRevision(2).WithTotal(86m).Build());
        var latest = await _harness.QueryAsync(db =>
            db.Analyses.Where(a => a.FiscalYear == 2568).OrderByDescending(a => a.Revision).FirstAsync()
        );
        Assert.Equal((3, 2, 86m), (latest.Revision, latest.AssessmentRevision, latest.Total));
    }

    [Fact]
    public async Task A_revised_previous_year_re_analyses_the_following_year_again_and_a_repeat_of_it_changes_nothing()
    {
        await _harness.ConsumeAsync(
            new RecordedBuilder().ForYear(2567).TotalOnly(90.17m).WithPreviousYearTotal(null).Build()
        );
        await _harness.ConsumeAsync(new RecordedBuilder().Build());
        var revised = new RecordedBuilder()
            .ForYear(2567)
            .WithRevision(2)
            .TotalOnly(80m)
            .WithPreviousYearTotal(null)
            .Build();
        var messageId = NewId.NextGuid();
        await _harness.ConsumeAsync(revised, messageId);
        await _harness.ConsumeAsync(revised, messageId);

        var of2568 = await _harness.QueryAsync(db =>
            db.Analyses.Where(a => a.FiscalYear == 2568).OrderBy(a => a.Revision).ToListAsync()
        );
        Assert.Equal([1, 2], of2568.Select(a => a.Revision));
        var redone = JsonSerializer.Deserialize<AssessmentAnalysed>(of2568[^1].ResultJson, JsonSerializerOptions.Web)!;
        Assert.Equal((80m, 5.71m), (redone.PreviousYearTotal, redone.ChangeFromPreviousYear));
    }

    [Fact]
    public async Task A_year_without_a_code_book_faults_with_a_validation_error_and_stores_nothing()
    {
        var fault = await _harness.ConsumeAsync(new RecordedBuilder().ForYear(2550).Build());

        Assert.IsType<ValidationException>(fault);
        Assert.Equal(0, await _harness.QueryAsync(db => db.Analyses.CountAsync()));
        Assert.Equal(0, await _harness.QueryAsync(db => db.OutboxMessages.CountAsync()));
        // Not marked as processed: once the cause is fixed, a replay from the _error queue is analysed.
        Assert.Equal(0, await _harness.QueryAsync(db => db.InboxMessages.CountAsync()));
    }

    [Fact]
    public async Task One_batch_with_a_repeated_message_and_an_older_revision_behind_a_newer_one_yields_one_analysis_per_revision_and_exact_peers()
    {
        // MassTransit keeps one context per MessageId in a batch, so the five messages make four entries; the batch closes
        // when the last arrives, and all are handled in one transaction.
        await using var harness = await ConsumerHarness<AnalysisDbContext>.StartAsync(
            o => new AnalysisDbContext(o),
            x =>
                x.AddConsumer<AssessmentRecordedConsumer>(
                        (_, c) =>
                            c.Options<BatchOptions>(b => b.SetMessageLimit(4).SetTimeLimit(TimeSpan.FromSeconds(20)))
                    )
                    .Endpoint(e => e.ConcurrentMessageLimit = 10),
            (services, _) => services.AddScoped<CatalogueStore>()
        );
        var repeated = NewId.NextGuid();
        var other = new RecordedBuilder().WithOrganisation(o =>
            o with
            {
                Code = "5500101",
                Province = "น่าน",
                Type = "เทศบาลเมือง",
            }
        );

        var outcomes = await harness.ConsumeAllAsync<AssessmentRecorded>([
            (new RecordedBuilder().Build(), repeated),
            (new RecordedBuilder().Build(), repeated),
            (other.WithRevision(2).WithTotal(91.25m).Build(), NewId.NextGuid()),
            (other.WithRevision(1).WithTotal(60m).Build(), NewId.NextGuid()),
            (new RecordedBuilder().WithRevision(2).WithTotal(70.03m).WithIndicator(4, 86m).Build(), NewId.NextGuid()),
        ]);

        Assert.All(outcomes, Assert.Null);
        var batches = harness
            .Harness.GetConsumerHarness<AssessmentRecordedConsumer>()
            .Consumed.Select<Batch<AssessmentRecorded>>()
            .ToList();
        Assert.Equal(4, Assert.Single(batches).Context.Message.Length);
        var analyses = await harness.QueryAsync(db =>
            db.Analyses.OrderBy(a => a.OrganisationCode).ThenBy(a => a.Revision).ToListAsync()
        );
        // Within one batch revisions are analysed oldest first, so revision 1 behind revision 2 is analysed beside it
        // rather than dropped, and never replaces it; the repeated message is analysed once.
        Assert.Equal(
            [("5500101", 1, 60m), ("5500101", 2, 91.25m), ("6630801", 1, 85.71m), ("6630801", 2, 70.03m)],
            analyses.Select(a => (a.OrganisationCode, a.Revision, a.Total))
        );
        Assert.Equal(4, await harness.QueryAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(4, await harness.QueryAsync(db => db.InboxMessages.CountAsync()));

        // The peers count each organisation once, at its newest revision: exactly what those two analyses contain.
        var latest = analyses
            .Where(a => a.Revision == 2)
            .Select(a => JsonSerializer.Deserialize<AssessmentAnalysed>(a.ResultJson, JsonSerializerOptions.Web)!)
            .ToList();
        var expected = new Dictionary<(string, string, int), (int Count, long Sum)>();
        foreach (var analysed in latest)
        foreach (
            var scope in new[]
            {
                (PeerScope.National, ""),
                (PeerScope.Province, analysed.Organisation.Province),
                (PeerScope.Type, analysed.Organisation.Type),
            }
        )
        foreach (
            var (measure, score) in analysed
                .Indicators.Where(i => i.Indicator is >= 1 and < PeerScore.Measures)
                .Select(i => (i.Indicator, i.Score))
                .Prepend((0, analysed.Total))
        )
        {
            var (count, sum) = expected.GetValueOrDefault((scope.Item1, scope.Item2, measure));
            expected[(scope.Item1, scope.Item2, measure)] = (count + 1, sum + PeerScore.ToHundredths(score));
        }
        var stored = await harness.QueryAsync(db => db.PeerAggregates.ToListAsync());
        Assert.Equal(
            expected.OrderBy(e => e.Key),
            stored
                .Select(a => KeyValuePair.Create((a.Scope, a.ScopeKey, a.Measure), (a.Count, a.Sum)))
                .OrderBy(e => e.Key)
        );
        var scores = await harness.QueryAsync(db => db.PeerScores.OrderBy(s => s.OrganisationCode).ToListAsync());
        Assert.Equal(
            [("5500101", 2, 9125), ("6630801", 2, 7003)],
            scores.Select(s => (s.OrganisationCode, s.Revision, s.Total!.Value))
        );
    }
}
