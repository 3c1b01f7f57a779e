using System.Text.RegularExpressions;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.Analysis.Catalogue;

/// <summary>
/// What a catalogue must satisfy before it is stored: every problem found, keyed by the field as the API names it
/// ("measures[3].title", or "title" for a single measure), each message in Thai and English because national
/// administrators read Thai and developers read the logs.
/// </summary>
public static partial class CatalogueValidator
{
    public const int IdMaxLength = 100;
    public const int FirstIndicator = 1;
    public const int LastIndicator = 10;

    /// <summary>Every problem of a whole catalogue (measures already <see cref="CatalogueMeasure.Normalised"/>).</summary>
    /// <param name="books">The code books whose concepts a measure may name.</param>
    public static Dictionary<string, string[]> Validate(IReadOnlyList<CatalogueMeasure> measures, ICodeBooks books)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (measures.Count == 0)
        {
            // An empty catalogue would make every analysis propose nothing, silently.
            errors.AddError("measures", "ต้องมีมาตรการอย่างน้อย ๑ รายการ / The catalogue needs at least one measure.");
            return Freeze(errors);
        }

        var concepts = KnownConcepts(books);
        var firstIndexOfId = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < measures.Count; i++)
        {
            var prefix = $"measures[{i}].";
            Check(measures[i], prefix, concepts, errors);
            var id = measures[i].Id;
            if (id.Length == 0)
                continue;
            // Case-insensitive: ids end up in URLs and file names where case is easily lost.
            if (firstIndexOfId.TryGetValue(id, out var first))
                errors.AddError(
                    prefix + "id",
                    $"รหัสมาตรการ \"{id}\" ซ้ำกับมาตรการลำดับที่ {first} / The id \"{id}\" is also used by measures[{first}]."
                );
            else
                firstIndexOfId[id] = i;
        }
        return Freeze(errors);
    }

    /// <summary>Every problem of one measure (already normalised), keyed by field name alone.</summary>
    /// <param name="books">The code books whose concepts the measure may name.</param>
    public static Dictionary<string, string[]> ValidateMeasure(CatalogueMeasure measure, ICodeBooks books)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        Check(measure, "", KnownConcepts(books), errors);
        return Freeze(errors);
    }

    private static void Check(
        CatalogueMeasure m,
        string prefix,
        HashSet<string> knownConcepts,
        Dictionary<string, List<string>> errors
    )
    {
        if (m.Id.Length == 0)
            errors.AddError(prefix + "id", "ต้องระบุรหัสมาตรการ / The id is required.");
        else if (m.Id.Length > IdMaxLength || !KebabCase().IsMatch(m.Id))
            errors.AddError(
                prefix + "id",
                $"รหัสมาตรการต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข และขีดกลาง ไม่เกิน {IdMaxLength} ตัวอักษร (เช่น asset-borrowing-awareness) / "
                    + $"The id must be kebab-case, at most {IdMaxLength} characters (e.g. asset-borrowing-awareness)."
            );

        if (m.Indicator is < FirstIndicator or > LastIndicator)
            errors.AddError(
                prefix + "indicator",
                $"ตัวชี้วัดต้องอยู่ระหว่าง {FirstIndicator} ถึง {LastIndicator} (ได้รับ {m.Indicator}) / "
                    + $"The indicator must be {FirstIndicator}–{LastIndicator}, not {m.Indicator}."
            );

        if (m.Title.Length == 0)
            errors.AddError(prefix + "title", "ต้องระบุชื่อมาตรการ / The title is required.");
        else if (!m.Title.Any(IsThai))
            // Plans and reports are Thai official documents; an English-only title would be printed as is.
            errors.AddError(prefix + "title", "ชื่อมาตรการต้องเป็นภาษาไทย / The title must be in Thai.");

        CheckList(
            m.Steps,
            prefix + "steps",
            "ต้องมีขั้นตอน/วิธีการอย่างน้อย ๑ ขั้นตอน / At least one step is required.",
            "ขั้นตอนต้องไม่ว่าง / A step must not be empty.",
            errors
        );
        CheckList(
            m.ResponsibleUnits,
            prefix + "responsibleUnits",
            "ต้องระบุผู้รับผิดชอบอย่างน้อย ๑ หน่วยงาน / At least one responsible unit is required.",
            "ชื่อหน่วยงานผู้รับผิดชอบต้องไม่ว่าง / A responsible unit must not be empty.",
            errors
        );

        for (var c = 0; c < m.Concepts.Count; c++)
        {
            var concept = m.Concepts[c];
            if (concept.Length == 0)
                errors.AddError($"{prefix}concepts[{c}]", "แนวคิดของข้อต้องไม่ว่าง / A concept must not be empty.");
            else if (!knownConcepts.Contains(concept))
                // A misspelt concept would never match a finding, so the measure would silently never be proposed.
                errors.AddError(
                    $"{prefix}concepts[{c}]",
                    $"ไม่พบแนวคิด \"{concept}\" ในสมุดรหัสปีใด / No year's code book has the concept \"{concept}\"."
                );
        }

        if (m.Period.Length == 0)
            errors.AddError(prefix + "period", "ต้องระบุระยะเวลาดำเนินการ / The period is required.");
        if (m.Evidence.Length == 0)
            errors.AddError(prefix + "evidence", "ต้องระบุหลักฐานที่ผู้ตรวจประเมินตรวจดู / The evidence is required.");
        if (m.Priority < 1)
            errors.AddError(
                prefix + "priority",
                $"ลำดับความสำคัญต้องเป็น ๑ ขึ้นไป (ได้รับ {m.Priority}) / The priority must be 1 or more, not {m.Priority}."
            );
    }

    private static void CheckList(
        IReadOnlyList<string> values,
        string field,
        string none,
        string blank,
        Dictionary<string, List<string>> errors
    )
    {
        if (values.Count == 0)
            errors.AddError(field, none);
        for (var i = 0; i < values.Count; i++)
            if (values[i].Length == 0)
                errors.AddError($"{field}[{i}]", blank);
    }

    /// <summary>Concepts of every year's code book, loaded ones included, so a new year's concepts can be used at once.</summary>
    private static HashSet<string> KnownConcepts(ICodeBooks books) =>
        books
            .Years.Select(books.Find)
            .SelectMany(book => book?.Items ?? [])
            .Select(item => item.Concept)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

    private static bool IsThai(char c) => c is >= '\u0E00' and <= '\u0E7F';

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    private static void AddError(this Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
            errors[field] = messages = [];
        messages.Add(message);
    }

    private static Dictionary<string, string[]> Freeze(Dictionary<string, List<string>> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
