using System.Text;
using Concord.Text.Dates;
using Concord.Text.Extraction;
using Concord.Text.Outline;
using Concord.Text.Quantities;

namespace Concord.Text.Tests.Alignment;

/// <summary>Builds an <see cref="ExtractedDocument"/> straight from records, so that alignment tests do
/// not depend on the outline parser or the recognizers. Each item is written as "label text", its
/// paragraphs separated by a blank line; quantities and dates are given by the words they cover.</summary>
public sealed class TestDocument(Language language, string source = "test")
{
    readonly StringBuilder text = new();
    readonly List<ExtractedItem> items = [];

    public TestDocument Item(string path, string body, Action<ItemMentions>? mentions = null) =>
        Add(path, IsParagraphPath(path) ? ItemKind.Paragraph : ItemKind.Item, body, mentions);

    public TestDocument Section(string path, string heading) => Add(path, ItemKind.Section, heading, null);

    public TestDocument Annex(string path, string heading) => Add(path, ItemKind.Annex, heading, null);

    public TestDocument Entry(string path, string body) => Add(path, ItemKind.AnnexEntry, body, null);

    public TestDocument Add(string path, ItemKind kind, string body, Action<ItemMentions>? mentions)
    {
        if (text.Length > 0) text.Append("\n\n");
        int start = text.Length;
        string label = IsParagraphPath(path) ? "" : path + ". ";
        text.Append(label);
        var paragraphs = new List<TextSpan>();
        var parts = body.Split("\n\n");
        for (int k = 0; k < parts.Length; k++)
        {
            if (k > 0) text.Append("\n\n");
            paragraphs.Add(new TextSpan(text.Length, text.Length + parts[k].Length));
            text.Append(parts[k]);
        }
        var found = new ItemMentions(text.ToString(), start);
        mentions?.Invoke(found);
        var outline = new OutlineItem(path, kind, label.Trim(), kind is ItemKind.Section or ItemKind.Annex ? body : null,
            paragraphs, new TextSpan(start, text.Length));
        items.Add(new ExtractedItem(outline, body, [], found.Quantities, found.Dates, []));
        return this;
    }

    public ExtractedDocument Build() => new(source, text.ToString(), language, null, null, items, [], []);

    static bool IsParagraphPath(string path) => path.StartsWith('P') && path.Skip(1).All(char.IsAsciiDigit);

    /// <summary>The quantities and dates of one item, each found by its words in the item.</summary>
    public sealed class ItemMentions(string text, int itemStart)
    {
        public List<Quantity> Quantities { get; } = [];
        public List<DateMention> Dates { get; } = [];

        public ItemMentions Quantity(string words, decimal value, Comparator comparator = Comparator.Eq, string? unit = null, string? per = null)
        {
            Quantities.Add(new Quantity(words, Find(words), value, unit, comparator == Comparator.Approx, comparator, per));
            return this;
        }

        public ItemMentions Date(string words, DateOnly? start, DateOnly? end, DatePrecision precision, DateRole role = DateRole.Event)
        {
            Dates.Add(new DateMention(words, Find(words), role, start, end, precision, null, null));
            return this;
        }

        public ItemMentions Day(string words, int year, int month, int day) =>
            Date(words, new DateOnly(year, month, day), new DateOnly(year, month, day), DatePrecision.Day);

        public ItemMentions Year(string words, int year) =>
            Date(words, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

        public ItemMentions By(string words, int year) =>
            Date(words, null, new DateOnly(year, 12, 31), DatePrecision.Year, DateRole.Deadline);

        TextSpan Find(string words)
        {
            int at = text.IndexOf(words, itemStart, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"\"{words}\" is not in the item");
            return new TextSpan(at, at + words.Length);
        }
    }
}
