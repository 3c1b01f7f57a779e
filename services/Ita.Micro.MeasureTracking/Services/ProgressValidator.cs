using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Checks a progress update: a date from the start of the plan's fiscal year up to today (Thai time), a status,
/// what was done, a reason exactly when dropped, and evidence that is an http(s) address with a title.
/// </summary>
public static class ProgressValidator
{
    public static ProgressInput? Validate(
        ProgressRequest request,
        int planFiscalYear,
        DateOnly today,
        ValidationErrors errors
    )
    {
        if (request.ReportedOn is not { } reportedOn)
            errors.Add("reportedOn", "ต้องระบุวันที่รายงานความก้าวหน้า (reportedOn) / reportedOn is required.");
        else if (reportedOn > today)
            errors.Add(
                "reportedOn",
                $"วันที่รายงาน {ThaiText.Date(reportedOn, thaiDigits: true)} เป็นวันในอนาคต (วันนี้คือ {ThaiText.Date(today, thaiDigits: true)}) (reportedOn) / reportedOn is in the future."
            );
        else if (reportedOn < ThaiFiscalYear.Start(planFiscalYear))
            errors.Add(
                "reportedOn",
                $"วันที่รายงานต้องไม่ก่อนเริ่มปีงบประมาณ พ.ศ. {planFiscalYear} ({ThaiText.Date(ThaiFiscalYear.Start(planFiscalYear), thaiDigits: true)}) (reportedOn) / reportedOn is before the fiscal year."
            );

        if (request.Status is not { } status || !Enum.IsDefined(status))
        {
            errors.Add(
                "status",
                "ต้องระบุสถานะ: NotStarted (ยังไม่ดำเนินการ), InProgress (อยู่ระหว่างดำเนินการ), Done (แล้วเสร็จ) หรือ Dropped (ยกเลิก) (status) / status is required."
            );
            status = MeasureStatus.NotStarted;
        }
        var output = errors.Required("output", request.Output, "ผลการดำเนินการ", 4000);
        var outcome = errors.Optional("outcome", request.Outcome, "ผลลัพธ์", 4000);
        string? reason = null;
        if (status == MeasureStatus.Dropped)
            reason = errors.Required("droppedReason", request.DroppedReason, "เหตุผลที่ยกเลิกมาตรการ", 2000);
        else if (!string.IsNullOrWhiteSpace(request.DroppedReason))
            errors.Add(
                "droppedReason",
                "ระบุเหตุผลการยกเลิกได้เฉพาะเมื่อสถานะเป็น Dropped (droppedReason) / droppedReason is only for a dropped measure."
            );

        var evidence = new List<EvidenceLink>();
        foreach (var (link, i) in (request.Evidence ?? []).Select((e, i) => (e, i)))
        {
            var url = link?.Url?.Trim() ?? "";
            if (
                !Uri.TryCreate(url, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || uri.Host.Length == 0
            )
                errors.Add(
                    $"evidence[{i}].url",
                    $"ที่อยู่หลักฐาน \"{url}\" ต้องเป็นลิงก์ http:// หรือ https:// (evidence[{i}].url) / evidence[{i}].url must be an http(s) address."
                );
            var title = errors.Required($"evidence[{i}].title", link?.Title, "ชื่อหลักฐาน", 500);
            if (link?.PublishedOn is { } published && published > today)
                errors.Add(
                    $"evidence[{i}].publishedOn",
                    $"วันที่เผยแพร่หลักฐานเป็นวันในอนาคต (evidence[{i}].publishedOn) / publishedOn is in the future."
                );
            evidence.Add(
                new EvidenceLink
                {
                    Url = url,
                    Title = title,
                    PublishedOn = link?.PublishedOn,
                }
            );
        }
        return errors.Any
            ? null
            : new ProgressInput(request.ReportedOn!.Value, status, output, outcome, reason, evidence);
    }

    public static void Apply(ProgressUpdate update, ProgressInput input)
    {
        update.ReportedOn = input.ReportedOn;
        update.Status = input.Status;
        update.Output = input.Output;
        update.Outcome = input.Outcome;
        update.DroppedReason = input.DroppedReason;
        update.Evidence = input.Evidence;
    }
}
