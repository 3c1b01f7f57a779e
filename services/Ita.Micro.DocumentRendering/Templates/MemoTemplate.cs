using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Layout;
using Ita.Micro.DocumentRendering.Model;
using static Ita.Micro.DocumentRendering.Templates.Parts;

namespace Ita.Micro.DocumentRendering.Templates;

/// <summary>
/// บันทึกข้อความ (แบบที่ ๒๙, like seed 001) that puts the progress report to the chief executive: Garuda 1.5 cm at the
/// top left, ส่วนราชการ / ที่ / วันที่ / เรื่อง, เรียน, the เรื่องเดิม / ข้อเท็จจริง / ข้อพิจารณา paragraphs, the table,
/// and the chain of comment-and-signature blocks from the officer who prepared it to นายก.
/// </summary>
public static class MemoTemplate
{
    public static Doc Build(ProgressDocumentData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var report = data.Report;
        var org = report.Organisation.Name;
        var period = Period(report.Period, report.PlanFiscalYear, report.AsOf);
        var addressee = report.Signatories.Count > 0 ? report.Signatories[^1].Position : "ผู้บริหาร" + org;
        var blocks = new List<Block>
        {
            new Emblem(EmblemPlacement.TopLeftSmall),
            new Para("บันทึกข้อความ", ParaStyle.MemoTitle),
            // The unit that prepared the report, in its organisation (seed 001: สำนักปลัดองค์การบริหารส่วนตำบลปากช่อง).
            Plain(
                new Run("ส่วนราชการ", Bold: true),
                " "
                    + (report.OriginatingUnit is { Length: > 0 } unit ? unit + org : org)
                    + " "
                    + Place(report.Organisation)
            ),
            Plain(
                new Run("ที่", Bold: true),
                " " + Reference(report) + " ",
                new Run("วันที่", Bold: true),
                " " + Date(ThaiDay(report.SubmittedAtUtc))
            ),
            Plain(
                new Run("เรื่อง", Bold: true),
                $" ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ของ{org} ประจำปีงบประมาณ {Year(report.PlanFiscalYear)} {period}"
            ),
            Plain(new Run("เรียน", Bold: true), " " + addressee),
            Heading("เรื่องเดิม"),
            Body(Original(data)),
            Heading("ข้อเท็จจริง"),
            Body(
                "ตามคู่มือการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ตัวชี้วัดการป้องกันการทุจริต "
                    + "หน่วยงานต้องแสดงการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานอย่างเป็นรูปธรรม "
                    + $"ผู้รับผิดชอบจึงได้รวบรวมผลการดำเนินการ {period} ณ วันที่ {Date(report.AsOf)} รายละเอียดดังนี้"
            ),
            new Table(
                // The seed's columns but its ข้อเสนอ, which officers leave empty: proposals are the ข้อพิจารณา below.
                [new(), new(), new(), new(), new()],
                [
                    [
                        "มาตรการ/แนวทาง",
                        ColumnHeading("วิธี|ดำเนิน|การ"),
                        ColumnHeading("ผู้|รับผิดชอบ"),
                        ColumnHeading("ระยะ|เวลา|ดำเนิน|งาน"),
                        ColumnHeading("ผล|การ|ดำเนิน|งาน"),
                    ],
                ],
                report.Entries.OrderBy(e => e.Measure.Order).Select(Row).ToList()
            ),
            Heading("ข้อพิจารณา"),
            Body("เพื่อประโยชน์ในการปฏิบัติงาน และการประเมิน ITA ดังนั้น เห็นควรพิจารณา"),
            new Para(
                "1. แจ้งเวียนให้พนักงานรับทราบ และร่วมขับเคลื่อนมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานต่อไป",
                ParaStyle.Indented
            ),
            new Para($"2. เผยแพร่ผลการดำเนินการบนเว็บไซต์ของ{org} ให้ประชาชนได้รับทราบต่อไป", ParaStyle.Indented),
            Body("จึงเรียนมาเพื่อโปรดทราบและพิจารณาดำเนินการต่อไป"),
        };

        for (var i = 0; i < report.Signatories.Count; i++)
        {
            var signatory = report.Signatories[i];
            // The officer who prepared the memo signs it; everyone above writes a comment and signs under it.
            blocks.Add(
                i == 0
                    ? new SignatureBlock(signatory)
                    : new SignatureBlock(signatory, "ความเห็นของ" + signatory.Position)
            );
        }
        return new Doc($"บันทึกข้อความ {org} {Year(report.PlanFiscalYear)}", blocks);
    }

    /// <summary>
    /// The memo's number as the seed writes it, prefix/number ("รบ ๗๒๑๐๑/๑๒๓"); a dotted line for what is not known, to
    /// be written in by hand.
    /// </summary>
    private static string Reference(ProgressReportSubmitted report)
    {
        const string blank = "..............";
        if (report.DocumentPrefix is not { Length: > 0 } && report.DocumentNumber is not { Length: > 0 })
            return "........................................";
        return $"{(report.DocumentPrefix is { Length: > 0 } prefix ? prefix : blank)}/{(report.DocumentNumber is { Length: > 0 } number ? number : blank)}";
    }

    private static string Original(ProgressDocumentData data)
    {
        var report = data.Report;
        var org = report.Organisation.Name;
        var result = data.Assessed is { } assessed
            ? $" {org} มีคะแนนรวม {Score(assessed.Total)} {RatingWords.InSentence(assessed.Rating, assessed.Passed, assessed.Total)}"
            : "";
        return $"ตามที่ สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ ได้ประกาศผลการประเมินคุณธรรมและความโปร่งใส"
            + $"ในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ {Year(report.AssessedFiscalYear)}{result} "
            + $"และ{org}ได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ {Year(report.PlanFiscalYear)} "
            + $"จำนวน {Int(report.Entries.Count)} มาตรการ นั้น";
    }

    private static IReadOnlyList<Cell> Row(ProgressReportEntry entry)
    {
        var measure = entry.Measure;
        var progress = entry.Progress;
        // What became of the measure, a dropped one's reason with it.
        var result = new List<string> { Status(progress?.Status) };
        if (progress is { Output.Length: > 0 })
            result.Add(progress.Output);
        if (progress?.DroppedReason is { Length: > 0 } reason)
            result.Add("เหตุผล: " + reason);
        return
        [
            new Cell($"{Int(measure.Order)}. {measure.Title}"),
            new Cell(measure.Steps.Select(s => "- " + s).ToList()),
            new Cell(measure.ResponsibleUnits.Select((unit, i) => $"{Int(i + 1)}. {unit}").ToList()),
            new Cell(measure.Period),
            new Cell(result),
        ];
    }
}
