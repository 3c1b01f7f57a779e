using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Ita.Micro.Portal.Components.Shared;

/// <summary>
/// The plan's audit trail in the user's language: the API records its own field, record and action names
/// ("responsibleUnits", "measure", "updated") and values as stored text (ISO dates, JSON lists, enum names); an
/// officer reads "หน่วยงานรับผิดชอบ", "มาตรการ", "แก้ไข", B.E. dates and plain lists. A name the portal does not
/// know yet is shown as the API wrote it rather than hidden.
/// </summary>
public static class AuditWords
{
    private static readonly HashSet<string> DateFields =
    [
        "periodStart",
        "periodEnd",
        "reportedOn",
        "approvedOn",
        "announcedOn",
        "asOf",
    ];

    public static string Field(IStringLocalizer t, string field) => Word(t, "AuditField_" + field, field);

    public static string Entity(IStringLocalizer t, string entityType) =>
        Word(t, "AuditEntity_" + entityType, entityType);

    public static string Action(IStringLocalizer t, string action) => Word(t, "AuditAction_" + action, action);

    /// <summary>A recorded value as a person writes it; "–" for none.</summary>
    public static string Value(IStringLocalizer t, string entityType, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "–";
        if (
            DateFields.Contains(field)
            && DateOnly.TryParseExact(
                value,
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var date
            )
        )
            return Display.Date(date);
        if (field == "status")
            return Word(t, (entityType == "plan" ? "PlanStatus" : "MeasureStatus") + value, value);
        return value.StartsWith('[') ? List(value) : value;
    }

    /// <summary>Every change of an entry as "field: old → new".</summary>
    public static string Changes(
        IStringLocalizer t,
        string entityType,
        IEnumerable<(string Field, string? Old, string? New)> changes,
        Func<string, string> shorten
    ) =>
        string.Join(
            "; ",
            changes.Select(c =>
                $"{Field(t, c.Field)}: {shorten(Value(t, entityType, c.Field, c.Old))} → {shorten(Value(t, entityType, c.Field, c.New))}"
            )
        );

    private static string Word(IStringLocalizer t, string key, string fallback)
    {
        var word = t[key];
        return word.ResourceNotFound ? fallback : word.Value;
    }

    /// <summary>A JSON list (units, steps, indicator numbers, evidence, signatories) as "a, b, c".</summary>
    private static string List(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                return json;
            return string.Join(", ", document.RootElement.EnumerateArray().Select(Item).Where(s => s.Length > 0));
        }
        catch (JsonException)
        {
            return json;
        }
    }

    /// <summary>An element of a list: itself, or for a record its name, title or URL (what tells it apart).</summary>
    private static string Item(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.String => element.GetString() ?? "",
            JsonValueKind.Number => element.GetRawText(),
            JsonValueKind.Object => new[] { "name", "title", "url" }
                .Select(p =>
                    element.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null
                )
                .FirstOrDefault(s => !string.IsNullOrWhiteSpace(s))
                ?? element.GetRawText(),
            _ => element.GetRawText(),
        };
}
