using System.Globalization;
using System.Text;

namespace Ita.Micro.NationalData;

/// <summary>Shared CSV conventions: UTF-8 without BOM, '\n' line ends, invariant numbers, RFC 4180 quoting.</summary>
internal static class Csv
{
    public static StreamWriter Create(string path) =>
        new(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16)
        {
            NewLine = "\n",
        };

    public static string Field(string? value) =>
        value is null ? ""
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"")}\""
        : value;

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
