using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Consumers;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.ServiceDefaults.Outbox;
using Ita.Micro.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Organisations = Ita.Micro.DocumentRendering.Tests.TestData.Organisations;

namespace Ita.Micro.DocumentRendering.Tests;

public sealed class AssessmentAnalysedConsumerTests : IAsyncLifetime
{
    private ConsumerHarness<DocumentsDbContext> _harness = null!;

    public async Task InitializeAsync() =>
        _harness = await ConsumerHarness<DocumentsDbContext>.StartAsync(
            o => new DocumentsDbContext(o),
            x => x.AddInboxConsumer<AssessmentAnalysedConsumer, DocumentsDbContext>()
        );

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task An_analysis_is_stored_as_one_snapshot_of_its_organisation_year_and_revision()
    {
        var analysis = new AnalysisBuilder(Organisations.MaeChan).Build();

        var fault = await _harness.ConsumeAsync(analysis);

        Assert.Null(fault);
        var snapshot = await _harness.QueryAsync(db => db.Analyses.SingleAsync());
        Assert.Equal(
            (analysis.AnalysisId, "5630501", 2568, 1),
            (snapshot.Id, snapshot.OrganisationCode, snapshot.FiscalYear, snapshot.Revision)
        );
        var stored = JsonSerializer.Deserialize<AssessmentAnalysed>(snapshot.Json, JsonSerializerOptions.Web)!;
        Assert.Equal(
            ("เทศบาลตำบลแม่จัน", 85.71m, -4.46m, 4),
            (stored.Organisation.Name, stored.Total, stored.ChangeFromPreviousYear, stored.WeakestIndicator)
        );
        Assert.Equal(10, stored.Indicators.Count);
    }

    [Fact]
    public async Task The_same_analysis_delivered_twice_with_one_MessageId_is_stored_once()
    {
        var analysis = new AnalysisBuilder(Organisations.MaeChan).Build();
        var messageId = NewId.NextGuid();

        var first = await _harness.ConsumeAsync(analysis, messageId);
        var again = await _harness.ConsumeAsync(analysis, messageId);

        Assert.Null(first);
        Assert.Null(again);
        Assert.Equal(1, await _harness.QueryAsync(db => db.Analyses.CountAsync()));
        var inbox = Assert.Single(await _harness.QueryAsync(db => db.InboxMessages.ToListAsync()));
        Assert.Equal((messageId, nameof(AssessmentAnalysedConsumer)), (inbox.MessageId, inbox.Consumer));
        // The snapshot is data only: nothing goes out.
        Assert.Equal(0, await _harness.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_second_message_about_a_revision_already_held_keeps_the_first_snapshot()
    {
        await _harness.ConsumeAsync(new AnalysisBuilder(Organisations.MaeChan).Build());
        var other = await _harness.ConsumeAsync(
            new AnalysisBuilder(Organisations.MaeChan).WithTotal(90m, "ผ่าน", true).Build() with
            {
                AnalysisId = Guid.NewGuid(),
            }
        );

        Assert.Null(other);
        var snapshot = await _harness.QueryAsync(db => db.Analyses.SingleAsync());
        Assert.Equal(
            85.71m,
            JsonSerializer.Deserialize<AssessmentAnalysed>(snapshot.Json, JsonSerializerOptions.Web)!.Total
        );
    }

    [Fact]
    public async Task A_newer_revision_is_stored_beside_the_older_one()
    {
        await _harness.ConsumeAsync(new AnalysisBuilder(Organisations.MaeChan).Build());
        var newer = await _harness.ConsumeAsync(
            new AnalysisBuilder(Organisations.MaeChan).Build() with
            {
                AnalysisId = Guid.NewGuid(),
                Revision = 2,
            }
        );

        Assert.Null(newer);
        var revisions = await _harness.QueryAsync(db =>
            db.Analyses.OrderBy(a => a.Revision).Select(a => a.Revision).ToListAsync()
        );
        Assert.Equal([1, 2], revisions);
    }
}
