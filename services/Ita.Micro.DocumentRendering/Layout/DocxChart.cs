using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>
/// A <see cref="Chart"/> as a Word chart (DrawingML), drawn like its SVG in the PDF: horizontal bars in the order
/// given, the labels on the left, each bar's own value text at its end, no value axis. The numbers are literals in the
/// chart part, so Word and LibreOffice draw it without a workbook; an officer can restyle or resize it.
/// </summary>
public static class DocxChart
{
    private const long EmuPerCm = 360000;
    private const string Font = "TH SarabunPSK";

    /// <param name="text">Turns a data text into the document's digits (Thai or Arabic).</param>
    public static DW.Inline Inline(MainDocumentPart main, Chart chart, uint id, Func<string, string> text)
    {
        ArgumentNullException.ThrowIfNull(main);
        ArgumentNullException.ThrowIfNull(chart);
        var part = main.AddNewPart<ChartPart>();
        part.ChartSpace = Space(chart, text);
        var cx = 16 * EmuPerCm;
        var cy = (long)((0.9m * chart.Bars.Count + 0.6m) * EmuPerCm);
        return new DW.Inline(
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
                Name = $"แผนภูมิ {id}",
                Description = chart.Caption,
            },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(
                new A.GraphicData(new C.ChartReference { Id = main.GetIdOfPart(part) })
                {
                    Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart",
                }
            )
        )
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
    }

    /// <summary>A label outside the bar's end showing its value (the per-bar labels replace the value by its text).</summary>
    private static OpenXmlElement[] ValueLabelAtEnd() =>
        [
            new C.DataLabelPosition { Val = C.DataLabelPositionValues.OutsideEnd },
            new C.ShowLegendKey { Val = false },
            new C.ShowValue { Val = true },
            new C.ShowCategoryName { Val = false },
            new C.ShowSeriesName { Val = false },
            new C.ShowPercent { Val = false },
            new C.ShowBubbleSize { Val = false },
        ];

    private static C.ChartSpace Space(Chart chart, Func<string, string> text)
    {
        var count = (uint)chart.Bars.Count;
        var labels = new C.DataLabels();
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            // The bar's own text ("๘๕.๗๑", "๑๒ แห่ง"), as the PDF prints it, rather than a number format.
            var label = new C.DataLabel(
                new C.Index { Val = (uint)i },
                new C.ChartText(
                    new C.RichText(
                        new A.BodyProperties { Wrap = A.TextWrappingValues.None },
                        new A.ListStyle(),
                        new A.Paragraph(
                            new A.Run(
                                new A.RunProperties { Language = "th-TH" },
                                new A.Text(text(chart.Bars[i].ValueText))
                            )
                        )
                    )
                )
            );
            label.Append(ValueLabelAtEnd());
            labels.Append(label);
        }
        labels.Append(ValueLabelAtEnd());

        var categories = new C.StringLiteral(new C.PointCount { Val = count });
        var values = new C.NumberLiteral(new C.FormatCode("General"), new C.PointCount { Val = count });
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            categories.Append(new C.StringPoint(new C.NumericValue(text(chart.Bars[i].Label))) { Index = (uint)i });
            values.Append(
                new C.NumericPoint(new C.NumericValue(chart.Bars[i].Value.ToString(CultureInfo.InvariantCulture)))
                {
                    Index = (uint)i,
                }
            );
        }

        var series = new C.BarChartSeries(
            new C.Index { Val = 0U },
            new C.Order { Val = 0U },
            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = "555555" })),
            new C.InvertIfNegative { Val = false },
            labels,
            new C.CategoryAxisData(categories),
            new C.Values(values)
        );

        // Room beyond the longest bar for its value text, which would otherwise wrap digit by digit.
        var max = (chart.Max <= 0 ? 1m : chart.Max) * 1.25m;
        var plot = new C.PlotArea(
            new C.Layout(),
            new C.BarChart(
                new C.BarDirection { Val = C.BarDirectionValues.Bar },
                new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
                new C.VaryColors { Val = false },
                series,
                new C.GapWidth { Val = 60 },
                new C.AxisId { Val = 1U },
                new C.AxisId { Val = 2U }
            ),
            // Bars read top to bottom in the order given, as in the PDF.
            new C.CategoryAxis(
                new C.AxisId { Val = 1U },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MaxMin }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Left },
                new C.MajorTickMark { Val = C.TickMarkValues.None },
                new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = 2U },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.AutoLabeled { Val = true },
                new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
                new C.LabelOffset { Val = (ushort)100 }
            ),
            new C.ValueAxis(
                new C.AxisId { Val = 2U },
                new C.Scaling(
                    new C.Orientation { Val = C.OrientationValues.MinMax },
                    new C.MaxAxisValue { Val = (double)max },
                    new C.MinAxisValue { Val = 0d }
                ),
                new C.Delete { Val = true },
                new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
                new C.MajorTickMark { Val = C.TickMarkValues.None },
                new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.None },
                new C.CrossingAxis { Val = 1U },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.CrossBetween { Val = C.CrossBetweenValues.Between }
            )
        );

        return new C.ChartSpace(
            new C.EditingLanguage { Val = "th-TH" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.AutoTitleDeleted { Val = true },
                plot,
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }
            ),
            new C.ChartShapeProperties(new A.NoFill(), new A.Outline(new A.NoFill())),
            new C.TextProperties(
                new A.BodyProperties(),
                new A.ListStyle(),
                new A.Paragraph(
                    new A.ParagraphProperties(
                        new A.DefaultRunProperties(
                            new A.LatinFont { Typeface = Font },
                            new A.ComplexScriptFont { Typeface = Font }
                        )
                        {
                            FontSize = 1400,
                        }
                    ),
                    new A.EndParagraphRunProperties { Language = "th-TH" }
                )
            )
        );
    }
}
