using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Ita.Micro.ServiceDefaults.Http;

/// <summary>
/// What form a JSON field of a request takes, in words for its error message (Thai / English): the field is found
/// by the path the reader stopped at, so a message names what is expected, never a .NET type.
/// </summary>
public static partial class JsonFieldForm
{
    /// <summary>"a date YYYY-MM-DD", "one of SixMonths, TwelveMonths", …; null when the path names no known field.</summary>
    public static (string Thai, string English)? Of(Type request, string path)
    {
        ArgumentNullException.ThrowIfNull(request);
        var type = request;
        foreach (Match part in PartRegex().Matches(path ?? ""))
        {
            var property = type.GetProperty(
                part.Groups["name"].Value,
                BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase
            );
            if (property is null)
                return null;
            type = property.PropertyType;
            if (part.Groups["index"].Success && Element(type) is { } element)
                type = element;
        }
        return type == request ? null : Form(type);
    }

    private static (string, string) Form(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            var names = string.Join(", ", Enum.GetNames(type));
            return (
                $"ชื่อค่าใดค่าหนึ่งต่อไปนี้ (เป็นข้อความ ไม่ใช่ตัวเลข): {names}",
                $"one of these names (as text, not a number): {names}"
            );
        }
        if (type == typeof(DateOnly))
            return ("วันที่ในรูปแบบ YYYY-MM-DD (ปี ค.ศ.) เช่น 2026-03-31", "a date as YYYY-MM-DD, e.g. 2026-03-31");
        if (type == typeof(DateTime) || type == typeof(DateTimeOffset))
            return ("วันเวลาในรูปแบบ YYYY-MM-DDThh:mm:ssZ", "a date and time as YYYY-MM-DDThh:mm:ssZ");
        if (type == typeof(Guid))
            return ("รหัส UUID เช่น 0c9e1f65-2b8e-4f0f-9d7e-7f3b0d1e5a22", "a UUID");
        if (type == typeof(bool))
            return ("true หรือ false", "true or false");
        if (type == typeof(int) || type == typeof(long))
            return ("จำนวนเต็ม", "a whole number");
        if (type == typeof(decimal) || type == typeof(double))
            return ("ตัวเลข", "a number");
        if (type == typeof(string))
            return ("ข้อความ", "text");
        if (Element(type) is not null)
            return ("รายการ (JSON array)", "a list (JSON array)");
        return ("ออบเจกต์ JSON", "a JSON object");
    }

    private static Type? Element(Type type) =>
        type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetGenericArguments().FirstOrDefault();

    [GeneratedRegex(@"(?<name>[A-Za-z_][A-Za-z0-9_]*)(?<index>\[\d+\])?")]
    private static partial Regex PartRegex();
}
