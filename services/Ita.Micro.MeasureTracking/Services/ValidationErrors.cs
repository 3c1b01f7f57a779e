namespace Ita.Micro.MeasureTracking.Services;

/// <summary>Problems found in a request, by field (camelCase JSON path), all reported at once.</summary>
public sealed class ValidationErrors
{
    public Dictionary<string, List<string>> ByField { get; } = new(StringComparer.Ordinal);

    public bool Any => ByField.Count > 0;

    public void Add(string field, string message)
    {
        if (!ByField.TryGetValue(field, out var messages))
            ByField[field] = messages = [];
        messages.Add(message);
    }

    /// <summary>Trimmed text, or an error when it is missing or longer than allowed.</summary>
    public string Required(string field, string? value, string thaiName, int maxLength)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
            Add(field, $"ต้องระบุ{thaiName} ({field}) / {field} is required.");
        else if (text.Length > maxLength)
            Add(field, $"{thaiName}ยาวเกิน {maxLength} ตัวอักษร ({field}) / {field} is longer than {maxLength}.");
        return text;
    }

    public string Optional(string field, string? value, string thaiName, int maxLength)
    {
        var text = value?.Trim() ?? "";
        if (text.Length > maxLength)
            Add(field, $"{thaiName}ยาวเกิน {maxLength} ตัวอักษร ({field}) / {field} is longer than {maxLength}.");
        return text;
    }
}
