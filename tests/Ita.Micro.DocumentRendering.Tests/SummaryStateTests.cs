using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Consumers;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Tests.TestData;
using Ita.Micro.ServiceDefaults.Outbox;
using Ita.Micro.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Organisations = Ita.Micro.DocumentRendering.Tests.TestData.Organisations;

namespace Ita.Micro.DocumentRendering.Tests;

/// <summary>
/// What the overseers' summary is made from, kept from the events in whatever order they arrive; and the analysis
/// document rendered on AssessmentAnalysed when configured so.
/// </summary>
public sealed class SummaryStateTests : IAsyncLifetime
{
    private static readonly string RenderDocumentType = typeof(RenderDocument).AssemblyQualifiedName!;

    private ConsumerHarness<DocumentsDbContext> _harness = null!;
    private readonly DocumentsOptions _options = new();

    public async Task InitializeAsync() =>
        _harness = await ConsumerHarness<DocumentsDbContext>.StartAsync(
            o => new DocumentsDbContext(o),
            x =>
            {
                x.AddInboxConsumer<AssessmentAnalysedConsumer, DocumentsDbContext>();
                x.AddInboxConsumer<ImprovementPlanApprovedConsumer, DocumentsDbContext>();
                x.AddInboxConsumer<ImprovementPlanPublishedConsumer, DocumentsDbContext>();
                x.AddInboxConsumer<ProgressReportSubmittedConsumer, DocumentsDbContext>();
            },
            (services, _) => services.AddSingleton(Options.Create(_options))
        );

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private Task<OrganisationYear> RowAsync() => _harness.QueryAsync(db => db.OrganisationYears.SingleAsync());

    [Fact]
    public async Task Scores_plan_stage_and_reports_are_kept_per_organisation_year_whatever_the_order()
    {
        Assert.Null(await _harness.ConsumeAsync(MeasureEvents.Report(ReportPeriod.SixMonths)));
        Assert.Null(await _harness.ConsumeAsync(MeasureEvents.Published()));
        // Approval arrives after publication: the plan does not move back.
        Assert.Null(await _harness.ConsumeAsync(MeasureEvents.Approved()));
        Assert.Null(await _harness.ConsumeAsync(new AnalysisBuilder(Organisations.MaeChan).Build()));

        var row = await RowAsync();
        Assert.Equal(
            ("5630501", 2568, "เทศบาลตำบลแม่จัน", "ตาก"),
            (row.OrganisationCode, row.FiscalYear, row.Name, row.Province)
        );
        Assert.Equal((85.71m, "ผ่าน", true, 1), (row.Total, row.Rating, row.Passed, row.AnalysisRevision));
        Assert.Equal((PlanStage.Published, true, false), (row.Plan, row.SixMonthReport, row.TwelveMonthReport));
        var indicators = JsonSerializer.Deserialize<List<IndicatorScoreEntry>>(row.IndicatorsJson)!;
        Assert.Equal(10, indicators.Count);
        Assert.Equal(
            (4, "การใช้ทรัพย์สินของราชการ", 72.30m),
            (indicators[3].Number, indicators[3].Name, indicators[3].Score)
        );
    }

    [Fact]
    public async Task An_older_revision_arriving_late_does_not_overwrite_the_newer_scores()
    {
        var second = new AnalysisBuilder(Organisations.MaeChan).WithTotal(90.00m, "ผ่านดี", true).Build() with
        {
            Revision = 2,
            AnalysisId = Guid.NewGuid(),
        };
        Assert.Null(await _harness.ConsumeAsync(second));
        Assert.Null(
            await _harness.ConsumeAsync(
                new AnalysisBuilder(Organisations.MaeChan).WithTotal(70.00m, "ต้องปรับปรุง", false).Build()
            )
        );

        var row = await RowAsync();

        Assert.Equal((90.00m, "ผ่านดี", 2), (row.Total, row.Rating, row.AnalysisRevision));
    }

    [Fact]
    public async Task The_report_and_memo_carry_the_assessed_result_and_the_same_report_again_records_nothing_new()
    {
        Assert.Null(await _harness.ConsumeAsync(new AnalysisBuilder(Organisations.MaeChan).Build()));
        Assert.Null(await _harness.ConsumeAsync(MeasureEvents.Report()));
        Assert.Null(await _harness.ConsumeAsync(MeasureEvents.Report()));

        var documents = (await _harness.QueryAsync(db => db.Documents.ToListAsync())).OrderBy(d => d.Kind).ToList();
        Assert.Equal([DocumentKind.ProgressReport, DocumentKind.Memo], documents.Select(d => d.Kind));
        Assert.All(documents, d =>
            Assert.Equal(($"report:{MeasureEvents.PlanId}:6", 1, 2569), (d.Subject, d.Version, d.FiscalYear))
        );
        var data = JsonSerializer.Deserialize<ProgressDocumentData>(documents[0].DataJson, ContractJson.Options)!;
        Assert.Equal(new AssessedResult(85.71m, "ผ่าน", true), data.Assessed);
        Assert.Equal(
            2,
            await _harness.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.MessageType == RenderDocumentType))
        );
    }

    [Fact]
    public async Task With_AnalysisOnAssessment_an_analysis_alone_queues_its_document_without_measures()
    {
        _options.AnalysisOnAssessment = true;

        Assert.Null(await _harness.ConsumeAsync(new AnalysisBuilder(Organisations.MaeChan).Build()));

        var document = await _harness.QueryAsync(db => db.Documents.SingleAsync());
        Assert.Equal(
            (DocumentKind.Analysis, "analysis:5630501:2568", 2568),
            (document.Kind, document.Subject, document.FiscalYear)
        );
        var data = JsonSerializer.Deserialize<DocumentData>(document.DataJson, ContractJson.Options)!;
        Assert.Empty(data.Plan.Measures);
        Assert.Equal(
            1,
            await _harness.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.MessageType == RenderDocumentType))
        );
    }

    [Fact]
    public async Task Without_AnalysisOnAssessment_an_analysis_alone_makes_no_document()
    {
        Assert.Null(await _harness.ConsumeAsync(new AnalysisBuilder(Organisations.MaeChan).Build()));

        Assert.Equal(0, await _harness.QueryAsync(db => db.Documents.CountAsync()));
    }
}
