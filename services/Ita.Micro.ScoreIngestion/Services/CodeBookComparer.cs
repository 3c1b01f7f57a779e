using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ScoreIngestion.Model;

namespace Ita.Micro.ScoreIngestion.Services;

/// <summary>
/// What changed between two versions of a year's code book, in counts an administrator can check at a glance
/// ("3 items relabelled" when one label was meant to change is a warning sign). Items are matched by code,
/// ignoring case, as the score files match them.
/// </summary>
public static class CodeBookComparer
{
    public static CodeBookChanges Compare(CodeBook previous, CodeBook current)
    {
        var before = previous
            .Items.DistinctBy(i => i.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        var after = current
            .Items.DistinctBy(i => i.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        var kept = after
            .Values.Where(i => before.ContainsKey(i.Code))
            .Select(i => (Old: before[i.Code], New: i))
            .ToList();

        var changes = new CodeBookChanges
        {
            ItemsAdded = after.Keys.Count(code => !before.ContainsKey(code)),
            ItemsRemoved = before.Keys.Count(code => !after.ContainsKey(code)),
            ItemsRelabelled = kept.Count(p => p.Old.Label != p.New.Label),
            ItemsMoved = kept.Count(p =>
                p.Old.Indicator != p.New.Indicator || p.Old.SubIndicator != p.New.SubIndicator
            ),
            IndicatorsChanged = !previous.Indicators.SequenceEqual(current.Indicators),
            WeightsChanged = !Weights(previous).SequenceEqual(Weights(current)),
            RatingBandsChanged =
                previous.Rating.Name != current.Rating.Name
                || !previous.Rating.Bands.SequenceEqual(current.Rating.Bands),
            PassMarkChanged = previous.PassMark != current.PassMark,
            Summary = "",
        };
        return changes with { Summary = Summarise(changes) };
    }

    private static IEnumerable<(string, decimal)> Weights(CodeBook book) =>
        book.Tools.Select(t => (t.Code.ToUpperInvariant(), t.Weight)).Order();

    private static string Summarise(CodeBookChanges c)
    {
        var thai = new List<string>();
        var english = new List<string>();
        void Count(int n, string th, string en)
        {
            if (n == 0)
                return;
            thai.Add($"{th} {n} ข้อ");
            english.Add($"{n} items {en}");
        }
        void Flag(bool changed, string th, string en)
        {
            if (!changed)
                return;
            thai.Add(th);
            english.Add(en);
        }
        Count(c.ItemsAdded, "เพิ่ม", "added");
        Count(c.ItemsRemoved, "ลบ", "removed");
        Count(c.ItemsRelabelled, "แก้ข้อความ", "relabelled");
        Count(c.ItemsMoved, "ย้ายตัวชี้วัด", "moved to another indicator");
        Flag(c.IndicatorsChanged, "ตัวชี้วัดเปลี่ยน", "indicators changed");
        Flag(c.WeightsChanged, "น้ำหนักเครื่องมือเปลี่ยน", "tool weights changed");
        Flag(c.RatingBandsChanged, "ระดับผลการประเมินเปลี่ยน", "rating bands changed");
        Flag(c.PassMarkChanged, "เกณฑ์ผ่านเปลี่ยน", "pass mark changed");
        return thai.Count == 0
            ? "ไม่มีการเปลี่ยนแปลงของข้อ ตัวชี้วัด น้ำหนัก หรือระดับผล (แก้เฉพาะส่วนอื่น เช่น หมายเหตุ) / "
                + "no change to items, indicators, weights or rating (other fields only, e.g. notes)"
            : $"{string.Join(", ", thai)} / {string.Join(", ", english)}";
    }
}
