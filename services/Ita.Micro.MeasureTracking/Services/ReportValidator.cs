using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Apis.Contracts;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// The memo's rules for a submission and a correction alike: a chain of signatories from the officer who prepared it to
/// the addressee, who are different people (a memo is never addressed to its own author); the originating unit one of
/// the organisation's units; a short document number.
/// </summary>
public static class ReportValidator
{
    public static ReportInput Read(
        ValidationErrors errors,
        IReadOnlyList<SignatoryRequest>? requested,
        string? originatingUnit,
        string? documentNumber
    )
    {
        var signatories = new List<Signatory>();
        if (requested is not { Count: >= 2 })
            errors.Add(
                "signatories",
                "ต้องระบุผู้ลงนามในบันทึกข้อความอย่างน้อย ๒ คน เรียงจากผู้จัดทำ (คนแรก) ถึงผู้ที่เรียน (คนสุดท้าย) (signatories) / "
                    + "At least two signatories are required: the preparer first, the addressee last."
            );
        foreach (var (s, i) in (requested ?? []).Select((s, i) => (s, i)))
        {
            var name = errors.Required($"signatories[{i}].name", s?.Name, "ชื่อผู้ลงนาม", 200);
            var position = errors.Required($"signatories[{i}].position", s?.Position, "ตำแหน่งผู้ลงนาม", 300);
            var acting = errors.Optional($"signatories[{i}].actingFor", s?.ActingFor, "การปฏิบัติหน้าที่แทน", 300);
            signatories.Add(
                new Signatory
                {
                    Name = name,
                    Position = position,
                    ActingFor = acting.Length == 0 ? null : acting,
                }
            );
        }
        if (
            signatories.Count >= 2
            && signatories[0].Name.Length > 0
            && SamePerson(signatories[0].Name, signatories[^1].Name)
        )
            errors.Add(
                "signatories",
                $"ผู้จัดทำ (คนแรก) และผู้ที่เรียน (คนสุดท้าย) ต้องเป็นคนละคน แต่ทั้งสองคือ {signatories[0].Name} (signatories) / "
                    + "The preparer (first signatory) and the addressee (last) must be different people."
            );

        var unit = errors.Optional("originatingUnit", originatingUnit, "ส่วนราชการที่จัดทำรายงาน", 200);
        var number = errors.Optional("documentNumber", documentNumber, "เลขที่หนังสือ", 50);
        return new ReportInput(signatories, unit.Length == 0 ? null : unit, number.Length == 0 ? null : number);
    }

    /// <summary>The unit asked for when it is one of the organisation's units (an error otherwise); the first unit when none was asked.</summary>
    public static string? Unit(ValidationErrors errors, string? requested, IReadOnlyList<string> units)
    {
        if (requested is null)
            return units.Count > 0 ? units[0] : null;
        if (units.Contains(requested, StringComparer.Ordinal))
            return requested;
        errors.Add(
            "originatingUnit",
            $"ส่วนราชการ \"{requested}\" ไม่อยู่ในรายชื่อหน่วยงานขององค์กร ต้องเป็นหนึ่งใน: {string.Join(", ", units)} (originatingUnit) / "
                + "originatingUnit must be one of the organisation's units."
        );
        return null;
    }

    /// <summary>The same name however it was spaced or cased.</summary>
    private static bool SamePerson(string a, string b) =>
        string.Equals(
            string.Join(' ', a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            string.Join(' ', b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            StringComparison.OrdinalIgnoreCase
        );
}
