using DocumentFormat.OpenXml.Wordprocessing;

namespace Concord.Data.Reports;

/// <summary>The styles of the report's DOCX: Word's own Title, Heading 1 and Heading 2 (so that the navigation pane
/// and a table of contents see them) and a bordered table, in a font that has every Vietnamese letter.</summary>
internal static class ReportDocxStyles
{
    public const string Title = "Title", Subtitle = "Subtitle", Heading1 = "Heading1", Heading2 = "Heading2", Table = "TableGrid";

    public static Styles Create(string language) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                new FontSize { Val = "21" }, new FontSizeComplexScript { Val = "21" },
                new Languages { Val = language })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "100", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Paragraph(Title, "Title", null, bold: true, size: 40, before: 0, after: 120, color: "1F3864"),
        Paragraph(Subtitle, "Subtitle", null, bold: false, size: 28, before: 0, after: 240, color: "2F5496"),
        Paragraph(Heading1, "heading 1", 0, bold: true, size: 30, before: 360, after: 120, color: "1F3864"),
        Paragraph(Heading2, "heading 2", 1, bold: true, size: 25, before: 240, after: 80, color: "2F5496"),
        new Style(
            new StyleName { Val = "Table Grid" },
            new UIPriority { Val = 39 },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = Table });

    static Style Paragraph(string id, string name, int? outline, bool bold, int size, int before, int after, string color)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = Twips(before), After = Twips(after) });
        if (outline is { } level) paragraph.Append(new OutlineLevel { Val = level });
        var run = new StyleRunProperties();
        if (bold) run.Append(new Bold(), new BoldComplexScript());
        run.Append(new Color { Val = color }, new FontSize { Val = Twips(size) }, new FontSizeComplexScript { Val = Twips(size) });
        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = outline is null ? 10 : 9 },
            new PrimaryStyle(),
            paragraph,
            run)
        { Type = StyleValues.Paragraph, StyleId = id };
    }

    static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
