using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ita.Micro.Portal.Export;

/// <summary>A table as one XLSX sheet: text as inline strings, numbers as numbers, the heading row frozen.</summary>
public static class XlsxExport
{
    public static async Task WriteAsync(
        Stream output,
        string sheetName,
        IReadOnlyList<string> headings,
        IAsyncEnumerable<IReadOnlyList<object?>> rows,
        CancellationToken cancellationToken
    )
    {
        // OpenXml writes the package on Dispose and needs a seekable stream: the sheet is made in memory, then copied.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(new Row(headings.Select(h => Cell(h))));
            await foreach (var row in rows.WithCancellation(cancellationToken))
                data.Append(new Row(row.Select(Cell)));
            sheetPart.Worksheet = new Worksheet(
                new SheetViews(
                    new SheetView(
                        new Pane
                        {
                            VerticalSplit = 1,
                            TopLeftCell = "A2",
                            State = PaneStateValues.Frozen,
                            ActivePane = PaneValues.BottomLeft,
                        }
                    )
                    {
                        WorkbookViewId = 0,
                    }
                ),
                data
            );
            workbook.Workbook.AppendChild(
                new Sheets(
                    new Sheet
                    {
                        Id = workbook.GetIdOfPart(sheetPart),
                        SheetId = 1,
                        Name = sheetName,
                    }
                )
            );
            workbook.Workbook.Save();
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static Cell Cell(object? value) =>
        value switch
        {
            null => new Cell(),
            int or decimal or long or double => new Cell
            {
                DataType = CellValues.Number,
                CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!),
            },
            _ => new Cell
            {
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value.ToString()!)),
            },
        };
}
