using System.Globalization;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Checks a measure against the plan it belongs to: indicators of the assessed year's code book, units from the
/// organisation's list, a period inside the plan's fiscal year.
/// </summary>
public static class MeasureValidator
{
    /// <param name="books">The code books the measure's indicators are checked against.</param>
    public static MeasureInput? Validate(
        MeasureRequest request,
        ImprovementPlan plan,
        IReadOnlyList<string> units,
        ICodeBooks books,
        ValidationErrors errors
    )
    {
        var title = errors.Required("title", request.Title, "ชื่อมาตรการ", 500);
        var finding = errors.Optional("finding", request.Finding, "ผลการวิเคราะห์ที่มาตรการนี้ตอบ", 2000);
        var followUp = errors.Optional("followUp", request.FollowUp, "การกำกับติดตาม", 2000);
        var target = errors.Optional("target", request.Target, "เป้าหมาย", 2000);

        var book = books.Find(plan.AssessedFiscalYear) ?? books.Find(plan.PlanFiscalYear);
        var indicators = new List<IndicatorRef>();
        if (request.Indicators is not { Count: > 0 })
            errors.Add(
                "indicators",
                "ต้องระบุตัวชี้วัดที่มาตรการนี้มุ่งพัฒนาอย่างน้อย ๑ ตัว (indicators) / At least one indicator is required."
            );
        else
            foreach (var (number, i) in request.Indicators.Select((n, i) => (n, i)))
            {
                var name = book?.Indicator(number)?.Name
                    ?? (book is null && number is >= 1 and <= 10 ? $"ตัวชี้วัดที่ {number}" : null);
                if (name is null)
                    errors.Add(
                        $"indicators[{i}]",
                        $"ไม่มีตัวชี้วัดที่ {number} ในเกณฑ์การประเมินปี {plan.AssessedFiscalYear} (indicators[{i}]) / Unknown indicator {number}."
                    );
                else if (indicators.All(x => x.Number != number))
                    indicators.Add(new IndicatorRef { Number = number, Name = name });
            }

        var concepts = new List<string>();
        var knownConcepts = (book?.Items ?? [])
            .Select(i => i.Concept)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (concept, i) in (request.ItemConcepts ?? []).Select((c, i) => (c?.Trim() ?? "", i)))
        {
            if (concept.Length == 0 || (knownConcepts.Count > 0 && !knownConcepts.Contains(concept)))
                errors.Add(
                    $"itemConcepts[{i}]",
                    $"ไม่รู้จักประเด็นข้อคำถาม \"{concept}\" ในเกณฑ์การประเมินปี {plan.AssessedFiscalYear} (itemConcepts[{i}]) / Unknown item concept."
                );
            else if (!concepts.Contains(concept))
                concepts.Add(concept);
        }

        var steps = new List<string>();
        foreach (var (step, i) in (request.Steps ?? []).Select((s, i) => (s, i)))
            steps.Add(errors.Required($"steps[{i}]", step, "ขั้นตอนการดำเนินการ", 1000));

        var responsible = new List<string>();
        if (request.ResponsibleUnits is not { Count: > 0 })
            errors.Add(
                "responsibleUnits",
                "ต้องระบุหน่วยงานที่รับผิดชอบอย่างน้อย ๑ หน่วย (responsibleUnits) / At least one responsible unit is required."
            );
        else
            foreach (var (unit, i) in request.ResponsibleUnits.Select((u, i) => (u?.Trim() ?? "", i)))
            {
                if (!units.Contains(unit, StringComparer.Ordinal))
                    errors.Add(
                        $"responsibleUnits[{i}]",
                        $"ไม่มีหน่วยงาน \"{unit}\" ในรายชื่อหน่วยงานขององค์กร (responsibleUnits[{i}]) กรุณาเพิ่มหน่วยงานก่อน / Unknown unit."
                    );
                else if (!responsible.Contains(unit))
                    responsible.Add(unit);
            }

        var period = ReadPeriod(request.Period, plan.PlanFiscalYear, errors);
        if (request.Order is < 1)
            errors.Add("order", "ลำดับต้องเป็นจำนวนเต็มตั้งแต่ ๑ ขึ้นไป (order) / order must be 1 or more.");
        return errors.Any
            ? null
            : new MeasureInput(
                title,
                indicators,
                concepts,
                finding,
                steps,
                responsible,
                period!,
                followUp,
                target,
                request.Order
            );
    }

    public static MeasurePeriod? ReadPeriod(PeriodRequest? request, int fiscalYear, ValidationErrors errors)
    {
        var yearText = $"ปีงบประมาณ พ.ศ. {fiscalYear} (1 ตุลาคม {fiscalYear - 1} – 30 กันยายน {fiscalYear})";
        if (request is null)
        {
            errors.Add(
                "period",
                $"ต้องระบุระยะเวลาดำเนินการเป็นไตรมาสหรือช่วงเดือนใน{yearText} (period) / period is required."
            );
            return null;
        }
        if (request.FromQuarter is not null || request.ToQuarter is not null)
        {
            var from = request.FromQuarter ?? request.ToQuarter!.Value;
            var to = request.ToQuarter ?? from;
            if (from is < 1 or > 4 || to is < 1 or > 4)
                errors.Add(
                    "period.fromQuarter",
                    $"ไตรมาสต้องเป็น ๑ ถึง ๔ ของ{yearText} (period.fromQuarter, period.toQuarter) / Quarters are 1 to 4."
                );
            else if (from > to)
                errors.Add(
                    "period.toQuarter",
                    "ไตรมาสสิ้นสุดต้องไม่ก่อนไตรมาสเริ่มต้น (period.toQuarter) / toQuarter is before fromQuarter."
                );
            else
                return MeasurePeriod.Quarters(fiscalYear, from, to);
            return null;
        }
        var start = Month("period.fromMonth", request.FromMonth, errors);
        var end = request.ToMonth is null ? start : Month("period.toMonth", request.ToMonth, errors);
        if (start is null || end is null)
            return null;
        var first = ThaiFiscalYear.Start(fiscalYear);
        var last = ThaiFiscalYear.End(fiscalYear);
        if (start < first || start > last)
            errors.Add(
                "period.fromMonth",
                $"เดือนเริ่มต้นอยู่นอก{yearText} (period.fromMonth) / fromMonth is outside the fiscal year."
            );
        if (end < first || end > last)
            errors.Add(
                "period.toMonth",
                $"เดือนสิ้นสุดอยู่นอก{yearText} (period.toMonth) / toMonth is outside the fiscal year."
            );
        if (end < start)
            errors.Add(
                "period.toMonth",
                "เดือนสิ้นสุดต้องไม่ก่อนเดือนเริ่มต้น (period.toMonth) / toMonth is before fromMonth."
            );
        if (errors.ByField.Keys.Any(k => k.StartsWith("period", StringComparison.Ordinal)))
            return null;
        var period = MeasurePeriod.Months(start.Value, end.Value);
        return CataloguePeriodReader.IsQuarterRange(period, fiscalYear, out var q1, out var q2)
            ? MeasurePeriod.Quarters(fiscalYear, q1, q2)
            : period;
    }

    private static DateOnly? Month(string field, string? text, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(
                field,
                $"ต้องระบุเดือนเป็น YYYY-MM (ค.ศ.) หรือระบุไตรมาส ({field}) / {field} is required as YYYY-MM."
            );
            return null;
        }
        if (
            DateOnly.TryParseExact(
                text.Trim() + "-01",
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var month
            )
        )
        {
            if (month.Year < 2400)
                return month;
            // Officers write B.E. years every day; say so instead of "outside the fiscal year".
            errors.Add(
                field,
                $"ปี {month.Year} เป็นปี พ.ศ. ต้องระบุเดือนเป็นปี ค.ศ. เช่น {ThaiFiscalYear.GregorianYear(month.Year)}-{month.Month:00} ({field}) / {field} must use the Gregorian year."
            );
            return null;
        }
        errors.Add(
            field,
            $"เดือน \"{text}\" ไม่ถูกต้อง ต้องเป็น YYYY-MM (ค.ศ.) เช่น 2025-10 ({field}) / {field} must be YYYY-MM."
        );
        return null;
    }

    public static void Apply(Measure measure, MeasureInput input)
    {
        measure.Title = input.Title;
        measure.Indicators = [.. input.Indicators];
        measure.ItemConcepts = [.. input.ItemConcepts];
        measure.Finding = input.Finding;
        measure.Steps = [.. input.Steps];
        measure.ResponsibleUnits = [.. input.ResponsibleUnits];
        measure.Period = input.Period.Text;
        measure.PeriodStart = input.Period.Start;
        measure.PeriodEnd = input.Period.End;
        measure.FollowUp = input.FollowUp;
        measure.Target = input.Target;
    }
}
