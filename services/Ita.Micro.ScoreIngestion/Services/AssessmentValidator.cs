using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.ScoreIngestion.Services;

/// <summary>
/// Checks a submitted import against the code book of each row's fiscal year. Errors are keyed by the field's
/// path in the request (assessments[2].scores.total) and written in Thai with the English after a slash.
/// </summary>
public static class AssessmentValidator
{
    public static Dictionary<string, string[]> Validate(IReadOnlyList<SubmittedAssessment?>? assessments)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }

        if (assessments is null || assessments.Count == 0)
        {
            Add("assessments", "ต้องมีผลการประเมินอย่างน้อยหนึ่งรายการ / At least one assessment is required.");
            return Flatten(errors);
        }

        var seen = new HashSet<(string, int)>();
        for (var row = 0; row < assessments.Count; row++)
        {
            var path = $"assessments[{row}]";
            var a = assessments[row];
            if (a is null) { Add(path, "รายการว่าง / The entry is empty."); continue; }

            var org = a.Organisation;
            if (org is null) Add($"{path}.organisation", "ต้องระบุองค์กร / The organisation is required.");
            else
            {
                Required(org.Code, $"{path}.organisation.code", "รหัสองค์กร / organisation code");
                Required(org.Name, $"{path}.organisation.name", "ชื่อองค์กร / organisation name");
                Required(org.Type, $"{path}.organisation.type", "ประเภทองค์กร / organisation type");
                Required(org.Province, $"{path}.organisation.province", "จังหวัด / province");
            }

            var book = CodeBookLibrary.Find(a.FiscalYear);
            if (book is null)
            {
                Add($"{path}.fiscalYear",
                    $"ไม่มีสมุดรหัส ITA ของปีงบประมาณ {a.FiscalYear} (มี {string.Join(", ", CodeBookLibrary.Years)}) / No ITA code book for fiscal year {a.FiscalYear}.");
            }
            else if (org?.Code is { Length: > 0 } code && !seen.Add((code.Trim(), a.FiscalYear)))
            {
                Add(path, $"องค์กร {code} ปีงบประมาณ {a.FiscalYear} ซ้ำในการนำเข้าเดียวกัน / Duplicated organisation-year in one import.");
            }

            var scores = a.Scores;
            if (scores is null) { Add($"{path}.scores", "ต้องระบุคะแนน / Scores are required."); continue; }
            if (scores.Total is null && (scores.Tools ?? []).Count == 0 && (scores.Indicators ?? []).Count == 0)
                Add($"{path}.scores", "ต้องมีคะแนนรวม คะแนนรายเครื่องมือ หรือคะแนนรายตัวชี้วัด / A total, tool or indicator scores are required.");
            Score(scores.Total, $"{path}.scores.total");

            var tools = scores.Tools ?? [];
            for (var i = 0; i < tools.Count; i++)
            {
                var field = $"{path}.scores.tools[{i}]";
                if (book is not null && book.Tool(tools[i].Tool ?? "") is null)
                    Add($"{field}.tool", $"ไม่รู้จักเครื่องมือ \"{tools[i].Tool}\" ในปี {a.FiscalYear} / Unknown tool.");
                Score(tools[i].Score, $"{field}.score");
            }
            var indicators = scores.Indicators ?? [];
            for (var i = 0; i < indicators.Count; i++)
            {
                var field = $"{path}.scores.indicators[{i}]";
                if (book is not null && book.Indicator(indicators[i].Indicator) is null)
                    Add($"{field}.indicator", $"ไม่รู้จักตัวชี้วัดที่ {indicators[i].Indicator} ในปี {a.FiscalYear} / Unknown indicator.");
                Score(indicators[i].Score, $"{field}.score");
            }
            var items = scores.Items ?? [];
            for (var i = 0; i < items.Count; i++)
            {
                Required(items[i].Code, $"{path}.scores.items[{i}].code", "รหัสข้อ / item code");
                Score(items[i].Score, $"{path}.scores.items[{i}].score");
            }
        }
        return Flatten(errors);

        void Required(string? value, string field, string what)
        {
            if (string.IsNullOrWhiteSpace(value)) Add(field, $"ต้องระบุ{what.Split(" / ")[0]} / The {what.Split(" / ")[1]} is required.");
        }

        void Score(decimal? value, string field)
        {
            if (value is < 0 or > 100) Add(field, $"คะแนน {value} อยู่นอกช่วง 0–100 / The score {value} is outside 0–100.");
        }
    }

    private static Dictionary<string, string[]> Flatten(Dictionary<string, List<string>> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
