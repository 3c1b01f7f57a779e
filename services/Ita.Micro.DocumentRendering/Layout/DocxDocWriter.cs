using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ita.Micro.Contracts.Text;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>
/// Writes a <see cref="Doc"/> as an editable Word document with the same content and tables as its PDF, so officers
/// can edit before signing. The font is named "TH SarabunPSK" for every script (Word then uses the real font), the
/// language is Thai, and table header rows repeat on every page.
/// </summary>
public static class DocxDocWriter
{
    private const string Font = "TH SarabunPSK";
    private const string Size = "32"; // half-points: 16 pt
    private const string TableSize = "28"; // 14 pt, as in the PDF

    // Twentieths of a point: A4 and the margins of ระเบียบงานสารบรรณ (top 2.5, right 2, bottom 2, left 3 cm).
    private const uint A4Width = 11906,
        A4Height = 16838;
    private const int TwipsPerCm = 567;
    private const long EmuPerCm = 360000;
    private const string BodyIndent = "1418"; // 2.5 cm

    // Lines as high as the PDF's (16 pt at 1.6, tables 14 pt at 1.45, their headers at 1.3), in 240ths of the font's single line: a Thai
    // font's single line (Laksaman, the metric clone of TH Sarabun, as LibreOffice lays it out) is 1.715 times its size.
    private const string BodyLine = "224",
        TableLine = "203",
        HeaderLine = "182";
    private const string DatedIndent = "2835"; // 5 cm

    public static byte[] Write(Doc doc, LayoutOptions options)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(options);
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            Styles(main);
            var header = doc.NumberPages ? PageNumberHeader(main) : null;
            var body = new Body();
            var writer = new Writer(main, body, options.ThaiDigits, header, options.Emblem);
            foreach (var block in doc.Blocks)
                writer.Add(block);
            body.Append(writer.Section());
            main.Document = new Document(body);
            word.PackageProperties.Title = doc.Title;
            word.PackageProperties.Language = "th-TH";
        }
        return stream.ToArray();
    }

    private static void Styles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(
                    new RunPropertiesBaseStyle(
                        Fonts(),
                        new FontSize { Val = Size },
                        new FontSizeComplexScript { Val = Size },
                        new Languages
                        {
                            Val = "th-TH",
                            EastAsia = "th-TH",
                            Bidi = "th-TH",
                        }
                    )
                ),
                new ParagraphPropertiesDefault(
                    new ParagraphPropertiesBaseStyle(
                        new SpacingBetweenLines
                        {
                            After = "60",
                            Line = BodyLine,
                            LineRule = LineSpacingRuleValues.Auto,
                        }
                    )
                )
            ),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
            {
                Type = StyleValues.Paragraph,
                StyleId = "Normal",
                Default = true,
            }
        );
    }

    private static RunFonts Fonts() =>
        new()
        {
            Ascii = Font,
            HighAnsi = Font,
            ComplexScript = Font,
            EastAsia = Font,
        };

    /// <summary>
    /// "- ๒ -" centred at the top of every page but the first. The digits come from each section's page number format
    /// (<see cref="Writer.Section"/>): Word prints Thai digits, LibreOffice falls back to Arabic ones. Word's
    /// ThaiArabic field switch would print the same in Word but Thai letters in LibreOffice.
    /// </summary>
    private static string PageNumberHeader(MainDocumentPart main)
    {
        var part = main.AddNewPart<HeaderPart>();
        const string field = " PAGE ";
        part.Header = new Header(
            new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new W.Run(new W.Text("- ") { Space = SpaceProcessingModeValues.Preserve }),
                new SimpleField(new W.Run(new W.Text("2"))) { Instruction = field },
                new W.Run(new W.Text(" -") { Space = SpaceProcessingModeValues.Preserve })
            )
        );
        return main.GetIdOfPart(part);
    }

    private sealed class Writer(
        MainDocumentPart main,
        Body body,
        bool thaiDigits,
        string? headerId,
        EmblemImage? emblemImage
    )
    {
        private string? _emblemPartId;
        private Emblem? _heldEmblem;
        private bool _breakBefore;
        private uint _drawings;

        public void Add(Block block)
        {
            switch (block)
            {
                case Para { Style: ParaStyle.MemoTitle } title when _heldEmblem is { } held:
                    body.Append(BesideEmblem(held, title));
                    _heldEmblem = null;
                    break;
                case Para para:
                    body.Append(Paragraph(para));
                    break;
                // The memo's small emblem goes on the line of "บันทึกข้อความ" that follows it.
                case Emblem { Placement: EmblemPlacement.TopLeftSmall } small when emblemImage is not null:
                    _heldEmblem = small;
                    break;
                case Table table:
                    AddTable(table);
                    break;
                case Emblem emblem:
                    body.Append(emblemImage is null ? EmblemBox(emblem) : EmblemPicture(emblem, emblemImage));
                    break;
                case SignatureBlock signature:
                    AddSignature(signature);
                    break;
                case Chart chart:
                    AddChart(chart);
                    break;
                // On the paragraph that follows: a paragraph of its own holding the break would spill onto a blank
                // page when the page before is full.
                case PageBreak:
                    _breakBefore = true;
                    break;
                case Spacer spacer:
                    body.Append(
                        new Paragraph(
                            new ParagraphProperties(
                                new SpacingBetweenLines
                                {
                                    Before = ((int)(spacer.HeightCm * TwipsPerCm)).ToString(
                                        System.Globalization.CultureInfo.InvariantCulture
                                    ),
                                }
                            )
                        )
                    );
                    break;
                default:
                    throw new NotSupportedException($"No DOCX for {block.GetType().Name}.");
            }
        }

        public SectionProperties Section()
        {
            var section = new SectionProperties();
            if (headerId is not null)
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId });
            section.Append(
                new PageSize { Width = A4Width, Height = A4Height },
                new PageMargin
                {
                    Top = 1418,
                    Right = 1134,
                    Bottom = 1134,
                    Left = 1701,
                    Header = 709,
                    Footer = 709,
                    Gutter = 0,
                }
            );
            if (headerId is not null && thaiDigits)
                section.Append(new PageNumberType { Format = NumberFormatValues.ThaiNumbers });
            // The first page of the document has no number.
            if (headerId is not null)
                section.Append(new TitlePage());
            return section;
        }

        private Paragraph Paragraph(Para para)
        {
            var properties = new ParagraphProperties();
            switch (para.Style)
            {
                case ParaStyle.Body:
                    properties.Append(
                        new Indentation { FirstLine = BodyIndent },
                        new Justification { Val = JustificationValues.ThaiDistribute }
                    );
                    break;
                case ParaStyle.Indented:
                    properties.Append(new Indentation { Left = BodyIndent });
                    break;
                case ParaStyle.Step:
                    properties.Append(new Indentation { FirstLine = BodyIndent });
                    break;
                case ParaStyle.Dated:
                    properties.Append(
                        new KeepNext(),
                        new SpacingBetweenLines { Before = "160" },
                        new Indentation { Left = DatedIndent }
                    );
                    break;
                case ParaStyle.Heading:
                    properties.Append(new KeepNext(), new SpacingBetweenLines { Before = "160" });
                    break;
                case ParaStyle.Centre or ParaStyle.Title or ParaStyle.MemoTitle:
                    properties.Append(new Justification { Val = JustificationValues.Center });
                    break;
            }
            if (_breakBefore)
            {
                properties.AddChild(new PageBreakBefore());
                _breakBefore = false;
            }
            var paragraph = new Paragraph(properties);
            var bold = para.Style is ParaStyle.Heading or ParaStyle.Title or ParaStyle.MemoTitle;
            var size = para.Style switch
            {
                ParaStyle.Title => "40",
                ParaStyle.MemoTitle => "58",
                _ => null,
            };
            foreach (var run in para.Runs)
                paragraph.Append(TextRun(run.Text, bold || run.Bold, size, !run.Verbatim));
            return paragraph;
        }

        private W.Run TextRun(string text, bool bold, string? size, bool digits = true)
        {
            var properties = new RunProperties();
            if (bold)
                properties.Append(new Bold(), new BoldComplexScript());
            if (size is not null)
                properties.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
            return new W.Run(
                properties,
                new W.Text(digits ? Data(text) : XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }
            );
        }

        private void AddTable(Table table)
        {
            var widths = ColumnWidths.Of(table).Select(w => (int)(w * TwipsPerCm)).ToArray();

            var border = new EnumValue<BorderValues>(BorderValues.Single);
            var result = new W.Table(
                new TableProperties(
                    new TableWidth
                    {
                        Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Type = TableWidthUnitValues.Dxa,
                    },
                    new TableBorders(
                        new TopBorder { Val = border, Size = 4 },
                        new LeftBorder { Val = border, Size = 4 },
                        new BottomBorder { Val = border, Size = 4 },
                        new RightBorder { Val = border, Size = 4 },
                        new InsideHorizontalBorder { Val = border, Size = 4 },
                        new InsideVerticalBorder { Val = border, Size = 4 }
                    ),
                    new TableLayout { Type = TableLayoutValues.Fixed },
                    // The PDF's cell padding (1 pt above and below, 3 pt at the sides).
                    new TableCellMarginDefault(
                        new TopMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 60, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 60, Type = TableWidthValues.Dxa }
                    )
                )
            );
            result.Append(
                new TableGrid(
                    widths.Select(w => new GridColumn
                    {
                        Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    })
                )
            );
            foreach (var row in table.Header)
                result.Append(Row(row, table.Columns, widths, header: true));
            foreach (var row in table.Rows)
                result.Append(Row(row, table.Columns, widths, header: false));
            body.Append(result);
        }

        private TableRow Row(IReadOnlyList<Cell> cells, IReadOnlyList<Column> columns, int[] widths, bool header)
        {
            // A body row may continue on the next page (a row taller than a page would otherwise be clipped); only
            // the header, repeated on every page, is kept whole.
            var properties = new TableRowProperties();
            if (header)
                properties.Append(new TableHeader());
            var row = new TableRow(properties);
            var index = 0;
            foreach (var cell in cells)
            {
                var span = Math.Max(1, cell.ColSpan);
                var width = widths.Skip(index).Take(span).Sum();
                var cellProperties = new TableCellProperties(
                    new TableCellWidth
                    {
                        Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Type = TableWidthUnitValues.Dxa,
                    }
                );
                if (span > 1)
                    cellProperties.Append(new GridSpan { Val = span });
                if (header)
                    cellProperties.Append(
                        new Shading
                        {
                            Val = ShadingPatternValues.Clear,
                            Fill = "E8E8E8",
                            Color = "auto",
                        }
                    );
                var centre = header || cell.Centre || (index < columns.Count && columns[index].Centre);
                var result = new TableCell(cellProperties);
                foreach (var line in cell.Lines.Count == 0 ? [""] : cell.Lines)
                {
                    var paragraph = new Paragraph(
                        new ParagraphProperties(
                            new SpacingBetweenLines
                            {
                                After = "0",
                                Line = header ? HeaderLine : TableLine,
                                LineRule = LineSpacingRuleValues.Auto,
                            },
                            new Justification { Val = centre ? JustificationValues.Center : JustificationValues.Left }
                        )
                    );
                    paragraph.Append(TextRun(line, header || cell.Bold, TableSize));
                    result.Append(paragraph);
                }
                row.Append(result);
                index += span;
            }
            return row;
        }

        /// <summary>The caption, centred and bold as in the PDF, then the chart as a Word chart of the text width.</summary>
        private void AddChart(Chart chart)
        {
            body.Append(
                new Paragraph(
                    new ParagraphProperties(
                        new KeepNext(),
                        new SpacingBetweenLines { Before = "80" },
                        new Justification { Val = JustificationValues.Center }
                    ),
                    TextRun(chart.Caption, bold: true, size: null)
                )
            );
            var inline = DocxChart.Inline(main, chart, ++_drawings, Data);
            body.Append(
                new Paragraph(
                    new ParagraphProperties(
                        new SpacingBetweenLines { After = "160" },
                        new Justification { Val = JustificationValues.Center }
                    ),
                    new W.Run(new Drawing(inline))
                )
            );
        }

        /// <summary>
        /// The emblem at the left margin and the title centred on the text width on the same line (a centre tab stop),
        /// as the PDF prints a memo's head.
        /// </summary>
        private Paragraph BesideEmblem(Emblem emblem, Para title)
        {
            var paragraph = EmblemPicture(emblem, emblemImage!);
            var centre = ((int)(ColumnWidths.TextWidthCm / 2 * TwipsPerCm)).ToString(
                System.Globalization.CultureInfo.InvariantCulture
            );
            paragraph.ParagraphProperties!.PrependChild(
                new Tabs(
                    new TabStop
                    {
                        Val = TabStopValues.Center,
                        Position = int.Parse(centre, System.Globalization.CultureInfo.InvariantCulture),
                    }
                )
            );
            paragraph.ParagraphProperties.SpacingBetweenLines!.After = "240";
            paragraph.Append(new W.Run(new TabChar()));
            foreach (var run in title.Runs)
                paragraph.Append(TextRun(run.Text, true, "58", !run.Verbatim));
            return paragraph;
        }

        /// <summary>
        /// The emblem's PNG as an inline picture of its printed height, in a paragraph of its own placed as in the PDF.
        /// The image part is added once per document, however many emblems it shows.
        /// </summary>
        private Paragraph EmblemPicture(Emblem emblem, EmblemImage image)
        {
            if (_emblemPartId is null)
            {
                var part = main.AddImagePart(ImagePartType.Png);
                using (var data = new MemoryStream(image.Png, writable: false))
                    part.FeedData(data);
                _emblemPartId = main.GetIdOfPart(part);
            }
            var id = ++_drawings;
            var cy = (long)(emblem.HeightCm * EmuPerCm);
            var cx = cy * image.Width / image.Height;
            var small = emblem.Placement == EmblemPlacement.TopLeftSmall;
            var inline = new DW.Inline(
                new DW.Extent { Cx = cx, Cy = cy },
                new DW.EffectExtent
                {
                    LeftEdge = 0L,
                    TopEdge = 0L,
                    RightEdge = 0L,
                    BottomEdge = 0L,
                },
                new DW.DocProperties
                {
                    Id = id,
                    Name = $"ตราครุฑ {id}",
                    Description = "ตราครุฑ",
                },
                new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
                new A.Graphic(
                    new A.GraphicData(
                        new Pic.Picture(
                            new Pic.NonVisualPictureProperties(
                                new Pic.NonVisualDrawingProperties { Id = 0U, Name = "garuda.png" },
                                new Pic.NonVisualPictureDrawingProperties()
                            ),
                            new Pic.BlipFill(
                                new A.Blip { Embed = _emblemPartId },
                                new A.Stretch(new A.FillRectangle())
                            ),
                            new Pic.ShapeProperties(
                                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }
                            )
                        )
                    )
                    {
                        Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture",
                    }
                )
            )
            {
                DistanceFromTop = 0U,
                DistanceFromBottom = 0U,
                DistanceFromLeft = 0U,
                DistanceFromRight = 0U,
            };
            return new Paragraph(
                new ParagraphProperties(
                    new SpacingBetweenLines { After = small ? "0" : "160" },
                    new Justification { Val = small ? JustificationValues.Left : JustificationValues.Center }
                ),
                new W.Run(new Drawing(inline))
            );
        }

        /// <summary>
        /// A marked box of the emblem's size when the deployment supplied none, so that officers see where the
        /// official emblem goes and the layout does not move once it is supplied.
        /// </summary>
        private W.Table EmblemBox(Emblem emblem)
        {
            var small = emblem.Placement == EmblemPlacement.TopLeftSmall;
            var size = (int)(emblem.HeightCm * TwipsPerCm);
            var dashed = new EnumValue<BorderValues>(BorderValues.Dashed);
            var text = small ? "ตราครุฑ" : "ตราครุฑ (สูง 3 ซม.)";
            var sizeText = size.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new W.Table(
                new TableProperties(
                    new TableWidth { Width = sizeText, Type = TableWidthUnitValues.Dxa },
                    new TableJustification
                    {
                        Val = small ? TableRowAlignmentValues.Left : TableRowAlignmentValues.Center,
                    },
                    new TableBorders(
                        new TopBorder { Val = dashed, Size = 4 },
                        new LeftBorder { Val = dashed, Size = 4 },
                        new BottomBorder { Val = dashed, Size = 4 },
                        new RightBorder { Val = dashed, Size = 4 }
                    ),
                    new TableLayout { Type = TableLayoutValues.Fixed }
                ),
                new TableGrid(new GridColumn { Width = sizeText }),
                new TableRow(
                    new TableRowProperties(
                        new TableRowHeight { Val = (uint)size, HeightType = HeightRuleValues.Exact }
                    ),
                    new TableCell(
                        new TableCellProperties(
                            new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }
                        ),
                        new Paragraph(
                            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                            TextRun(text, false, small ? "16" : "24")
                        )
                    )
                )
            );
        }

        /// <summary>
        /// The heading, its comment line and the signature lines, each kept with the next so that the block stays on
        /// one page with its heading.
        /// </summary>
        private void AddSignature(SignatureBlock signature)
        {
            if (signature.Heading is { } heading)
            {
                body.Append(Paragraph(new Para(heading, ParaStyle.Heading)));
                var comment = Paragraph(new Para(SignatureLines.CommentLine, ParaStyle.Plain));
                comment.ParagraphProperties!.Append(new KeepNext());
                body.Append(comment);
            }
            // The right part of the page, centred, as signatures are placed on Thai official letters.
            var indent = ((int)(ColumnWidths.TextWidthCm * 0.45m * TwipsPerCm)).ToString(
                System.Globalization.CultureInfo.InvariantCulture
            );
            var lines = (signature.SignLine ? [SignatureLines.SignLine] : Array.Empty<string>())
                .Concat(SignatureLines.Of(signature.Signatory))
                .ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                // Room to sign above the name: the sign line's, or a ประกาศ's blank space.
                var before =
                    i > 0 ? "0"
                    : signature.SignLine ? "240"
                    : "960";
                var properties = new ParagraphProperties();
                if (i < lines.Count - 1)
                    properties.Append(new KeepNext());
                properties.Append(
                    new KeepLines(),
                    new SpacingBetweenLines { Before = before },
                    new Indentation { Left = indent },
                    new Justification { Val = JustificationValues.Center }
                );
                body.Append(new Paragraph(properties, TextRun(lines[i], false, null)));
            }
        }

        /// <summary>A data text in the document's digits, safe for XML.</summary>
        private string Data(string text) => XmlSafe(thaiDigits ? ThaiText.ToThaiDigits(text) : text);

        /// <summary>Drops the control characters XML cannot hold, which a user's text may carry.</summary>
        private static string XmlSafe(string text)
        {
            if (!text.Any(c => char.IsControl(c) && c != '\t'))
                return text;
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
                if (!char.IsControl(c) || c == '\t')
                    builder.Append(c);
            return builder.ToString();
        }
    }
}
