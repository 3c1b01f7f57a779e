using System.Net;
using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Tests.Api;

/// <summary>Progress updates and the frozen 6- and 12-month reports, with their events on the real broker.</summary>
[Collection(MeasureTrackingBrokerCollection.Name)]
public sealed class ProgressAndReportsApiTests(RabbitMqFixture rabbit)
{
    private static object Progress(
        string reportedOn,
        MeasureStatus status,
        string output = "แต่งตั้งคณะทำงานแล้ว",
        string? droppedReason = null,
        string url = "https://www.maechan.go.th/news/123",
        int? version = null
    ) =>
        new
        {
            version,
            reportedOn,
            status,
            output,
            outcome = "เจ้าหน้าที่รู้ขั้นตอนการยืมทรัพย์สิน",
            droppedReason,
            evidence = new[]
            {
                new
                {
                    url,
                    title = "คำสั่งแต่งตั้งคณะทำงาน",
                    publishedOn = "2026-03-10",
                },
            },
        };

    private static readonly object Signatories = new[]
    {
        new
        {
            name = "นางสาวสมหญิง รักงาน",
            position = "นักวิเคราะห์นโยบายและแผน",
            actingFor = (string?)null,
        },
        new
        {
            name = "นายสมชาย ใจดี",
            position = "หัวหน้าสำนักปลัด",
            actingFor = (string?)null,
        },
        new
        {
            name = "นายสมศักดิ์ มั่นคง",
            position = "ปลัดเทศบาลตำบลแม่จัน",
            actingFor = (string?)null,
        },
        new
        {
            name = "นายสมปอง ดีงาม",
            position = "นายกเทศมนตรีตำบลแม่จัน",
            actingFor = (string?)null,
        },
    };

    [Fact]
    public async Task Bad_progress_is_refused_with_400_naming_the_field_and_nothing_is_saved()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, new DateOnly(2026, 4, 10));
        var plan = await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        var url = $"/api/plans/{plan.Id}/measures/{plan.Measures[0].Id}/progress";

        var draft = await Scenario.ProblemAsync(
            await s.PostAsync(url, Progress("2026-03-15", MeasureStatus.InProgress)),
            HttpStatusCode.Conflict
        );
        Assert.Contains("อนุมัติ", (string)draft["detail"]!, StringComparison.Ordinal);
        await s.ApproveAndPublishAsync(plan);

        var future = await Scenario.ProblemAsync(
            await s.PostAsync(url, Progress("2026-04-11", MeasureStatus.InProgress)),
            HttpStatusCode.BadRequest
        );
        Assert.Contains("อนาคต", (string)future["errors"]!["reportedOn"]![0]!, StringComparison.Ordinal);
        var ftp = await Scenario.ProblemAsync(
            await s.PostAsync(
                url,
                Progress("2026-03-15", MeasureStatus.InProgress, url: "ftp://files.maechan.go.th/a.pdf")
            ),
            HttpStatusCode.BadRequest
        );
        Assert.Contains("http", (string)ftp["errors"]!["evidence[0].url"]![0]!, StringComparison.Ordinal);
        var script = await Scenario.ProblemAsync(
            await s.PostAsync(url, Progress("2026-03-15", MeasureStatus.InProgress, url: "javascript:alert(1)")),
            HttpStatusCode.BadRequest
        );
        Assert.NotNull(script["errors"]!["evidence[0].url"]);
        var noReason = await Scenario.ProblemAsync(
            await s.PostAsync(url, Progress("2026-03-15", MeasureStatus.Dropped)),
            HttpStatusCode.BadRequest
        );
        Assert.Contains("เหตุผล", (string)noReason["errors"]!["droppedReason"]![0]!, StringComparison.Ordinal);
        var noOutput = await Scenario.ProblemAsync(
            await s.PostAsync(url, Progress("2025-09-30", MeasureStatus.Done, output: "")),
            HttpStatusCode.BadRequest
        );
        Assert.Equal(["output", "reportedOn"], noOutput["errors"]!.AsObject().Select(e => e.Key).Order());

        var saved = await Scenario.ReadAsync<List<ProgressResponse>>(await s.Client.GetAsync(url));
        Assert.Empty(saved);
        Assert.Empty(s.Events.All<MeasureProgressReported>());
        Assert.Equal(MeasureStatus.NotStarted, (await s.GetPlanAsync(plan.Id)).Measures[0].Status);
    }

    [Fact]
    public async Task Progress_is_published_and_a_submitted_report_stays_as_it_was_whatever_is_edited_later()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, new DateOnly(2026, 3, 20));
        var plan = await s.ApproveAndPublishAsync(
            await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build()),
            new DateOnly(2026, 3, 20)
        );
        var measure = plan.Measures[0];
        var progressUrl = $"/api/plans/{plan.Id}/measures/{measure.Id}/progress";

        var march = await Scenario.ReadAsync<ProgressResponse>(
            await s.PostAsync(progressUrl, Progress("2026-03-15", MeasureStatus.InProgress)),
            HttpStatusCode.Created
        );
        var reported = await s.Events.WaitForAsync<MeasureProgressReported>(e => e.Progress.ProgressId == march.Id);
        Assert.Equal(
            (plan.Id, measure.Id, MeasureStatus.InProgress, "officer-somchai"),
            (reported.PlanId, reported.Measure.MeasureId, reported.Progress.Status, reported.Progress.ReportedBy)
        );
        Assert.Equal(
            new EvidenceLink
            {
                Url = "https://www.maechan.go.th/news/123",
                Title = "คำสั่งแต่งตั้งคณะทำงาน",
                PublishedOn = new DateOnly(2026, 3, 10),
            },
            reported.Progress.Evidence.Single()
        );

        var early = await Scenario.ProblemAsync(
            await s.PostAsync($"/api/plans/{plan.Id}/reports", new { period = "SixMonths", signatories = Signatories }),
            HttpStatusCode.Conflict
        );
        Assert.Contains("๓๑ มีนาคม ๒๕๖๙", (string)early["detail"]!, StringComparison.Ordinal);

        // April: a later update, then the 6-month report, which covers only up to 31 March.
        s.Clock.SetThaiDate(new DateOnly(2026, 4, 20));
        await Scenario.ReadAsync<ProgressResponse>(
            await s.PostAsync(progressUrl, Progress("2026-04-05", MeasureStatus.Done, "ประกาศใช้คู่มือแล้ว")),
            HttpStatusCode.Created
        );
        var noSignatory = await Scenario.ProblemAsync(
            await s.PostAsync(
                $"/api/plans/{plan.Id}/reports",
                new { period = "SixMonths", signatories = Array.Empty<object>() }
            ),
            HttpStatusCode.BadRequest
        );
        Assert.NotNull(noSignatory["errors"]!["signatories"]);
        var report = await Scenario.ReadAsync<ReportResponse>(
            await s.PostAsync($"/api/plans/{plan.Id}/reports", new { period = "SixMonths", signatories = Signatories }),
            HttpStatusCode.Created
        );
        Assert.Equal(
            (ReportPeriod.SixMonths, new DateOnly(2026, 3, 31), 5),
            (report.Period, report.AsOf, report.Entries.Count)
        );
        var entry = report.Entries.Single(e => e.Measure.MeasureId == measure.Id);
        Assert.Equal(
            (march.Id, MeasureStatus.InProgress, "แต่งตั้งคณะทำงานแล้ว"),
            (entry.Progress!.ProgressId, entry.Progress.Status, entry.Progress.Output)
        );
        Assert.All(report.Entries.Where(e => e.Measure.MeasureId != measure.Id), e => Assert.Null(e.Progress));

        var submitted = await s.Events.WaitForAsync<ProgressReportSubmitted>(e => e.ReportId == report.Id);
        Assert.Equal(
            (ReportPeriod.SixMonths, new DateOnly(2026, 3, 31), 2568, 2569),
            (submitted.Period, submitted.AsOf, submitted.AssessedFiscalYear, submitted.PlanFiscalYear)
        );
        Assert.Equal(
            ["นักวิเคราะห์นโยบายและแผน", "หัวหน้าสำนักปลัด", "ปลัดเทศบาลตำบลแม่จัน", "นายกเทศมนตรีตำบลแม่จัน"],
            submitted.Signatories.Select(x => x.Position)
        );
        Assert.Equal(
            entry.Progress.Output,
            submitted.Entries.Single(e => e.Measure.MeasureId == measure.Id).Progress!.Output
        );

        // Later: the March update is corrected; the report does not change and cannot be sent again.
        var corrected = await Scenario.ReadAsync<ProgressResponse>(
            await s.PutAsync(
                $"{progressUrl}/{march.Id}",
                Progress("2026-03-15", MeasureStatus.InProgress, "แต่งตั้งคณะทำงานและจัดประชุมครั้งแรกแล้ว", version: 1)
            )
        );
        Assert.Equal(2, corrected.Version);
        var stale = await Scenario.ProblemAsync(
            await s.PutAsync($"{progressUrl}/{march.Id}", Progress("2026-03-16", MeasureStatus.InProgress, version: 1)),
            HttpStatusCode.Conflict
        );
        Assert.Equal(2, (int)stale["currentVersion"]!);
        var again = await Scenario.ReadAsync<ReportResponse>(
            await s.Client.GetAsync($"/api/plans/{plan.Id}/reports/SixMonths")
        );
        Assert.Equal(
            "แต่งตั้งคณะทำงานแล้ว",
            again.Entries.Single(e => e.Measure.MeasureId == measure.Id).Progress!.Output
        );
        // A period by number is refused (enums are names), with the field and the names it takes; never a .NET type.
        var numeric = await Scenario.ProblemAsync(
            await s.PostAsync($"/api/plans/{plan.Id}/reports", new { period = 6, signatories = Signatories }),
            HttpStatusCode.BadRequest
        );
        var periodError = (string)numeric["errors"]!["period"]![0]!;
        Assert.Contains("SixMonths, TwelveMonths", periodError, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", periodError, StringComparison.Ordinal);
        Assert.DoesNotContain("Ita.Micro", periodError, StringComparison.Ordinal);
        var badDate = await Scenario.ProblemAsync(
            await s.PostAsync(
                progressUrl,
                new
                {
                    reportedOn = "31/03/2026",
                    status = "Done",
                    output = "x",
                }
            ),
            HttpStatusCode.BadRequest
        );
        Assert.Contains("YYYY-MM-DD", (string)badDate["errors"]!["reportedOn"]![0]!, StringComparison.Ordinal);
        var twice = await Scenario.ProblemAsync(
            await s.PostAsync($"/api/plans/{plan.Id}/reports", new { period = "SixMonths", signatories = Signatories }),
            HttpStatusCode.Conflict
        );
        Assert.Contains("ส่งรายงานรอบ ๖ เดือน", (string)twice["detail"]!, StringComparison.Ordinal);

        // The audit holds the progress created, corrected (old and new output) and the report submitted.
        var audit = await Scenario.ReadAsync<Page<AuditEntryResponse>>(
            await s.Client.GetAsync($"/api/plans/{plan.Id}/audit?entityType=progress")
        );
        Assert.Equal(["updated", "created", "created"], audit.Items.Select(a => a.Action));
        Assert.Equal(
            new AuditChange("output", "แต่งตั้งคณะทำงานแล้ว", "แต่งตั้งคณะทำงานและจัดประชุมครั้งแรกแล้ว"),
            audit.Items[0].Changes.Single()
        );
        var reportAudit = await Scenario.ReadAsync<Page<AuditEntryResponse>>(
            await s.Client.GetAsync($"/api/plans/{plan.Id}/audit?entityType=report")
        );
        Assert.Equal(
            ("submitted", "officer-somchai"),
            (reportAudit.Items.Single().Action, reportAudit.Items.Single().ChangedBy)
        );

        // The measure reads done (its latest update); the follow-up shows the report.
        var followUp = await Scenario.ReadAsync<FollowUpResponse>(
            await s.Client.GetAsync($"/api/plans/{plan.Id}/follow-up")
        );
        Assert.Equal(MeasureStatus.Done, followUp.Measures.Single(m => m.Id == measure.Id).Status);
        Assert.Equal([ReportPeriod.SixMonths], followUp.Reports.Select(r => r.Period));
        Assert.Null(followUp.Effectiveness);
    }
}
