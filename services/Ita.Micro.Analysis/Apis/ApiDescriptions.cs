using Ita.Micro.Analysis.Catalogue;
using Ita.Micro.ServiceDefaults.OpenApi;
using Ita.Micro.ServiceDefaults.Security;

namespace Ita.Micro.Analysis.Apis;

/// <summary>The OpenAPI description of the analysis service's operations (ids: <c>{Tag}_{HandlerMethod}</c>).</summary>
public static class ApiDescriptions
{
    public static readonly ApiCatalogue Catalogue = new()
    {
        Title = "วิเคราะห์ผลการประเมิน / Analysis",
        Description =
            "ผลวิเคราะห์ ITA ขององค์กร แนวโน้ม การเทียบกับกลุ่ม สถิติ และบัญชีมาตรการที่แนะนำ / "
            + "Organisations' ITA analyses, trends, peer comparisons, statistics and the catalogue of recommended measures.",
        ["Analyses_Search"] = new(
            "ผลวิเคราะห์ล่าสุดขององค์กรที่ผู้เรียกเห็นได้ กรองตามจังหวัด ประเภท ปี ระดับผล ช่วงคะแนน และรหัสองค์กร เรียงตามคอลัมน์ แบ่งหน้า",
            "The latest analyses within the caller's reach, by province, type, year, rating, score range and organisation codes, sorted by a column, a page at a time"
        ),
        ["Analyses_SearchBody"] = new(
            "ค้นผลวิเคราะห์ล่าสุดด้วยตัวกรองเดียวกับ GET /api/analyses ในเนื้อคำขอ สำหรับรายการรหัสองค์กรยาว (เฉพาะรหัสที่ระบุ หรือยกเว้นรหัสที่ระบุ)",
            "Search the latest analyses with GET /api/analyses's filters in the body, for long lists of organisation codes (only those, or all but those)"
        )
        {
            Request = typeof(AnalysisQuery),
            Response = typeof(AnalysisPage),
        },
        ["Analyses_ListForOrganisation"] = new(
            "ผลวิเคราะห์ล่าสุดของทุกปีงบประมาณขององค์กร",
            "The latest analysis of every fiscal year of an organisation"
        ),
        ["Analyses_Trend"] = new(
            "แนวโน้มหลายปีขององค์กร คะแนนรวม ตัวชี้วัด และการเปลี่ยนระดับผล",
            "An organisation's multi-year trend: totals, indicators and rating changes"
        ),
        ["Analyses_GetLatest"] = new(
            "ผลวิเคราะห์ขององค์กรในปีงบประมาณ: ระดับผล การจัดกลุ่มตัวชี้วัดและข้อคำถามพร้อมเหตุผล คำบรรยาย และมาตรการที่แนะนำ",
            "An organisation's analysis of a fiscal year: rating, classified indicators and items with reasons, narratives and recommended measures"
        ),
        ["Peers_GetPeers"] = new(
            "อันดับและเปอร์เซ็นไทล์ขององค์กรในกลุ่มจังหวัด ประเภท และทั้งประเทศ",
            "The organisation's rank and percentile among its province, type and the nation"
        ),
        ["Statistics_GetYears"] = new(
            "ปีงบประมาณที่มีผลวิเคราะห์ซึ่งผู้เรียกเห็นได้ เรียงจากปีล่าสุด",
            "The fiscal years with analyses within the caller's reach, newest first"
        ),
        ["Statistics_GetYear"] = new(
            "สถิติระดับประเทศและกลุ่มของปีงบประมาณ และจำนวนองค์กรตามระดับผลอย่างเป็นทางการ",
            "National and group statistics of a fiscal year, and organisations by official rating"
        ),
        ["Statistics_GetOverview"] = new(
            "ภาพรวมผลการประเมินของจังหวัดหรือทั้งประเทศในปีงบประมาณ: จำนวนที่ประเมิน อัตราผ่าน ระดับผล ค่าเฉลี่ยเครื่องมือและตัวชี้วัดเทียบทั้งประเทศ ข้อคำถามที่อ่อนที่สุด และการเปลี่ยนแปลงจากปีก่อน (ผู้กำกับดูแลจังหวัดเห็นเฉพาะจังหวัดของตน)",
            "A province's or the nation's results of a fiscal year: number assessed, pass rate, ratings, tool and indicator means against the nation, the weakest items and the change from the year before (an overseer sees only its own province)"
        )
        {
            Roles = [ItaRoles.ProvinceOverseer, ItaRoles.NationalAdmin],
        },
        ["Statistics_GetDistricts"] = new(
            "อำเภอที่มีผลวิเคราะห์ในปีงบประมาณของจังหวัด (หรือทุกจังหวัด) พร้อมจำนวนองค์กร สำหรับตัวกรองอำเภอ (ผู้กำกับดูแลจังหวัดเห็นเฉพาะจังหวัดของตน)",
            "The districts with analyses of the fiscal year in the province (or in every province) and their organisations, for the district filter (an overseer sees only its own province)"
        )
        {
            Roles = [ItaRoles.ProvinceOverseer, ItaRoles.NationalAdmin],
        },
        ["Statistics_Rebuild"] = new(
            "สร้างสถิติเทียบกลุ่มของปีงบประมาณ (หรือทุกปี) ใหม่จากผลวิเคราะห์ที่เก็บไว้ ทำซ้ำได้ผลเท่าเดิม",
            "Make the peer statistics of a fiscal year (or of every year) again from the stored analyses; running it twice gives the same figures"
        ),
        ["Catalogue_GetCurrent"] = new(
            "บัญชีมาตรการที่แนะนำฉบับปัจจุบัน กรองตามตัวชี้วัดหรือแนวคิด",
            "The current catalogue of recommended measures, by indicator or concept"
        ),
        ["Catalogue_ListVersions"] = new("ประวัติฉบับของบัญชีมาตรการ", "The catalogue's versions"),
        ["Catalogue_GetVersion"] = new("บัญชีมาตรการฉบับหนึ่ง", "One version of the catalogue"),
        ["Catalogue_ReplaceAll"] = new(
            "แทนบัญชีมาตรการทั้งฉบับ (ตรวจฉบับที่แก้ไขกับฉบับปัจจุบัน)",
            "Replace the whole catalogue (the version edited is checked against the current one)"
        )
        {
            Request = typeof(CatalogueDocument),
            Response = typeof(CatalogueVersionSummary),
            Status = 201,
        },
        ["Catalogue_PutMeasure"] = new(
            "เพิ่มหรือแทนมาตรการหนึ่งรายการ เป็นบัญชีฉบับใหม่",
            "Add or replace one measure, as a new catalogue version"
        )
        {
            Request = typeof(CatalogueMeasure),
            Response = typeof(CatalogueVersionSummary),
            Status = 201,
        },
        ["Catalogue_DeleteMeasure"] = new(
            "ลบมาตรการหนึ่งรายการ เป็นบัญชีฉบับใหม่",
            "Remove one measure, as a new catalogue version"
        )
        {
            Response = typeof(CatalogueVersionSummary),
        },
    };
}
