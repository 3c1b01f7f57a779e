using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Consumers;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.ServiceDefaults.Outbox;
using Ita.Micro.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Organisations = Ita.Micro.DocumentRendering.Tests.TestData.Organisations;

namespace Ita.Micro.DocumentRendering.Tests;

public sealed partial class ImprovementPlanDraftedConsumerTests : IAsyncLifetime
{
    private static readonly string RenderDocumentType = typeof(RenderDocument).AssemblyQualifiedName!;

    private ConsumerHarness<DocumentsDbContext> _harness = null!;

    public async Task InitializeAsync() =>
        _harness = await ConsumerHarness<DocumentsDbContext>.StartAsync(
            o => new DocumentsDbContext(o),
            x =>
            {
                x.AddInboxConsumer<AssessmentAnalysedConsumer, DocumentsDbContext>();
                x.AddInboxConsumer<ImprovementPlanDraftedConsumer, DocumentsDbContext>();
            }
        );

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_plan_carrying_its_analysis_records_its_document_though_the_analysis_has_not_arrived_itself()
    {
        var plan = new PlanBuilder(Organisations.MaeChan)
            .WithSeedMeasures()
            .Carrying(new AnalysisBuilder(Organisations.MaeChan).Build())
            .Build();

        Assert.Null(await _harness.ConsumeAsync(plan));

        var document = await _harness.QueryAsync(db => db.Documents.SingleAsync());
        Assert.Equal(
            (DocumentKind.Analysis, DocumentStatus.Pending, "5630501", 2568),
            (document.Kind, document.Status, document.OrganisationCode, document.FiscalYear)
        );
        var data = JsonSerializer.Deserialize<DocumentData>(document.DataJson, JsonSerializerOptions.Web)!;
        Assert.Equal((85.71m, 4), (data.Analysis.Total, data.Plan.Measures.Count));
        // The document's data holds the analysis once, not a second time inside the plan.
        Assert.Null(data.Plan.Analysis);
        Assert.Equal(
            RenderDocumentType,
            Assert.Single(await _harness.QueryAsync(db => db.OutboxMessages.ToListAsync())).MessageType
        );

        // The analysis arriving after it records nothing more.
        Assert.Null(await _harness.ConsumeAsync(new AnalysisBuilder(Organisations.MaeChan).Build()));
        Assert.Equal(1, await _harness.QueryAsync(db => db.Documents.CountAsync()));
    }

    [Fact]
    public async Task A_plan_carrying_its_analysis_makes_the_same_document_as_the_earlier_form_with_the_kept_analysis()
    {
        // A service upgraded while plans of the earlier form were on its queue renders nothing twice: the kept
        // analysis has all its detail, the carried one only what the document prints, and both make the same data.
        Assert.Null(await _harness.ConsumeAsync(new AnalysisBuilder(Organisations.MaeChan).WithItemDetail().Build()));
        Assert.Null(await _harness.ConsumeAsync(new PlanBuilder(Organisations.MaeChan).WithSeedMeasures().Build()));

        Assert.Null(
            await _harness.ConsumeAsync(
                new PlanBuilder(Organisations.MaeChan)
                    .WithSeedMeasures()
                    .Carrying(new AnalysisBuilder(Organisations.MaeChan).WithItemDetail().Build())
                    .Build()
            )
        );

        Assert.Equal(1, await _harness.QueryAsync(db => db.Documents.CountAsync()));
        Assert.Equal(1, await _harness.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_plan_of_the_earlier_form_whose_analysis_is_not_held_faults_saying_to_replay_it_later()
    {
        var fault = await _harness.ConsumeAsync(new PlanBuilder(Organisations.MaeChan).WithSeedMeasures().Build());

        Assert.NotNull(fault);
        Assert.Contains("analysis revision 1 is not held here", fault.Message, StringComparison.Ordinal);
        Assert.Contains("./ita errors", fault.Message, StringComparison.Ordinal);
        Assert.Equal(0, await _harness.QueryAsync(db => db.Documents.CountAsync()));
        // Not marked handled: the replay, once the analysis is here, records the document.
        Assert.Equal(0, await _harness.QueryAsync(db => db.InboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_plan_whose_analysis_is_held_records_one_pending_document_and_queues_RenderDocument_in_the_outbox()
    {
        Assert.Null(await _harness.ConsumeAsync(new AnalysisBuilder(Organisations.MaeChan).Build()));

        var fault = await _harness.ConsumeAsync(new PlanBuilder(Organisations.MaeChan).WithSeedMeasures().Build());

        Assert.Null(fault);
        var document = await _harness.QueryAsync(db => db.Documents.SingleAsync());
        Assert.Equal(
            (DocumentKind.Analysis, DocumentStatus.Pending, "5630501", "เทศบาลตำบลแม่จัน", 2568),
            (document.Kind, document.Status, document.OrganisationCode, document.OrganisationName, document.FiscalYear)
        );
        Assert.Null(document.FileName);
        Assert.Null(document.RenderedAtUtc);

        var data = JsonSerializer.Deserialize<DocumentData>(document.DataJson, JsonSerializerOptions.Web)!;
        Assert.Equal("เทศบาลตำบลแม่จัน", data.Analysis.Organisation.Name);
        Assert.Equal("เทศบาลตำบลแม่จัน", data.Plan.Organisation.Name);
        Assert.Equal((85.71m, 4), (data.Analysis.Total, data.Plan.Measures.Count));
        Assert.Matches(Sha256Hex(), document.DataHash);
        Assert.Equal(
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document.DataJson))),
            document.DataHash
        );

        var outbox = Assert.Single(await _harness.QueryAsync(db => db.OutboxMessages.ToListAsync()));
        Assert.Equal(RenderDocumentType, outbox.MessageType);
        Assert.Null(outbox.SentAtUtc);
        var command = JsonSerializer.Deserialize<RenderDocument>(outbox.Body, JsonSerializerOptions.Web)!;
        Assert.Equal(
            (document.Id, DocumentKind.Analysis, "5630501", 2568),
            (command.DocumentId, command.Kind, command.OrganisationCode, command.FiscalYear)
        );
    }

    [Fact]
    public async Task The_same_plan_data_delivered_again_under_a_new_MessageId_records_no_second_document()
    {
        await _harness.ConsumeAsync(new AnalysisBuilder(Organisations.MaeChan).Build());
        var plan = new PlanBuilder(Organisations.MaeChan).WithSeedMeasures().Build();
        Assert.Null(await _harness.ConsumeAsync(plan));

        var again = await _harness.ConsumeAsync(plan, NewId.NextGuid());

        Assert.Null(again);
        Assert.Equal(1, await _harness.QueryAsync(db => db.Documents.CountAsync()));
        Assert.Equal(1, await _harness.QueryAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(
            2,
            await _harness.QueryAsync(db =>
                db.InboxMessages.CountAsync(m => m.Consumer == nameof(ImprovementPlanDraftedConsumer))
            )
        );
    }

    [Fact]
    public async Task A_plan_redrafted_later_with_the_same_measures_records_no_second_document()
    {
        await _harness.ConsumeAsync(new AnalysisBuilder(Organisations.MaeChan).Build());
        var plan = new PlanBuilder(Organisations.MaeChan).WithSeedMeasures().Build();
        await _harness.ConsumeAsync(plan);

        var redrafted = await _harness.ConsumeAsync(plan with { DraftedAtUtc = plan.DraftedAtUtc.AddDays(3) });

        Assert.Null(redrafted);
        Assert.Equal(1, await _harness.QueryAsync(db => db.Documents.CountAsync()));
        Assert.Equal(1, await _harness.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_plan_redrafted_with_other_measures_records_a_second_document_with_its_own_hash()
    {
        await _harness.ConsumeAsync(new AnalysisBuilder(Organisations.MaeChan).Build());
        await _harness.ConsumeAsync(new PlanBuilder(Organisations.MaeChan).WithSeedMeasures().Build());

        var changed = await _harness.ConsumeAsync(
            new PlanBuilder(Organisations.MaeChan)
                .WithSeedMeasures()
                .WithMeasure(
                    "อบรมเจ้าหน้าที่เรื่องการเปิดเผยข้อมูล",
                    9,
                    "การเปิดเผยข้อมูล",
                    "ข้อ O1 ได้ 50 คะแนน",
                    "สำนักปลัด",
                    "ตลอดปี"
                )
                .Build()
        );

        Assert.Null(changed);
        var hashes = await _harness.QueryAsync(db => db.Documents.Select(d => d.DataHash).ToListAsync());
        Assert.Equal(2, hashes.Distinct().Count());
        Assert.Equal(
            2,
            await _harness.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.MessageType == RenderDocumentType))
        );
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();
}
