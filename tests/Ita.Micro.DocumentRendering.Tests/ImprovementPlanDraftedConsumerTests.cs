using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Consumers;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Tests.TestData;
using Ita.Micro.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;

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
                x.AddConsumer<AssessmentAnalysedConsumer>();
                x.AddConsumer<ImprovementPlanDraftedConsumer>();
            }
        );

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_plan_arriving_before_its_analysis_is_kept_and_the_analysis_completes_its_document_once()
    {
        // No fault and no retry: the plan is acknowledged and kept, so nothing waits on a queue for the analysis.
        Assert.Null(await _harness.ConsumeAsync(new PlanBuilder().WithSeedMeasures().Build()));
        Assert.Equal(0, await _harness.QueryAsync(db => db.Documents.CountAsync()));
        Assert.Equal(1, await _harness.QueryAsync(db => db.WaitingPlans.CountAsync()));

        Assert.Null(await _harness.ConsumeAsync(new AnalysisBuilder().Build()));

        var document = await _harness.QueryAsync(db => db.Documents.SingleAsync());
        Assert.Equal(
            (DocumentKind.Analysis, DocumentStatus.Pending, "5630501", 2568),
            (document.Kind, document.Status, document.OrganisationCode, document.FiscalYear)
        );
        var data = JsonSerializer.Deserialize<DocumentData>(document.DataJson, JsonSerializerOptions.Web)!;
        Assert.Equal((85.71m, 4), (data.Analysis.Total, data.Plan.Measures.Count));
        Assert.Equal(0, await _harness.QueryAsync(db => db.WaitingPlans.CountAsync()));
        Assert.Equal(
            RenderDocumentType,
            Assert.Single(await _harness.QueryAsync(db => db.OutboxMessages.ToListAsync())).MessageType
        );

        // The analysis delivered again (a redelivery under a new id) records nothing more.
        Assert.Null(await _harness.ConsumeAsync(new AnalysisBuilder().Build(), NewId.NextGuid()));
        Assert.Equal(1, await _harness.QueryAsync(db => db.Documents.CountAsync()));
    }

    [Fact]
    public async Task A_plan_delivered_again_records_the_document_its_cut_short_look_after_saving_would_have()
    {
        // The plan was saved as waiting, and the analysis saved before it was (finding no plan waiting); the plan's
        // look after saving was then cut short, as by a SIGTERM or a lost broker, and the plan is delivered again.
        var plan = new PlanBuilder().WithSeedMeasures().Build();
        var planId = NewId.NextGuid();
        Assert.Null(await _harness.ConsumeAsync(plan, planId));
        await _harness.QueryAsync(db =>
        {
            db.Analyses.Add(AnalysisSnapshot.Of(new AnalysisBuilder().Build()));
            return db.SaveChangesAsync();
        });
        Assert.Equal(0, await _harness.QueryAsync(db => db.Documents.CountAsync()));

        Assert.Null(await _harness.ConsumeAsync(plan, planId));

        Assert.Equal(DocumentKind.Analysis, (await _harness.QueryAsync(db => db.Documents.SingleAsync())).Kind);
        Assert.Equal(0, await _harness.QueryAsync(db => db.WaitingPlans.CountAsync()));
        Assert.Equal(
            1,
            await _harness.QueryAsync(db =>
                db.InboxMessages.CountAsync(m => m.Consumer == nameof(ImprovementPlanDraftedConsumer))
            )
        );
    }

    [Fact]
    public async Task An_analysis_delivered_again_records_the_document_of_a_plan_left_waiting()
    {
        // The analysis was saved, then the plan saved as waiting; the plan's look after saving was cut short, and
        // the analysis, whose acknowledgement was lost with the broker, is delivered again.
        var analysis = new AnalysisBuilder().Build();
        var analysisId = NewId.NextGuid();
        Assert.Null(await _harness.ConsumeAsync(analysis, analysisId));
        await _harness.QueryAsync(db =>
        {
            db.WaitingPlans.Add(WaitingPlan.Of(new PlanBuilder().WithSeedMeasures().Build()));
            return db.SaveChangesAsync();
        });

        Assert.Null(await _harness.ConsumeAsync(analysis, analysisId));

        Assert.Equal(DocumentKind.Analysis, (await _harness.QueryAsync(db => db.Documents.SingleAsync())).Kind);
        Assert.Equal(0, await _harness.QueryAsync(db => db.WaitingPlans.CountAsync()));
    }

    [Fact]
    public async Task A_plan_kept_for_another_revision_is_not_completed_by_this_analysis()
    {
        var plan = new PlanBuilder().WithSeedMeasures().Build();
        Assert.Null(await _harness.ConsumeAsync(plan with { AnalysisRevision = plan.AnalysisRevision + 1 }));

        Assert.Null(await _harness.ConsumeAsync(new AnalysisBuilder().Build()));

        Assert.Equal(0, await _harness.QueryAsync(db => db.Documents.CountAsync()));
        Assert.Equal(1, await _harness.QueryAsync(db => db.WaitingPlans.CountAsync()));
    }

    [Fact]
    public async Task A_plan_whose_analysis_is_held_records_one_pending_document_and_queues_RenderDocument_in_the_outbox()
    {
        Assert.Null(await _harness.ConsumeAsync(new AnalysisBuilder().Build()));

        var fault = await _harness.ConsumeAsync(new PlanBuilder().WithSeedMeasures().Build());

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
        await _harness.ConsumeAsync(new AnalysisBuilder().Build());
        var plan = new PlanBuilder().WithSeedMeasures().Build();
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
        await _harness.ConsumeAsync(new AnalysisBuilder().Build());
        var plan = new PlanBuilder().WithSeedMeasures().Build();
        await _harness.ConsumeAsync(plan);

        var redrafted = await _harness.ConsumeAsync(plan with { DraftedAtUtc = plan.DraftedAtUtc.AddDays(3) });

        Assert.Null(redrafted);
        Assert.Equal(1, await _harness.QueryAsync(db => db.Documents.CountAsync()));
        Assert.Equal(1, await _harness.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_plan_redrafted_with_other_measures_records_a_second_document_with_its_own_hash()
    {
        await _harness.ConsumeAsync(new AnalysisBuilder().Build());
        await _harness.ConsumeAsync(new PlanBuilder().WithSeedMeasures().Build());

        var changed = await _harness.ConsumeAsync(
            new PlanBuilder()
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
