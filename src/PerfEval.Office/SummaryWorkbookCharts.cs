using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace PerfEval.Office;

/// <summary>
/// Native Excel bar charts (DrawingML chart parts, not pictures) over ranges of the summary workbook: one series, its
/// categories and values referring to the cells, with the values cached so a viewer that does not recalculate still
/// draws them. Text in 宋体, so Chinese category names show in any viewer.
/// </summary>
internal static class SummaryWorkbookCharts
{
    private const uint CategoryAxisId = 500001;
    private const uint ValueAxisId = 500002;

    /// <summary>Adds a chart part to <paramref name="drawings"/> and returns its anchor over the cells from <paramref name="from"/> to <paramref name="to"/> (zero-based column, row).</summary>
    public static Xdr.TwoCellAnchor Bar(
        DrawingsPart drawings,
        uint id,
        string title,
        string series,
        string seriesName,
        string categories,
        string[] categoryNames,
        string values,
        decimal[] numbers,
        bool horizontal,
        string numberFormat,
        (int Column, int Row) from,
        (int Column, int Row) to)
    {
        var part = drawings.AddNewPart<ChartPart>();
        part.ChartSpace = ChartSpace(title, series, seriesName, categories, categoryNames, values, numbers, horizontal, numberFormat);
        return new Xdr.TwoCellAnchor(
            Marker<Xdr.FromMarker>(from),
            Marker<Xdr.ToMarker>(to),
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(
                    new Xdr.NonVisualDrawingProperties { Id = id + 1, Name = title },
                    new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = drawings.GetIdOfPart(part) }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
            { Macro = string.Empty },
            new Xdr.ClientData())
        { EditAs = Xdr.EditAsValues.OneCell };
    }

    private static T Marker<T>((int Column, int Row) at)
        where T : OpenXmlCompositeElement, new()
    {
        var marker = new T();
        marker.Append(
            new Xdr.ColumnId(at.Column.ToString(CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset("0"),
            new Xdr.RowId(at.Row.ToString(CultureInfo.InvariantCulture)),
            new Xdr.RowOffset("0"));
        return marker;
    }

    private static C.ChartSpace ChartSpace(string title, string series, string seriesName, string categories, string[] categoryNames, string values, decimal[] numbers, bool horizontal, string numberFormat)
    {
        var bar = new C.BarChart(
            new C.BarDirection { Val = horizontal ? C.BarDirectionValues.Bar : C.BarDirectionValues.Column },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false },
            new C.BarChartSeries(
                new C.Index { Val = 0u },
                new C.Order { Val = 0u },
                new C.SeriesText(new C.StringReference(new C.Formula(series), StringCache(new[] { seriesName }))),
                new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = "4472C4" })),
                new C.InvertIfNegative { Val = false },
                new C.DataLabels(
                    new C.NumberingFormat { FormatCode = numberFormat, SourceLinked = false },
                    new C.ShowLegendKey { Val = false },
                    new C.ShowValue { Val = true },
                    new C.ShowCategoryName { Val = false },
                    new C.ShowSeriesName { Val = false },
                    new C.ShowPercent { Val = false },
                    new C.ShowBubbleSize { Val = false }),
                new C.CategoryAxisData(new C.StringReference(new C.Formula(categories), StringCache(categoryNames))),
                new C.Values(new C.NumberReference(new C.Formula(values), NumberCache(numbers, numberFormat)))),
            new C.GapWidth { Val = 60 },
            new C.AxisId { Val = CategoryAxisId },
            new C.AxisId { Val = ValueAxisId });

        // A horizontal chart lists the first category (the most points lost) at the top: the axis runs max to min, and
        // the value axis crosses at its far end so its labels stay at the bottom.
        var categoryAxis = new C.CategoryAxis(
            new C.AxisId { Val = CategoryAxisId },
            new C.Scaling(new C.Orientation { Val = horizontal ? C.OrientationValues.MaxMin : C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = horizontal ? C.AxisPositionValues.Left : C.AxisPositionValues.Bottom },
            new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.None },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = ValueAxisId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true },
            new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = 100 },
            new C.NoMultiLevelLabels { Val = false });
        var valueAxis = new C.ValueAxis(
            new C.AxisId { Val = ValueAxisId },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }, new C.MinAxisValue { Val = 0 }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = horizontal ? C.AxisPositionValues.Bottom : C.AxisPositionValues.Left },
            new C.MajorGridlines(),
            new C.NumberingFormat { FormatCode = numberFormat, SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = CategoryAxisId },
            new C.Crosses { Val = horizontal ? C.CrossesValues.Maximum : C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between });

        var chart = new C.Chart(
            new C.Title(
                new C.ChartText(new C.RichText(
                    new A.BodyProperties(),
                    new A.ListStyle(),
                    new A.Paragraph(
                        new A.ParagraphProperties(Font(new A.DefaultRunProperties { FontSize = 1400, Bold = true })),
                        new A.Run(Font(new A.RunProperties { Language = "zh-CN", FontSize = 1400, Bold = true }), new A.Text(title))))),
                new C.Overlay { Val = false }),
            new C.AutoTitleDeleted { Val = false },
            new C.PlotArea(new C.Layout(), bar, categoryAxis, valueAxis),
            new C.PlotVisibleOnly { Val = true },
            new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });

        return new C.ChartSpace(
            new C.EditingLanguage { Val = "zh-CN" },
            new C.RoundedCorners { Val = false },
            chart,
            new C.TextProperties(
                new A.BodyProperties(),
                new A.ListStyle(),
                new A.Paragraph(new A.ParagraphProperties(Font(new A.DefaultRunProperties { FontSize = 900 })), new A.EndParagraphRunProperties { Language = "zh-CN" })));
    }

    /// <summary>Sets 宋体 for Latin and East Asian text on a run's properties.</summary>
    private static T Font<T>(T properties)
        where T : OpenXmlCompositeElement
    {
        properties.Append(new A.LatinFont { Typeface = WorkbookStyles.BodyFont }, new A.EastAsianFont { Typeface = WorkbookStyles.BodyFont });
        return properties;
    }

    private static C.StringCache StringCache(string[] texts)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)texts.Length });
        for (var i = 0; i < texts.Length; i++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(texts[i])) { Index = (uint)i });
        }

        return cache;
    }

    private static C.NumberingCache NumberCache(decimal[] numbers, string format)
    {
        var cache = new C.NumberingCache(new C.FormatCode(format), new C.PointCount { Val = (uint)numbers.Length });
        for (var i = 0; i < numbers.Length; i++)
        {
            cache.Append(new C.NumericPoint(new C.NumericValue(numbers[i].ToString(CultureInfo.InvariantCulture))) { Index = (uint)i });
        }

        return cache;
    }
}
