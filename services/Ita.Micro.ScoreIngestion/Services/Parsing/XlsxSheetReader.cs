using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>
/// Reads the first worksheet of a workbook row by row with <see cref="OpenXmlReader"/> (SAX), so the sheet is never
/// loaded as a DOM; only the shared strings are kept, as a list. Every call into the Open XML SDK is guarded here,
/// because a damaged package can fail in many ways and each of them means "this is not a workbook we can read".
/// </summary>
internal sealed class XlsxSheetReader : IDisposable
{
    /// <summary>Bounds what a decompression bomb can make us read into memory as shared strings.</summary>
    private const long MaxSharedStringCharacters = 50_000_000;

    /// <summary>Bounds the XML of any one part; a national sheet is around 30 million characters.</summary>
    private const long MaxCharactersInPart = 500_000_000;

    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _reader;
    private readonly List<string> _sharedStrings;
    private int _lastRow;

    private XlsxSheetReader(SpreadsheetDocument document, OpenXmlReader reader, List<string> sharedStrings)
    {
        _document = document;
        _reader = reader;
        _sharedStrings = sharedStrings;
    }

    /// <param name="stream">A seekable stream positioned at the start of the package.</param>
    public static XlsxSheetReader Open(Stream stream)
    {
        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(
                stream,
                false,
                new OpenSettings { AutoSave = false, MaxCharactersInPart = MaxCharactersInPart }
            );
            var workbook = document.WorkbookPart ?? throw new ImportFileException(NoSheet);
            // The first <sheet> in workbook.xml is the first tab; the order of the parts in the package is not.
            var first = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new ImportFileException(NoSheet);
            if (
                first.Id?.Value is not { } id
                || !workbook.TryGetPartById(id, out var part)
                || part is not WorksheetPart sheet
            )
                throw new ImportFileException(
                    $"แผ่นงานแรก \"{first.Name}\" ไม่มีในไฟล์หรือไม่ใช่ตาราง / The first sheet \"{first.Name}\" is missing or not a worksheet"
                );
            var strings = ReadSharedStrings(workbook.SharedStringTablePart);
            var result = new XlsxSheetReader(document, OpenXmlReader.Create(sheet), strings);
            document = null;
            return result;
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            throw Damaged(ex);
        }
        finally
        {
            document?.Dispose();
        }
    }

    /// <summary>The next &lt;row&gt; of the sheet, or null at its end.</summary>
    public SheetRow? ReadRow()
    {
        try
        {
            return NextRow();
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            throw Damaged(ex);
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _document.Dispose();
    }

    private static string NoSheet => "ไม่พบแผ่นงานในไฟล์ XLSX / The XLSX file has no worksheet";

    private SheetRow? NextRow()
    {
        SheetRow? row = null;
        var column = -1;
        string? type = null,
            value = null;
        var formula = false;
        var inInline = false;
        var inPhonetic = false;
        var inline = new StringBuilder();
        while (_reader.Read())
        {
            var element = _reader.ElementType;
            if (element == typeof(Row))
            {
                if (_reader.IsStartElement)
                {
                    var number = Attribute("r") is { } r
                        ? int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                            ? n
                            : throw Damaged($"row r=\"{r}\"")
                        : _lastRow + 1;
                    // Excel writes rows in ascending order; any other order would number data rows wrongly.
                    if (number <= _lastRow)
                        throw Damaged($"row {number} after row {_lastRow}");
                    _lastRow = number;
                    row = new SheetRow(number, []);
                    column = -1;
                }
                else if (row is not null)
                    return row;
            }
            else if (row is null)
                continue;
            else if (element == typeof(Cell))
            {
                if (_reader.IsStartElement)
                {
                    // A cell without a reference follows the one before it.
                    var reference = Attribute("r");
                    column = reference is null ? column + 1 : CellReference.Column(reference);
                    if (column < 0 || column >= CellReference.MaxColumns)
                        throw Damaged($"c r=\"{reference}\"");
                    type = Attribute("t");
                    value = null;
                    formula = false;
                    inline.Clear();
                }
                else
                    row.Cells.Add((column, ToRawCell(type, value, formula, inline)));
            }
            else if (element == typeof(CellValue) && _reader.IsStartElement)
                value = _reader.GetText();
            else if (element == typeof(CellFormula) && _reader.IsStartElement)
                formula = true;
            else if (element == typeof(InlineString))
                inInline = _reader.IsStartElement;
            else if (element == typeof(PhoneticRun))
                inPhonetic = _reader.IsStartElement;
            else if (element == typeof(Text) && _reader.IsStartElement && inInline && !inPhonetic)
                inline.Append(_reader.GetText());
        }
        return row;
    }

    private RawCell ToRawCell(string? type, string? value, bool formula, StringBuilder inline)
    {
        if (formula)
            return new RawCell(value, RawCellKind.Formula);
        switch (type)
        {
            case null or "n":
                return new RawCell(value, RawCellKind.Number);
            case "s":
                return
                    int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    && index < _sharedStrings.Count
                    ? new RawCell(_sharedStrings[index], RawCellKind.Text)
                    : new RawCell(value, RawCellKind.BadSharedString);
            case "inlineStr":
                return new RawCell(inline.ToString(), RawCellKind.Text);
            case "str":
                return new RawCell(value, RawCellKind.Text);
            case "e":
                return new RawCell(value, RawCellKind.Error);
            default:
                // Booleans ("b") and dates ("d") are no score, code or label.
                return new RawCell(value, RawCellKind.Unsupported);
        }
    }

    private string? Attribute(string localName)
    {
        foreach (var attribute in _reader.Attributes)
            if (attribute.LocalName == localName && string.IsNullOrEmpty(attribute.NamespaceUri))
                return attribute.Value;
        return null;
    }

    /// <summary>The shared string table as a list; rich-text runs are joined and phonetic guides left out.</summary>
    private static List<string> ReadSharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
            return strings;
        using var reader = OpenXmlReader.Create(part);
        var text = new StringBuilder();
        var inItem = false;
        var inPhonetic = false;
        long characters = 0;
        while (reader.Read())
        {
            var element = reader.ElementType;
            if (element == typeof(SharedStringItem))
            {
                inItem = reader.IsStartElement;
                if (inItem)
                    text.Clear();
                else
                    strings.Add(text.ToString());
            }
            else if (element == typeof(PhoneticRun))
                inPhonetic = reader.IsStartElement;
            else if (element == typeof(Text) && reader.IsStartElement && inItem && !inPhonetic)
            {
                var t = reader.GetText();
                characters += t.Length;
                if (characters > MaxSharedStringCharacters)
                    throw new ImportFileException(
                        "ข้อความในไฟล์ XLSX มีมากเกินไป / The XLSX file holds too much text (over 50 million characters)"
                    );
                text.Append(t);
            }
        }
        return strings;
    }

    /// <summary>What the Open XML SDK, System.IO.Packaging and the zip and XML readers throw for a damaged file.</summary>
    private static bool IsDamage(Exception ex) =>
        ex
            is OpenXmlPackageException
                or InvalidDataException
                or XmlException
                or IOException
                or FileFormatException
                or FormatException
                or InvalidOperationException
                or ArgumentException
                or NotSupportedException
                or KeyNotFoundException;

    private static ImportFileException Damaged(Exception ex) =>
        new("ไฟล์ XLSX เสียหายหรือไม่ใช่ไฟล์ Excel (.xlsx) / The file is damaged or not an Excel workbook (.xlsx)", ex);

    private static ImportFileException Damaged(string what) =>
        new($"ไฟล์ XLSX เสียหาย ({what}) / The XLSX file is damaged ({what})");
}
