using System.Net;
using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Tests.Api;

/// <summary>
/// A submitted report is corrected by one that supersedes it, with the trail of both; the memo is signed by at least a
/// preparer and a different addressee, names its originating unit and its number; the 12-month report keeps all evidence.
/// </summary>
[Collection(MeasureTrackingBrokerCollection.Name)]
public sealed class ReportCorrectionApiTests(RabbitMqFixture rabbit)
{
    private static object Signatory(string name, string position) => new { name, position };

    private static readonly object[] Chain =
    [
        Signatory("นางสาวสมหญิง รักงาน", "นักวิเคราะห์นโยบายและแผน"),
        Signatory("นายสมปอง ดีงาม", "นายกเทศมนตรีตำบลแม่จัน"),
    ];

    private static object Update(string reportedOn, MeasureStatus status, string url, string title) =>
        new
        {
            reportedOn,
            status,
            output = "ดำเนินการแล้ว " + title,
            evidence = new[] { new { url, title } },
        };

    [Fact]
    public async Task A_memo_needs_a_preparer_and_a_different_addressee_and_a_unit_of_the_organisation()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, new DateOnly(2026, 10, 5));
        var plan = await s.ApproveAndPublishAsync(
            await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build()),
            new DateOnly(2025, 12, 15)
        );
        var reports = $"/api/plans/{plan.Id}/reports";

        var one = await Scenario.ProblemAsync(
            await s.PostAsync(reports, new { period = "TwelveMonths", signatories = new[] { Chain[0] } }),
            HttpStatusCode.BadRequest
        );
        Assert.Contains("อย่างน้อย ๒ คน", (string)one["errors"]!["signatories"]![0]!, StringComparison.Ordinal);
        var self = await Scenario.ProblemAsync(
            await s.PostAsync(
                reports,
                new
                {
                    period = "TwelveMonths",
                    signatories = new[]
                    {
                        Signatory("นายสมปอง  ดีงาม", "ปลัด"),
                        Signatory("นายสมปอง ดีงาม", "นายกเทศมนตรีตำบลแม่จัน"),
                    },
                }
            ),
            HttpStatusCode.BadRequest
        );
        var selfError = (string)self["errors"]!["signatories"]![0]!;
        Assert.Contains("คนละคน", selfError, StringComparison.Ordinal);
        Assert.Contains("(signatories)", selfError, StringComparison.Ordinal);
        var unit = await Scenario.ProblemAsync(
            await s.PostAsync(
                reports,
                new
                {
                    period = "TwelveMonths",
                    signatories = Chain,
                    originatingUnit = "กองที่ไม่มี",
                }
            ),
            HttpStatusCode.BadRequest
        );
        Assert.Contains("สำนักปลัด", (string)unit["errors"]!["originatingUnit"]![0]!, StringComparison.Ordinal);

        // Nothing of the refused submissions was kept or sent: the first report accepted is the period's first.
        var report = await Scenario.ReadAsync<ReportResponse>(
            await s.PostAsync(reports, new { period = "TwelveMonths", signatories = Chain }),
            HttpStatusCode.Created
        );
        Assert.Equal(
            (1, "สำนักปลัด", (string?)null, (string?)null),
            (report.Revision, report.OriginatingUnit, report.DocumentPrefix, report.DocumentNumber)
        );
        // The accepted report's event is the sentinel: had a refused one been sent, the outbox would have sent it first.
        await s.Events.WaitForAsync<ProgressReportSubmitted>(e => e.ReportId == report.Id);
        Assert.Single(s.Events.All<ProgressReportSubmitted>(), e => e.PlanId == plan.Id);
    }

    [Fact]
    public async Task A_report_superseded_by_a_correction_is_kept_marked_and_both_are_in_the_trail_and_the_events()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, new DateOnly(2026, 2, 10));
        var plan = await s.ApproveAndPublishAsync(
            await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build()),
            new DateOnly(2025, 12, 15)
        );
        var measure = plan.Measures[0];
        var progress = $"/api/plans/{plan.Id}/measures/{measure.Id}/progress";
        await Scenario.ReadAsync<ProgressResponse>(
            await s.PostAsync(
                progress,
                Update("2026-01-15", MeasureStatus.InProgress, "https://www.maechan.go.th/a.pdf", "คำสั่งแต่งตั้ง")
            ),
            HttpStatusCode.Created
        );
        s.Clock.SetThaiDate(new DateOnly(2026, 7, 1));
        await Scenario.ReadAsync<ProgressResponse>(
            await s.PostAsync(
                progress,
                Update("2026-06-20", MeasureStatus.Done, "https://www.maechan.go.th/b.pdf", "รายงานการประชุม")
            ),
            HttpStatusCode.Created
        );

        // The organisation's document-number prefix, kept with its units; the units are left as they are.
        var units = await Scenario.ReadAsync<UnitsResponse>(
            await s.Client.GetAsync("/api/plans/organisations/6630801/units")
        );
        var settings = await Scenario.ReadAsync<UnitsResponse>(
            await s.PutAsync(
                "/api/plans/organisations/6630801/units",
                new
                {
                    version = units.Version,
                    units = units.Units,
                    documentPrefix = "ตก ๗๓๖๐๑",
                }
            )
        );
        Assert.Equal("ตก ๗๓๖๐๑", settings.DocumentPrefix);
        Assert.Equal(units.Units, settings.Units);

        s.Clock.SetThaiDate(new DateOnly(2026, 10, 5));
        var reports = $"/api/plans/{plan.Id}/reports";
        var first = await Scenario.ReadAsync<ReportResponse>(
            await s.PostAsync(
                reports,
                new
                {
                    period = "TwelveMonths",
                    signatories = new[] { Signatory("นางสาวสมหญิง รักกาน", "นักวิเคราะห์นโยบายและแผน"), Chain[1] },
                    originatingUnit = "กองคลัง",
                    documentNumber = "๑๒๓",
                }
            ),
            HttpStatusCode.Created
        );
        Assert.Equal(
            ("กองคลัง", "ตก ๗๓๖๐๑", "๑๒๓", true),
            (first.OriginatingUnit, first.DocumentPrefix, first.DocumentNumber, first.Current)
        );
        // The 12-month report keeps the evidence of every update of the year, not only the latest one's.
        var entry = first.Entries.Single(e => e.Measure.MeasureId == measure.Id);
        Assert.Equal(MeasureStatus.Done, entry.Progress!.Status);
        Assert.Equal(
            ["https://www.maechan.go.th/a.pdf", "https://www.maechan.go.th/b.pdf"],
            entry.Evidence.Select(e => e.Url)
        );
        var firstEvent = await s.Events.WaitForAsync<ProgressReportSubmitted>(e => e.ReportId == first.Id);
        Assert.Equal(
            ("กองคลัง", "ตก ๗๓๖๐๑", "๑๒๓", 1, (Guid?)null),
            (
                firstEvent.OriginatingUnit,
                firstEvent.DocumentPrefix,
                firstEvent.DocumentNumber,
                firstEvent.Revision,
                firstEvent.Supersedes
            )
        );
        Assert.Equal(2, firstEvent.Entries.Single(e => e.Measure.MeasureId == measure.Id).Evidence.Count);

        // The preparer's name was misspelt: a correction without a reason is refused, then one with a reason replaces it.
        s.Clock.SetThaiDate(new DateOnly(2026, 10, 8));
        var supersede = $"{reports}/{first.Id}/supersede";
        var corrected = new object[] { Signatory("นางสาวสมหญิง รักงาน", "นักวิเคราะห์นโยบายและแผน"), Chain[1] };
        var noReason = await Scenario.ProblemAsync(
            await s.PostAsync(supersede, new { signatories = corrected }),
            HttpStatusCode.BadRequest
        );
        Assert.Contains("(reason)", (string)noReason["errors"]!["reason"]![0]!, StringComparison.Ordinal);
        var second = await Scenario.ReadAsync<ReportResponse>(
            await s.PostAsync(
                supersede,
                new
                {
                    reason = "แก้ชื่อผู้จัดทำที่พิมพ์ผิด",
                    signatories = corrected,
                    originatingUnit = "กองคลัง",
                    documentNumber = "๑๒๓",
                }
            ),
            HttpStatusCode.Created
        );
        Assert.Equal(
            (2, first.Id, "แก้ชื่อผู้จัดทำที่พิมพ์ผิด", true),
            (second.Revision, second.Supersedes, second.CorrectionReason, second.Current)
        );
        Assert.Equal("นางสาวสมหญิง รักงาน", second.Signatories[0].Name);
        Assert.Equal(first.Entries.Select(e => e.Measure.MeasureId), second.Entries.Select(e => e.Measure.MeasureId));

        // Listing shows both: the earlier one kept as it was, marked with who replaced it, when, why and by which report.
        var all = await Scenario.ReadAsync<List<ReportResponse>>(await s.Client.GetAsync(reports));
        Assert.Equal([first.Id, second.Id], all.Select(r => r.Id));
        var earlier = all[0];
        Assert.Equal(
            (false, second.Id, Scenario.Officer, "แก้ชื่อผู้จัดทำที่พิมพ์ผิด"),
            (earlier.Current, earlier.SupersededBy, earlier.SupersededByUser, earlier.SupersededReason)
        );
        Assert.Equal(new DateTime(2026, 10, 8, 5, 0, 0, DateTimeKind.Utc), earlier.SupersededAtUtc);
        Assert.Equal("นางสาวสมหญิง รักกาน", earlier.Signatories[0].Name);
        Assert.Equal(
            second.Id,
            (await Scenario.ReadAsync<ReportResponse>(await s.Client.GetAsync($"{reports}/TwelveMonths"))).Id
        );
        var followUp = await Scenario.ReadAsync<FollowUpResponse>(
            await s.Client.GetAsync($"/api/plans/{plan.Id}/follow-up")
        );
        Assert.Equal([false, true], followUp.Reports.Select(r => r.Current));

        var secondEvent = await s.Events.WaitForAsync<ProgressReportSubmitted>(e => e.ReportId == second.Id);
        Assert.Equal(
            (2, (Guid?)first.Id, "แก้ชื่อผู้จัดทำที่พิมพ์ผิด", ReportPeriod.TwelveMonths),
            (secondEvent.Revision, secondEvent.Supersedes, secondEvent.CorrectionReason, secondEvent.Period)
        );

        // Only the current report can be corrected; a new submission of the period still is refused.
        var again = await Scenario.ProblemAsync(
            await s.PostAsync(supersede, new { reason = "อีกครั้ง", signatories = corrected }),
            HttpStatusCode.Conflict
        );
        Assert.Contains(second.Id.ToString(), (string)again["detail"]!, StringComparison.Ordinal);
        var resubmit = await Scenario.ProblemAsync(
            await s.PostAsync(reports, new { period = "TwelveMonths", signatories = corrected }),
            HttpStatusCode.Conflict
        );
        Assert.Contains("supersede", (string)resubmit["detail"]!, StringComparison.Ordinal);
        var missing = await Scenario.ProblemAsync(
            await s.PostAsync($"{reports}/{Guid.NewGuid()}/supersede", new { reason = "x", signatories = corrected }),
            HttpStatusCode.NotFound
        );
        Assert.NotNull(missing["detail"]);

        // The trail: both submissions and the earlier report superseded, each by its author.
        var audit = await Scenario.ReadAsync<Page<AuditEntryResponse>>(
            await s.Client.GetAsync($"/api/plans/{plan.Id}/audit?entityType=report")
        );
        Assert.Equal(
            [
                ("submitted", second.Id.ToString()),
                ("superseded", first.Id.ToString()),
                ("submitted", first.Id.ToString()),
            ],
            audit.Items.Select(a => (a.Action, a.EntityId))
        );
        Assert.All(audit.Items, a => Assert.Equal(Scenario.Officer, a.ChangedBy));
        Assert.Contains(new AuditChange("supersededBy", null, second.Id.ToString()), audit.Items[1].Changes);
        Assert.Contains(new AuditChange("reason", null, "แก้ชื่อผู้จัดทำที่พิมพ์ผิด"), audit.Items[1].Changes);
        Assert.Contains(new AuditChange("supersedes", null, first.Id.ToString()), audit.Items[0].Changes);
    }
}
