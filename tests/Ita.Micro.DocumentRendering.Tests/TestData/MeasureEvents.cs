using Ita.Micro.Contracts;
using Ita.Micro.Testing;

namespace Ita.Micro.DocumentRendering.Tests.TestData;

/// <summary>Fixed measure-tracking events for เทศบาลตำบลแม่จัน's plan of FY 2569, as measure tracking publishes them.</summary>
public static class MeasureEvents
{
    public static readonly Guid PlanId = PlanBuilder.SeedPlanId;

    public static IndicatorRef Assets { get; } = new() { Number = 4, Name = "การใช้ทรัพย์สินของราชการ" };
    public static IndicatorRef Prevention { get; } = new() { Number = 10, Name = "การป้องกันการทุจริต" };
    public static IndicatorRef Communication { get; } = new() { Number = 7, Name = "ประสิทธิภาพการสื่อสาร" };

    public static Signatory Mayor { get; } = new() { Name = "นายสมชาย ใจดี", Position = "นายกเทศมนตรีตำบลแม่จัน" };

    public static IReadOnlyList<Signatory> Chain { get; } =
    [
        new() { Name = "นางสาวกรรณิการ์ รวยบุญส่ง", Position = "นิติกรชำนาญการ" },
        new() { Name = "นางสาวปาริชาติ กิตติศิลป์สาร", Position = "หัวหน้าสำนักปลัด" },
        new() { Name = "นายอำนาจ ทองเนียม", Position = "ปลัดเทศบาลตำบลแม่จัน" },
        Mayor,
    ];

    public static PlannedMeasure Measure(int order, string title, IndicatorRef indicator, params string[] steps) =>
        new()
        {
            MeasureId = Guid.Parse($"00000000-0000-0000-0000-{order:D12}"),
            Order = order,
            Title = title,
            Indicators = [indicator],
            Finding = "ข้อ i10 ได้ 45.92 คะแนน ต่ำที่สุด",
            Steps = steps,
            ResponsibleUnits = ["สำนักปลัด", "กองคลัง"],
            Period = "ตุลาคม 2568 – กันยายน 2569",
            PeriodStart = new DateOnly(2025, 10, 1),
            PeriodEnd = new DateOnly(2026, 9, 30),
        };

    public static IReadOnlyList<PlannedMeasure> Measures { get; } =
    [
        Measure(
            1,
            "จัดทำคู่มือการขอยืมทรัพย์สินของราชการ",
            Assets,
            "แต่งตั้งผู้รับผิดชอบดูแลทรัพย์สิน",
            "จัดทำคู่มือการขออนุญาตใช้ทรัพย์สิน"
        ),
        Measure(
            2,
            "ประเมินความเสี่ยงการทุจริตเรื่องสินบน",
            Prevention,
            "ประเมินความเสี่ยงใน 4 กระบวนงาน",
            "กำหนดมาตรการและผู้รับผิดชอบ"
        ),
        Measure(
            3,
            "ประชาสัมพันธ์ข้อมูลข่าวสารผ่านช่องทางที่หลากหลาย",
            Communication,
            "ปรับปรุงข้อมูลพื้นฐานบนเว็บไซต์"
        ),
    ];

    public static ImprovementPlanPublished Published(
        IReadOnlyList<PlannedMeasure>? measures = null,
        OrganisationInfo? organisation = null
    ) =>
        new()
        {
            PlanId = PlanId,
            PlanVersion = 3,
            Organisation = organisation ?? Organisations.MaeChan,
            AssessedFiscalYear = 2568,
            PlanFiscalYear = 2569,
            Signatory = Mayor with { ActingFor = null },
            Measures = measures ?? Measures,
            AnnouncedOn = new DateOnly(2025, 11, 20),
            PublishedBy = "officer-1",
            PublishedAtUtc = new DateTime(2025, 11, 20, 3, 0, 0, DateTimeKind.Utc),
        };

    public static ImprovementPlanApproved Approved() =>
        new()
        {
            PlanId = PlanId,
            PlanVersion = 2,
            Organisation = Organisations.MaeChan,
            AssessedFiscalYear = 2568,
            PlanFiscalYear = 2569,
            Approver = Mayor,
            Measures = Measures,
            ApprovedAtUtc = new DateTime(2025, 11, 19, 3, 0, 0, DateTimeKind.Utc),
        };

    public static ProgressReportSubmitted Report(
        ReportPeriod period = ReportPeriod.SixMonths,
        IReadOnlyList<ProgressReportEntry>? entries = null
    ) =>
        new()
        {
            ReportId = Guid.Parse(
                period == ReportPeriod.SixMonths
                    ? "a1000000-0000-0000-0000-000000000006"
                    : "a1000000-0000-0000-0000-000000000012"
            ),
            PlanId = PlanId,
            Organisation = Organisations.MaeChan,
            AssessedFiscalYear = 2568,
            PlanFiscalYear = 2569,
            Period = period,
            AsOf = period == ReportPeriod.SixMonths ? new DateOnly(2026, 3, 31) : new DateOnly(2026, 9, 30),
            Entries = entries
                ??
                [
                    new()
                    {
                        Measure = Measures[0],
                        Progress = Progress(
                            MeasureStatus.Done,
                            "จัดทำคู่มือและเผยแพร่แล้ว",
                            "บุคลากรยืมทรัพย์สินถูกขั้นตอน"
                        ),
                    },
                    new()
                    {
                        Measure = Measures[1],
                        Progress = Progress(MeasureStatus.InProgress, "ประเมินความเสี่ยงแล้ว 2 กระบวนงาน", ""),
                    },
                    new() { Measure = Measures[2], Progress = null },
                ],
            Signatories = Chain,
            SubmittedBy = "officer-1",
            SubmittedAtUtc = new DateTime(2026, 4, 2, 2, 0, 0, DateTimeKind.Utc),
        };

    public static MeasureProgress Progress(MeasureStatus status, string output, string outcome) =>
        new()
        {
            ProgressId = Guid.Parse($"b2000000-0000-0000-0000-{(int)status:D12}"),
            ReportedOn = new DateOnly(2026, 3, 20),
            Status = status,
            Output = output,
            Outcome = outcome,
            Evidence = [new EvidenceLink { Url = "https://maechan.go.th/ita/2569/o10.pdf", Title = "คู่มือ" }],
            ReportedBy = "officer-1",
        };
}
