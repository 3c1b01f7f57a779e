using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.ServiceDefaults.OpenApi;
using Ita.Micro.ServiceDefaults.Security;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>The OpenAPI description of the evidence registry and the assessment calendar (ids: <c>{Tag}_{HandlerMethod}</c>).</summary>
public static class EvidenceApiDescriptions
{
    private static readonly string[] Writers = [ItaRoles.Officer, ItaRoles.Approver, ItaRoles.NationalAdmin];

    public static ApiCatalogue AddTo(ApiCatalogue catalogue)
    {
        catalogue["Evidence_GetForOrganisation"] = new(
            "ทะเบียนหลักฐานขององค์กรในปีงบประมาณ: ข้อ OIT ทุกข้อของเกณฑ์ปีนั้น ลิงก์ ผลตรวจล่าสุด ความครอบคลุม (ข้อที่ไม่มีหลักฐานหรือมีแต่ลิงก์เสีย) และช่วงส่งข้อมูล OIT",
            "The organisation's evidence registry of a fiscal year: every OIT item of that year's code book, its links, their last checks, the coverage (items with no evidence or only broken evidence) and the OIT submission window"
        )
        {
            Response = typeof(OrganisationEvidenceResponse),
        };
        catalogue["Evidence_Add"] = new(
            "ลงทะเบียนลิงก์หลักฐานของข้อ OIT (itemCode, url http(s), title, publishedOn)",
            "Register an evidence link for an OIT item (itemCode, an http(s) url, title, publishedOn)"
        )
        {
            Request = typeof(EvidenceLinkRequest),
            Response = typeof(EvidenceLinkResponse),
            Status = 201,
            Roles = Writers,
        };
        catalogue["Evidence_CheckOrganisation"] = new(
            "ตรวจลิงก์หลักฐานทั้งหมดขององค์กรในปีนั้นทันที (เข้าคิว)",
            "Check all the organisation's links of the year now (queued)"
        )
        {
            Response = typeof(EvidenceCheckQueued),
            Status = 202,
            Roles = Writers,
        };
        catalogue["Evidence_Get"] = new(
            "ลิงก์หลักฐานหนึ่งรายการ (ETag คือฉบับ)",
            "One evidence link (the ETag is its version)"
        )
        {
            Response = typeof(EvidenceLinkResponse),
        };
        catalogue["Evidence_Update"] = new(
            "แก้ไขลิงก์หลักฐานที่ลงทะเบียน (ส่ง version) ลิงก์จากรายงานความก้าวหน้าแก้ที่รายงานนั้น",
            "Change a registered evidence link (send the version); a link from a progress update is changed there"
        )
        {
            Request = typeof(EvidenceLinkRequest),
            Response = typeof(EvidenceLinkResponse),
            Roles = Writers,
        };
        catalogue["Evidence_Remove"] = new(
            "ลบลิงก์หลักฐานที่ลงทะเบียนและประวัติการตรวจ (version ใน If-Match)",
            "Remove a registered evidence link and its check history (version in If-Match)"
        )
        {
            Status = 204,
            Roles = Writers,
        };
        catalogue["Evidence_ListChecks"] = new(
            "ประวัติการตรวจลิงก์ ล่าสุดก่อน",
            "The link's check history, newest first"
        )
        {
            Response = typeof(Page<EvidenceCheckResponse>),
        };
        catalogue["Evidence_Check"] = new("ตรวจลิงก์นี้ทันทีและบันทึกผล", "Check this link now and record the result")
        {
            Response = typeof(EvidenceCheckResponse),
            Roles = Writers,
        };
        catalogue["Evidence_Oversight"] = new(
            "องค์กรที่มีลิงก์หลักฐานเสียหรือข้อ OIT ที่ยังไม่มีหลักฐาน แยกตามจังหวัด",
            "The organisations with broken evidence links or OIT items without evidence, per province"
        )
        {
            Response = typeof(EvidenceOversightResponse),
            Roles = [ItaRoles.ProvinceOverseer, ItaRoles.NationalAdmin],
        };
        catalogue["Calendar_Get"] = new(
            "ปฏิทินการประเมินของ ป.ป.ช. ของปีงบประมาณ ฉบับที่ใช้อยู่",
            "NACC's assessment calendar of the fiscal year in force"
        )
        {
            Response = typeof(CalendarResponse),
        };
        catalogue["Calendar_History"] = new(
            "ทุกฉบับของปฏิทินการประเมิน ใคร เมื่อใด เพราะอะไร",
            "Every version of the assessment calendar: who, when and why"
        )
        {
            Response = typeof(List<CalendarResponse>),
        };
        catalogue["Calendar_Replace"] = new(
            "กำหนดหรือแก้ไขปฏิทินการประเมินทั้งฉบับ พร้อมเหตุผล (ผู้ดูแลระดับประเทศ; version 0 เมื่อยังไม่เคยกำหนด)",
            "Set or correct the whole assessment calendar with a reason (national admins; version 0 for the first)"
        )
        {
            Request = typeof(CalendarRequest),
            Response = typeof(CalendarResponse),
            Roles = [ItaRoles.NationalAdmin],
            RequestExample =
                """{"version":0,"reason":"ประกาศ ป.ป.ช. / NACC announcement","windows":[{"kind":"Registration","opens":"2026-01-05","closes":"2026-01-30"},{"kind":"OitSubmission","opens":"2026-02-01","closes":"2026-05-31"},{"kind":"Survey","opens":"2026-05-01","closes":"2026-07-31"},{"kind":"Challenge","opens":"2026-06-01","closes":"2026-06-15"},{"kind":"Results","opens":"2026-09-15","closes":"2026-09-15"}]}""",
        };
        return catalogue;
    }
}
