using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ScoreIngestion.Model;
using Ita.Micro.ServiceDefaults.OpenApi;

namespace Ita.Micro.ScoreIngestion.Apis;

/// <summary>The OpenAPI description of score ingestion's operations (ids: <c>{Tag}_{HandlerMethod}</c>).</summary>
public static class ApiDescriptions
{
    public static readonly ApiCatalogue Catalogue = new()
    {
        Title = "นำเข้าคะแนน ITA / Score ingestion",
        Description =
            "นำเข้าคะแนน ITA ทะเบียนองค์กร และสมุดรหัสของแต่ละปีงบประมาณ / "
            + "ITA score imports, the organisation registry and each fiscal year's code book.",
        ["Imports_CreateImport"] = new(
            "นำเข้าไฟล์คะแนน (CSV, XLSX, JSON) ตอบ 202 ทันทีพร้อม Location ของสถานะ",
            "Import a score file (multipart field file, a CSV or XLSX body, or this JSON); answers 202 with the status's Location"
        )
        {
            Request = typeof(ImportRequest),
            Response = typeof(ImportResponse),
            Status = 202,
            RequestExample =
                """{"source":"ตัวอย่าง / example","assessments":[{"organisation":{"code":"6630801","name":"เทศบาลตำบลแม่จัน","type":"เทศบาลตำบล","province":"ตาก","district":"อุ้มผาง"},"fiscalYear":2568,"publishedRating":"ผ่าน","scores":{"total":85.71,"tools":[{"tool":"IIT","score":84.99},{"tool":"EIT","score":85.71},{"tool":"OIT","score":86.25}],"indicators":[{"indicator":1,"score":87.79},{"indicator":2,"score":87.7},{"indicator":3,"score":97.18},{"indicator":4,"score":72.3},{"indicator":5,"score":80.0},{"indicator":6,"score":88.64},{"indicator":7,"score":84.01},{"indicator":8,"score":84.53},{"indicator":9,"score":92.5},{"indicator":10,"score":80.0}]}}]}""",
        },
        ["Imports_ListImports"] = new(
            "ประวัติการนำเข้าคะแนน ล่าสุดก่อน: แหล่งที่มา ไฟล์ เวลา ผล และจำนวนแถว แบ่งหน้า",
            "The score import history, newest first: source, file, when, outcome and row counts, a page at a time"
        )
        {
            Response = typeof(ImportHistoryResponse),
        },
        ["Imports_GetImport"] = new(
            "สถานะการนำเข้า จำนวนแถวที่อ่าน บันทึก ไม่เปลี่ยน ปฏิเสธ และปัญหาแต่ละแถว",
            "An import's status: rows read, recorded, unchanged, rejected, and each problem with its row and column"
        ),
        ["Organisations_ImportOrganisations"] = new(
            "นำเข้าทะเบียนองค์กร (CSV code,name,type,province,district หรือ JSON)",
            "Load the organisation registry (CSV code,name,type,province,district, or JSON)"
        )
        {
            Request = typeof(List<OrganisationInfo>),
            Response = typeof(OrganisationImportResult),
            RequestExample =
                """[{"code":"6630801","name":"เทศบาลตำบลแม่จัน","type":"เทศบาลตำบล","province":"ตาก","district":"อุ้มผาง"}]""",
        },
        ["Organisations_ListOrganisations"] = new(
            "รายชื่อองค์กรที่ผู้เรียกเห็นได้ กรองตามจังหวัดและประเภท",
            "The organisations within the caller's reach, by province and type"
        ),
        ["Organisations_GetOrganisation"] = new("ข้อมูลองค์กรหนึ่งแห่ง", "One organisation"),
        ["Assessments_ListForOrganisation"] = new(
            "คะแนนล่าสุดของทุกปีงบประมาณขององค์กร",
            "The latest recorded scores of every fiscal year of an organisation"
        ),
        ["Assessments_GetLatest"] = new(
            "คะแนนล่าสุดขององค์กรในปีงบประมาณหนึ่ง",
            "An organisation's latest scores of one fiscal year"
        ),
        ["Assessments_ListRevisions"] = new(
            "ทุกฉบับแก้ไขของคะแนนองค์กรในปีงบประมาณหนึ่ง",
            "Every revision of an organisation's scores of one fiscal year"
        ),
        ["CodeBooks_ListYears"] = new(
            "ปีงบประมาณที่มีสมุดรหัส ITA และฉบับที่ใช้อยู่",
            "The fiscal years with an ITA code book, and the version in use"
        ),
        ["CodeBooks_GetCurrent"] = new(
            "สมุดรหัสที่ใช้อยู่ของปีงบประมาณ (เครื่องมือ ตัวชี้วัด ข้อคำถาม เกณฑ์ระดับผล)",
            "A fiscal year's code book in use (tools, indicators, items, rating scheme)"
        ),
        ["CodeBooks_ListVersions"] = new(
            "ประวัติฉบับของสมุดรหัส ใครโหลดและเมื่อใด",
            "A code book's versions: who loaded each and when"
        ),
        ["CodeBooks_GetVersion"] = new("สมุดรหัสฉบับหนึ่ง", "One version of a code book"),
        ["CodeBooks_Publish"] = new(
            "โหลดสมุดรหัสฉบับใหม่ของปีงบประมาณ ตรวจแล้วเผยแพร่เป็น CodeBookPublished",
            "Load a new version of a fiscal year's code book: validated, stored and published as CodeBookPublished"
        )
        {
            Request = typeof(CodeBook),
            Response = typeof(CodeBookVersionResponse),
            Status = 201,
        },
    };
}
