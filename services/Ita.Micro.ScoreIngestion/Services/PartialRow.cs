using Ita.Micro.Contracts;
using Ita.Micro.ScoreIngestion.Model;

namespace Ita.Micro.ScoreIngestion.Services;

/// <summary>The rule that a partial row never silently replaces a complete result (issue #17): the one place it lives.</summary>
public static class PartialRow
{
    /// <summary>The columns (as the score file names them) the current revision has a score in and the row has not.</summary>
    public static IReadOnlyList<string> DroppedColumns(AssessmentScores current, AssessmentScores row)
    {
        var dropped = new List<string>();
        if (current.Total is not null && row.Total is null)
            dropped.Add("total");
        dropped.AddRange(
            current
                .Tools.Select(t => t.Tool)
                .Except(row.Tools.Select(t => t.Tool), StringComparer.OrdinalIgnoreCase)
                .Select(t => t.ToLowerInvariant())
        );
        dropped.AddRange(
            current
                .Indicators.Select(i => i.Indicator)
                .Except(row.Indicators.Select(i => i.Indicator))
                .Order()
                .Select(i => $"indicator_{i}")
        );
        dropped.AddRange(
            current.Items.Select(i => i.Code).Except(row.Items.Select(i => i.Code), StringComparer.OrdinalIgnoreCase)
        );
        return dropped;
    }

    /// <summary>Why the row is refused, in Thai and English, naming the columns it leaves out.</summary>
    public static string Message(IReadOnlyList<string> dropped, int revision)
    {
        var shown = string.Join(", ", dropped.Take(10)) + (dropped.Count > 10 ? $" … ({dropped.Count})" : "");
        return $"แถวนี้ไม่มีคะแนน {shown} ซึ่งผลฉบับปัจจุบัน (ฉบับที่ {revision}) มีอยู่ ให้ส่งแถวที่ครบถ้วน หรือนำเข้าด้วย mode=replace "
            + $"หากต้องการแทนที่ผลทั้งหมด / The row leaves out {shown}, which the current result (revision {revision}) has: send "
            + $"the complete row, or import with mode=replace to replace the result as given.";
    }

    /// <summary>Reads the <c>mode</c> an import was asked with (update by default); null when it names no mode.</summary>
    public static ImportMode? ParseMode(string? value) =>
        value?.Trim().ToLowerInvariant() switch
        {
            null or "" or "update" => ImportMode.Update,
            "replace" => ImportMode.Replace,
            _ => null,
        };
}
