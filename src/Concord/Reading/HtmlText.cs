using System.Text;
using AngleSharp.Dom;

namespace Concord.Reading;

/// <summary>
/// Turns a DOM into paragraphs as a reader sees them: one per block (p, li, h1-h6, div with text,
/// blockquote, tr), <c>&lt;br&gt;</c> as a newline, white space collapsed, an <c>&lt;ol&gt;</c> item with
/// its number typed before it, scripts, navigation, footers, asides and forms left out.
/// </summary>
internal sealed class HtmlText
{
    static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "select", "input",
        "textarea", "iframe", "svg", "canvas", "object", "embed", "img", "picture", "video", "audio", "head", "dialog",
    };

    static readonly HashSet<string> DroppedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
    };

    static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article", "main",
        "header", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "caption", "figure", "figcaption",
        "pre", "address", "center", "hr", "details", "summary", "fieldset", "body", "html",
    };

    readonly List<string> paragraphs = [];
    readonly StringBuilder current = new();
    readonly Stack<OrderedList?> lists = new();
    readonly bool dropPageHeaders;
    string? pendingLabel;
    bool pendingSpace;
    bool emphasisOnly = true;
    int emphasis, pre;

    HtmlText(bool dropPageHeaders) => this.dropPageHeaders = dropPageHeaders;

    /// <param name="dropPageHeaders">Leave out <c>&lt;header&gt;</c> outside an article: the site's banner.</param>
    public static List<string> Paragraphs(INode root, bool dropPageHeaders)
    {
        var text = new HtmlText(dropPageHeaders);
        text.Walk(root);
        text.Flush();
        return text.paragraphs;
    }

    void Walk(INode node)
    {
        if (node is IText t)
        {
            Append(t.Data);
            return;
        }
        if (node is not IElement e)
        {
            if (node.NodeType is NodeType.Document or NodeType.DocumentFragment) WalkChildren(node);
            return;
        }
        var name = e.LocalName;
        if (IsLeftOut(e, name)) return;
        switch (name)
        {
            case "br":
                LineBreak();
                return;
            case "b" or "strong" or "u":
                emphasis++;
                WalkChildren(e);
                emphasis--;
                return;
            case "td" or "th":
                WalkChildren(e);
                pendingSpace = true;
                return;
        }
        if (!Blocks.Contains(name))
        {
            WalkChildren(e);
            return;
        }
        Flush();
        if (name == "pre") pre++;
        if (name == "ol") lists.Push(OrderedList.Of(e));
        else if (name == "ul") lists.Push(null);
        else if (name == "li") pendingLabel = lists.TryPeek(out var list) && list is not null ? list.Next(e) : null;
        WalkChildren(e);
        Flush();
        if (name is "ol" or "ul") lists.Pop();
        if (name == "pre") pre--;
        if (name == "li") pendingLabel = null;
    }

    void WalkChildren(INode node)
    {
        foreach (var child in node.ChildNodes) Walk(child);
    }

    bool IsLeftOut(IElement e, string name)
    {
        if (Dropped.Contains(name)) return true;
        if (e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true") return true;
        if (e.GetAttribute("role") is { } role && DroppedRoles.Contains(role)) return true;
        if (e.GetAttribute("style") is { } style && IsHiddenStyle(style)) return true;
        return dropPageHeaders && name == "header" && e.Closest("article, main") is null;
    }

    static bool IsHiddenStyle(string style)
    {
        var s = style.Replace(" ", "", StringComparison.Ordinal);
        return s.Contains("display:none", StringComparison.OrdinalIgnoreCase) || s.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    void Append(string data)
    {
        foreach (var c in data)
        {
            if (pre > 0 && c == '\n')
            {
                LineBreak();
            }
            else if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                pendingSpace = current.Length > 0;
            }
            else
            {
                if (pendingSpace && current.Length > 0 && current[^1] != '\n') current.Append(' ');
                pendingSpace = false;
                current.Append(c);
                if (emphasis == 0) emphasisOnly = false;
            }
        }
    }

    /// <summary>A newline; but a line that is all bold or underlined is a heading, so it ends the paragraph.</summary>
    void LineBreak()
    {
        if (current.Length == 0) return;
        if (emphasisOnly)
        {
            Flush();
            return;
        }
        while (current.Length > 0 && current[^1] == ' ') current.Length--;
        if (current[^1] != '\n') current.Append('\n');
        pendingSpace = false;
    }

    void Flush()
    {
        var text = current.ToString().Trim();
        current.Clear();
        pendingSpace = false;
        emphasisOnly = true;
        if (text.Length == 0) return;
        if (pendingLabel is not null && !TypedNumber.StartsWithOne(text)) text = pendingLabel + " " + text;
        pendingLabel = null;
        paragraphs.Add(text);
    }
}
