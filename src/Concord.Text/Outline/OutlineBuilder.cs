namespace Concord.Text.Outline;

/// <summary>
/// Builds the tree of items from a document's body paragraphs. Every numbering style is a level, in the
/// order the document first uses it (<c>1.</c> then <c>(1)</c> then <c>a)</c>), so that a label of a
/// style already open closes the deeper levels and a new style opens a deeper one. An unnumbered
/// paragraph continues the item above it. An unnumbered heading followed by a list that starts again
/// at 1 (or a heading such as "List of ...") opens an annex rather than restarting the points.
/// </summary>
sealed class OutlineBuilder
{
    const int AnnexKey = -1;
    const int HeadingKey = -2;

    sealed class Node
    {
        public required string Path;
        public required int StyleKey;
        public required Label Label;
        public required int Start;
        public required bool HeadingLike;
        public Node? Parent;
        public bool IsAnnex, InAnnex, IsParagraph;
        public int Children;
        public readonly List<TextSpan> Paragraphs = [];
    }

    readonly string text;
    readonly List<Diagnostic> diagnostics;
    readonly List<Node> nodes = [];
    readonly List<Node> stack = [];
    readonly HashSet<string> paths = new(StringComparer.Ordinal);
    int topLevel, annexes, paragraphs;
    int topKey = int.MinValue;
    bool inAnnex;

    OutlineBuilder(string text, List<Diagnostic> diagnostics)
    {
        this.text = text;
        this.diagnostics = diagnostics;
    }

    public static List<OutlineItem> Build(string text, List<LabelledParagraph> body, List<Diagnostic> diagnostics)
    {
        var builder = new OutlineBuilder(text, diagnostics);
        for (int i = 0; i < body.Count; i++)
            builder.Add(body[i], i + 1 < body.Count ? body[i + 1] : null);
        return builder.Items();
    }

    void Add(LabelledParagraph p, LabelledParagraph? next)
    {
        if (p.Label.Style != LabelStyle.None)
        {
            AddLabelled(p);
            return;
        }
        bool nextLabelled = next is { Label.Style: not LabelStyle.None };
        if (p.Heading != HeadingMark.None && IsAnnexHeading(p, next))
            OpenAnnex(p);
        else if (p.Heading != HeadingMark.None && nextLabelled && !inAnnex && OpensSection(p, next!.Value))
            AddHeading(p);
        else if (stack.Count > 0)
            stack[^1].Paragraphs.Add(p.Content);
        else
            AddParagraph(p);
    }

    void AddLabelled(LabelledParagraph p)
    {
        int key = KeyOf(p.Label);
        int level = stack.FindIndex(n => n.StyleKey == key);
        // The top-level list starting again at 1 with no heading: an annex such as a project list.
        if (!inAnnex && level == 0 && key == topKey && p.Label.Number == 1 && stack[0].Label.Number >= 2)
        {
            OpenAnnex(null, p.Paragraph.Start);
            level = -1;
        }
        if (level >= 0) stack.RemoveRange(level, stack.Count - level);
        var parent = stack.Count > 0 ? stack[^1] : null;
        var node = NewNode(parent, p.Label, key, p.Label.Span.Start, p.Heading != HeadingMark.None);
        node.Paragraphs.Add(p.Content);
        if (parent is null && topKey == int.MinValue) topKey = key;
    }

    void AddHeading(LabelledParagraph p)
    {
        stack.Clear();
        var node = NewNode(null, Label.None with { Style = LabelStyle.Heading }, HeadingKey, p.Content.Start, true);
        node.Paragraphs.Add(p.Content);
        if (topKey == int.MinValue) topKey = HeadingKey;
    }

    void AddParagraph(LabelledParagraph p)
    {
        var node = new Node { Path = $"P{++paragraphs}", StyleKey = 0, Label = Label.None, Start = p.Content.Start, HeadingLike = false, IsParagraph = true };
        node.Paragraphs.Add(p.Content);
        paths.Add(node.Path);
        nodes.Add(node);
    }

    /// <summary>Whether an unnumbered heading groups the list under it. A plain short line above points
    /// numbered "1." or "I." is a title or a place and date, not a section: only mark-up (Markdown, bold,
    /// capitals) makes it one.</summary>
    bool OpensSection(LabelledParagraph heading, LabelledParagraph next)
    {
        if (heading.Heading == HeadingMark.Strong) return true;
        if (next.Label.Style is LabelStyle.DecimalDot or LabelStyle.RomanDot or LabelStyle.Dotted) return false;
        return stack.Count == 0 || stack[0].StyleKey == HeadingKey;
    }

    bool IsAnnexHeading(LabelledParagraph p, LabelledParagraph? next)
    {
        bool hadBody = topKey != int.MinValue;
        if (OutlineWords.StartsAnnex(p.Content.Of(text)))
            return hadBody || next is { Label.Style: not LabelStyle.None };
        return hadBody && next is { } n && n.Label.Style != LabelStyle.None && n.Label.Number == 1 && KeyOf(n.Label) == topKey;
    }

    void OpenAnnex(LabelledParagraph? heading, int start = 0)
    {
        stack.Clear();
        inAnnex = true;
        var node = new Node
        {
            Path = $"A{++annexes}", StyleKey = AnnexKey, Label = Label.None, Start = heading?.Content.Start ?? start,
            HeadingLike = true, IsAnnex = true,
        };
        if (heading is { } h) node.Paragraphs.Add(h.Content);
        paths.Add(node.Path);
        nodes.Add(node);
        stack.Add(node);
    }

    Node NewNode(Node? parent, Label label, int key, int start, bool headingLike)
    {
        int ordinal = parent is null ? ++topLevel : ++parent.Children;
        var node = new Node
        {
            Path = PathOf(parent, label, ordinal), StyleKey = key, Label = label, Start = start, HeadingLike = headingLike,
            Parent = parent, InAnnex = inAnnex,
        };
        nodes.Add(node);
        stack.Add(node);
        return node;
    }

    string PathOf(Node? parent, Label label, int ordinal)
    {
        var prefix = parent is null ? "" : parent.Path + ".";
        if (label.Style == LabelStyle.Dotted && label.Dotted is { } typed && typed.StartsWith(prefix, StringComparison.Ordinal)
            && typed.IndexOf('.', prefix.Length) < 0 && paths.Add(typed))
            return typed;
        int number = label.Style is LabelStyle.Bullet or LabelStyle.Heading || label.Number <= 0 ? ordinal : label.Number;
        var path = prefix + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (paths.Add(path)) return path;
        diagnostics.Add(new Diagnostic("numbering-repeated", $"the label '{label.Span.Of(text)}' repeats {path}; numbered by position instead", label.Span));
        for (int n = ordinal; ; n++)
        {
            path = prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + (n == number ? "'" : "");
            if (paths.Add(path)) return path;
        }
    }

    static int KeyOf(Label label) =>
        label.Style == LabelStyle.Dotted ? 100 + label.Dotted!.Count(c => c == '.') : (int)label.Style;

    List<OutlineItem> Items()
    {
        var items = new List<OutlineItem>(nodes.Count);
        foreach (var node in nodes)
        {
            var kind = node.IsAnnex ? ItemKind.Annex
                : node.InAnnex ? ItemKind.AnnexEntry
                : node.IsParagraph ? ItemKind.Paragraph
                : node.Children > 0 && node.HeadingLike ? ItemKind.Section
                : ItemKind.Item;
            string? heading = kind is ItemKind.Section or ItemKind.Annex && node.Paragraphs.Count > 0
                ? node.Paragraphs[0].Of(text).Replace('\n', ' ')
                : null;
            int end = node.Paragraphs.Count > 0 ? node.Paragraphs[^1].End : node.Start;
            var label = node.Label.Style is LabelStyle.None or LabelStyle.Heading ? "" : node.Label.Span.Of(text);
            items.Add(new OutlineItem(node.Path, kind, label, heading, node.Paragraphs, new TextSpan(node.Start, Math.Max(node.Start, end))));
        }
        return items;
    }
}
