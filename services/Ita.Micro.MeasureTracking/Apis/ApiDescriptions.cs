using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.ServiceDefaults.OpenApi;
using Ita.Micro.ServiceDefaults.Security;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>The OpenAPI description of measure tracking's operations (ids: <c>{Tag}_{HandlerMethod}</c>).</summary>
public static class ApiDescriptions
{
    /// <summary>Who changes a plan, its measures, progress and reports (<see cref="PlanAccess.Write"/>).</summary>
    private static readonly string[] Writers = [ItaRoles.Officer, ItaRoles.Approver, ItaRoles.NationalAdmin];

    public static readonly ApiCatalogue Catalogue = new()
    {
        Title = "แผนพัฒนาและการติดตามมาตรการ / Measure tracking",
        Description =
            "แผนพัฒนาองค์กรตามผล ITA มาตรการ ความคืบหน้า รายงาน ๖ และ ๑๒ เดือน ประสิทธิผล และการกำกับดูแล / "
            + "Improvement plans from the ITA results: measures, progress, 6- and 12-month reports, effectiveness and oversight.",
        ["Plans_List"] = new(
            "แผนพัฒนาที่ผู้เรียกเห็นได้ กรองตามองค์กร (หนึ่งหรือหลายรหัส) จังหวัด ปีงบประมาณ และสถานะ แบ่งหน้า",
            "The improvement plans within the caller's reach, by organisation (one or several codes), province, fiscal year and status, a page at a time"
        )
        {
            Response = typeof(Page<PlanSummary>),
        },
        ["Plans_ListOrganisationCodes"] = new(
            "รหัสองค์กรที่แผนของปีงบประมาณอยู่ในสถานะที่ระบุ หรือมีมาตรการเลยกำหนด (เฉพาะที่ผู้เรียกเห็นได้)",
            "The codes of the organisations whose plan of a fiscal year is in a state, or has an overdue measure (within the caller's reach)"
        )
        {
            Response = typeof(List<string>),
        },
        ["Plans_Get"] = new(
            "แผนพัฒนาหนึ่งแผนพร้อมมาตรการ (ETag คือฉบับของแผน)",
            "One plan with its measures (the ETag is the plan's version)"
        )
        {
            Response = typeof(PlanResponse),
        },
        ["Plans_ListForOrganisation"] = new("แผนพัฒนาทุกปีขององค์กร", "Every plan of an organisation")
        {
            Response = typeof(List<PlanResponse>),
        },
        ["Plans_GetForOrganisation"] = new(
            "แผนพัฒนาขององค์กรในปีของแผน (ปีที่ประเมิน + ๑)",
            "An organisation's plan of a plan year (the assessed year + 1)"
        )
        {
            Response = typeof(PlanResponse),
        },
        ["Plans_Approve"] = new(
            "อนุมัติแผน (ผู้มีสิทธิ์อนุมัติขององค์กรเท่านั้น) พร้อมวันที่ลงนามจริง signedOn (YYYY-MM-DD ไม่เป็นวันในอนาคต ไม่ก่อนปีงบประมาณที่ประเมิน ค่าเริ่มต้นคือวันนี้)",
            "Approve the plan (the organisation's approver only) with the date actually signed, signedOn (YYYY-MM-DD, not in the future, not before the assessed fiscal year; today by default)"
        )
        {
            Request = typeof(ApproveRequest),
            Response = typeof(PlanResponse),
            Roles = [ItaRoles.Approver],
        },
        ["Plans_Publish"] = new(
            "ประกาศแผนที่อนุมัติแล้ว พร้อมวันที่ประกาศ announcedOn (YYYY-MM-DD ไม่เป็นวันในอนาคต ไม่ก่อนวันที่ลงนามอนุมัติ ค่าเริ่มต้นคือวันนี้)",
            "Publish an approved plan with its announcement date, announcedOn (YYYY-MM-DD, not in the future, not before the approval was signed; today by default)"
        )
        {
            Request = typeof(PublishRequest),
            Response = typeof(PlanResponse),
            Roles = Writers,
        },
        ["Plans_Close"] = new("ปิดแผนที่ประกาศแล้ว", "Close a published plan")
        {
            Request = typeof(VersionRequest),
            Response = typeof(PlanResponse),
            Roles = Writers,
        },
        ["Measures_Get"] = new("มาตรการหนึ่งรายการของแผน", "One measure of a plan")
        {
            Response = typeof(MeasureResponse),
        },
        ["Measures_Add"] = new("เพิ่มมาตรการในแผนร่าง", "Add a measure to a draft plan")
        {
            Request = typeof(MeasureRequest),
            Response = typeof(MeasureResponse),
            Status = 201,
            Roles = Writers,
        },
        ["Measures_Update"] = new(
            "แก้ไขมาตรการของแผนร่าง (ส่ง version ที่แก้)",
            "Change a measure of a draft plan (send the version edited)"
        )
        {
            Request = typeof(MeasureRequest),
            Response = typeof(MeasureResponse),
            Roles = Writers,
        },
        ["Measures_Remove"] = new("ลบมาตรการออกจากแผนร่าง", "Remove a measure from a draft plan")
        {
            Status = 204,
            Roles = Writers,
        },
        ["Progress_List"] = new("ความคืบหน้าที่รายงานของมาตรการ", "The progress reported on a measure")
        {
            Response = typeof(List<ProgressResponse>),
        },
        ["Progress_Report"] = new(
            "รายงานความคืบหน้าของมาตรการ พร้อมหลักฐาน",
            "Report progress on a measure, with evidence"
        )
        {
            Request = typeof(ProgressRequest),
            Response = typeof(ProgressResponse),
            Status = 201,
            Roles = Writers,
        },
        ["Progress_Correct"] = new("แก้ไขรายงานความคืบหน้า", "Correct a progress report")
        {
            Request = typeof(ProgressRequest),
            Response = typeof(ProgressResponse),
            Roles = Writers,
        },
        ["Reports_List"] = new(
            "รายงานผลการดำเนินการ ๖ และ ๑๒ เดือนของแผน ทั้งฉบับปัจจุบันและฉบับที่ถูกแทนที่ (current = false)",
            "The plan's 6- and 12-month reports, current and superseded (current = false)"
        )
        {
            Response = typeof(List<ReportResponse>),
        },
        ["Reports_Get"] = new(
            "รายงานฉบับปัจจุบันของรอบหนึ่ง (SixMonths, TwelveMonths)",
            "The current report of one period (SixMonths, TwelveMonths)"
        )
        {
            Response = typeof(ReportResponse),
        },
        ["Reports_Submit"] = new(
            "ส่งรายงานของรอบ ซึ่งตรึงความคืบหน้าและหลักฐานทั้งหมดถึงวันสิ้นรอบ พร้อมผู้ลงนามในบันทึกข้อความ (ผู้จัดทำถึงผู้ที่เรียน อย่างน้อย ๒ คนต่างกัน) ส่วนราชการที่จัดทำ และเลขที่หนังสือ",
            "Submit a period's report, which freezes the progress and all evidence up to the period's last day, with the memo's signatories (preparer to addressee, at least two different people), originating unit and document number"
        )
        {
            Request = typeof(SubmitReportRequest),
            Response = typeof(ReportResponse),
            Status = 201,
            Roles = Writers,
        },
        ["Reports_Supersede"] = new(
            "แก้ไขรายงานที่ส่งแล้วด้วยรายงานฉบับใหม่ที่แทนที่ (ต้องระบุเหตุผล) ฉบับเดิมยังเก็บไว้และระบุว่าถูกแทนที่ เอกสารออกเป็นฉบับใหม่",
            "Correct a submitted report with a new one that supersedes it (a reason is required); the earlier report is kept, marked superseded, and the documents are rendered as a new version"
        )
        {
            Request = typeof(SupersedeReportRequest),
            Response = typeof(ReportResponse),
            Status = 201,
            Roles = Writers,
        },
        ["Audit_ListForPlan"] = new(
            "ประวัติการเปลี่ยนแปลงของแผน ใคร เมื่อใด อะไร",
            "The plan's audit trail: who changed what, when"
        )
        {
            Response = typeof(Page<AuditEntryResponse>),
        },
        ["Units_ListForOrganisation"] = new("ประวัติการเปลี่ยนแปลงข้อมูลขององค์กร", "The organisation's audit trail")
        {
            Response = typeof(Page<AuditEntryResponse>),
        },
        ["Units_Get"] = new(
            "หน่วยงานภายในขององค์กรที่รับผิดชอบมาตรการได้ และเลขที่หนังสือส่วนหน้า",
            "The organisation's units that can own a measure, and its document-number prefix"
        )
        {
            Response = typeof(UnitsResponse),
        },
        ["Units_Replace"] = new(
            "แทนรายชื่อหน่วยงานภายในขององค์กร และเลขที่หนังสือส่วนหน้าเมื่อส่งมา",
            "Replace the organisation's list of units, and its document-number prefix when sent"
        )
        {
            Request = typeof(UnitsRequest),
            Response = typeof(UnitsResponse),
            Roles = Writers,
        },
        ["FollowUp_Get"] = new(
            "ประสิทธิผลของแผนเทียบกับผลประเมินปีถัดไป",
            "The plan's effectiveness against the next year's assessment"
        )
        {
            Response = typeof(FollowUpResponse),
        },
        ["Oversight_Get"] = new(
            "ภาพรวมการกำกับดูแลแผนของจังหวัดหรือทั้งประเทศ",
            "Plan oversight of a province or the nation"
        )
        {
            Response = typeof(OversightResponse),
            Roles = [ItaRoles.ProvinceOverseer, ItaRoles.NationalAdmin],
        },
    };
}
