using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Model;

/// <summary>
/// What a report's memo (บันทึกข้อความ) is signed and numbered with: its signatories from the preparer to the
/// addressee, the unit that prepared it, and the organisation's document prefix and number.
/// </summary>
public sealed record ReportMemo(
    IReadOnlyList<Signatory> Signatories,
    string? OriginatingUnit,
    string? DocumentPrefix,
    string? DocumentNumber
);
