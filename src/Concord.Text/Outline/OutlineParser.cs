using Concord.Text.Languages;

namespace Concord.Text.Outline;

public static class OutlineParser
{
    /// <summary>Reads the numbered structure of a normalised text; <paramref name="language"/> is detected when null.
    /// Never throws: a text with no numbering gives one paragraph item per paragraph and a
    /// <c>no-structure</c> diagnostic.</summary>
    public static StatementOutline Parse(string text, Language? language = null)
    {
        var paragraphs = ParagraphSplitter.Split(text);
        var labelled = new List<LabelledParagraph>(paragraphs.Count);
        foreach (var p in paragraphs)
            labelled.Add(LabelReader.Read(text, p));
        var clean = NoiseFilter.Clean(text, labelled);
        var diagnostics = clean.Diagnostics;
        var items = OutlineBuilder.Build(text, clean.Body, diagnostics);
        if (items.Count > 0 && items.TrueForAll(i => i.Kind == ItemKind.Paragraph))
            diagnostics.Insert(0, new Diagnostic("no-structure", "no numbering or headings found: each paragraph is an item of its own"));
        if (items.Count == 0)
            diagnostics.Insert(0, new Diagnostic("no-items", "the document has no text besides what was left out as noise"));
        return new StatementOutline(text, language ?? LanguageDetector.Detect(text), clean.Title, items, clean.Noise, diagnostics);
    }
}
