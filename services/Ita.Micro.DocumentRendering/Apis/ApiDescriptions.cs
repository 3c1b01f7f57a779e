using Ita.Micro.ServiceDefaults.OpenApi;

namespace Ita.Micro.DocumentRendering.Apis;

/// <summary>The OpenAPI description of document rendering's operations (ids: <c>{Tag}_{HandlerMethod}</c>).</summary>
public static class ApiDescriptions
{
    public static readonly ApiCatalogue Catalogue = new()
    {
        Title = "เอกสารราชการ / Document rendering",
        Description =
            "เอกสารภาษาไทยที่จัดทำจากผลวิเคราะห์และแผน (PDF และ DOCX): การวิเคราะห์ ประกาศ รายงานความคืบหน้า บันทึกข้อความ สรุป / "
            + "The Thai documents made from analyses and plans (PDF and DOCX): analysis, announcement, progress report, memo, summary.",
        ["Documents_ListDocuments"] = new(
            "เอกสารที่ผู้เรียกเห็นได้ กรองตามองค์กร ปีงบประมาณ และประเภท",
            "The documents within the caller's reach, by organisation, fiscal year and kind"
        ),
        ["Documents_RequestDocument"] = new(
            "ขอจัดทำเอกสาร (สรุปสำหรับผู้กำกับดูแล หรือเอกสารประเภทอื่นจากข้อมูลล่าสุด) ตอบ 202 พร้อมรหัสเอกสาร; 404 เมื่อยังไม่มีข้อมูล (สรุปของปีหรือจังหวัดที่ไม่มีข้อมูล)",
            "Ask for a document (a summary for overseers, or another kind again from its latest data); answers 202 with its id, "
                + "404 with a message when there is no data (a summary of a year or province without any)"
        )
        {
            Status = 202,
            RequestExample = """{"kind":"Analysis","fiscalYear":2568,"organisationCode":"6630801"}""",
        },
        ["Documents_GetDocument"] = new(
            "ข้อมูลเอกสาร: ประเภท เรื่อง ฉบับ ค่าแฮชของข้อมูล และสถานะ",
            "A document: kind, subject, version, data hash and status"
        ),
        ["Documents_GetContent"] = new(
            "ไฟล์เอกสาร PDF หรือ DOCX (format=pdf|docx)",
            "The document's file, PDF or DOCX (format=pdf|docx)"
        )
        {
            Files = ["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
        },
        ["Documents_GetPreview"] = new(
            "ตัวอย่างเอกสารเป็น HTML ที่ใช้พิมพ์เป็น PDF",
            "The document's HTML, as printed to PDF"
        )
        {
            Files = ["text/html"],
        },
    };
}
