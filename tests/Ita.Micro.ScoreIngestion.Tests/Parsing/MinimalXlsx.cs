using System.IO.Compression;
using System.Text;

namespace Ita.Micro.ScoreIngestion.Tests.Parsing;

/// <summary>
/// Writes the smallest workbook Excel opens, from raw sheet XML, so a test can state exactly the cells it means
/// (cells without references, booleans, error values…) where the committed scores.xlsx shows the common ones.
/// </summary>
internal static class MinimalXlsx
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <param name="sheetData">The children of &lt;sheetData&gt;.</param>
    /// <param name="sharedStrings">The shared string table, or null for none.</param>
    /// <param name="withSheet">False writes a workbook whose &lt;sheets&gt; is empty.</param>
    public static byte[] Build(string sheetData, IReadOnlyList<string>? sharedStrings = null, bool withSheet = true)
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(
                zip,
                "[Content_Types].xml",
                """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"""
            );
            Add(
                zip,
                "_rels/.rels",
                """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
            );
            var sheets = withSheet ? $"""<sheet name="Sheet1" sheetId="1" r:id="rId1"/>""" : "";
            Add(
                zip,
                "xl/workbook.xml",
                $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="{Relationships}"><sheets>{sheets}</sheets></workbook>"""
            );
            var stringsRelationship = sharedStrings is null
                ? ""
                : """<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""";
            Add(
                zip,
                "xl/_rels/workbook.xml.rels",
                $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>{stringsRelationship}</Relationships>"""
            );
            Add(
                zip,
                "xl/worksheets/sheet1.xml",
                $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData>{sheetData}</sheetData></worksheet>"""
            );
            if (sharedStrings is not null)
            {
                var items = string.Concat(
                    sharedStrings.Select(s =>
                        $"<si><t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(s)}</t></si>"
                    )
                );
                Add(
                    zip,
                    "xl/sharedStrings.xml",
                    $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{Main}" count="{sharedStrings.Count}" uniqueCount="{sharedStrings.Count}">{items}</sst>"""
                );
            }
        }
        return output.ToArray();
    }

    /// <summary>A row of inline-string and number cells: strings become inline strings, decimals numbers, null is skipped.</summary>
    public static string Row(int number, params object?[] cells)
    {
        var xml = new StringBuilder($"<row r=\"{number}\">");
        for (var i = 0; i < cells.Length; i++)
        {
            var reference = $"{(char)('A' + i)}{number}";
            switch (cells[i])
            {
                case null:
                    break;
                case string s:
                    xml.Append(
                        $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(s)}</t></is></c>"
                    );
                    break;
                case var n:
                    xml.Append(
                        $"<c r=\"{reference}\"><v>{Convert.ToString(n, System.Globalization.CultureInfo.InvariantCulture)}</v></c>"
                    );
                    break;
            }
        }
        return xml.Append("</row>").ToString();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
