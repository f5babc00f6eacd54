using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Concord.Reading;

/// <summary>
/// Reconstructs Word's automatic numbering, so that an auto-numbered statement reads "1. ..." or "(1) ..."
/// as a typed one does. Counters are kept per abstract definition (lists that share one continue each
/// other, as in Word); a <c>w:num</c> with a <c>startOverride</c> restarts its level the first time it is used;
/// a level restarts after a higher level unless its <c>lvlRestart</c> says otherwise.
/// </summary>
internal sealed class DocxNumbering
{
    readonly Dictionary<int, int> abstractOfNum = [];
    readonly Dictionary<int, Dictionary<int, DocxListLevel>> levels = [];
    readonly Dictionary<int, Dictionary<int, (int? Start, DocxListLevel? Level)>> overrides = [];
    readonly Dictionary<string, (int? NumId, int? Level)> styleNumbering = new(StringComparer.Ordinal);
    readonly Dictionary<string, string?> basedOn = new(StringComparer.Ordinal);
    readonly Dictionary<int, int?[]> counters = [];
    readonly HashSet<int> numsUsed = [];

    public DocxNumbering(MainDocumentPart part)
    {
        foreach (var style in part.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is not { } id) continue;
            basedOn[id] = style.BasedOn?.Val?.Value;
            if (style.StyleParagraphProperties?.NumberingProperties is { } numPr)
                styleNumbering[id] = (numPr.NumberingId?.Val?.Value, numPr.NumberingLevelReference?.Val?.Value);
        }
        var numbering = part.NumberingDefinitionsPart?.Numbering;
        if (numbering is null) return;
        foreach (var a in numbering.Elements<AbstractNum>())
        {
            if (a.AbstractNumberId?.Value is not { } id) continue;
            levels[id] = a.Elements<Level>().Where(l => l.LevelIndex is not null).GroupBy(l => l.LevelIndex!.Value)
                .ToDictionary(g => g.Key, g => DocxListLevel.Of(g.First()));
        }
        foreach (var num in numbering.Elements<NumberingInstance>())
        {
            if (num.NumberID?.Value is not { } id || num.AbstractNumId?.Val?.Value is not { } abstractId) continue;
            abstractOfNum[id] = abstractId;
            overrides[id] = num.Elements<LevelOverride>().Where(o => o.LevelIndex is not null).GroupBy(o => o.LevelIndex!.Value)
                .ToDictionary(g => g.Key, g => (g.First().StartOverrideNumberingValue?.Val?.Value, g.First().Level is { } l ? DocxListLevel.Of(l) : null));
        }
        LinkNumberingStyles(numbering);
    }

    /// <summary>An abstract definition that only points at a numbering style (<c>numStyleLink</c>) takes the levels
    /// of the definition that style uses.</summary>
    void LinkNumberingStyles(Numbering numbering)
    {
        foreach (var a in numbering.Elements<AbstractNum>())
        {
            if (a.AbstractNumberId?.Value is not { } id || levels[id].Count > 0) continue;
            if (a.NumberingStyleLink?.Val?.Value is { } style && styleNumbering.TryGetValue(style, out var s)
                && s.NumId is { } numId && abstractOfNum.TryGetValue(numId, out var target) && levels.TryGetValue(target, out var linked))
                levels[id] = linked;
        }
    }

    /// <summary>The label of a numbered paragraph, counting it; null when it is not numbered.</summary>
    public string? Next(Paragraph paragraph)
    {
        if (Resolve(paragraph) is not ({ } numId, var ilvl) || !abstractOfNum.TryGetValue(numId, out var abstractId)) return null;
        if (ilvl is < 0 or > 8) return null;
        var count = counters.TryGetValue(abstractId, out var c) ? c : counters[abstractId] = new int?[9];
        var own = overrides.GetValueOrDefault(numId);
        DocxListLevel LevelAt(int l) => own?.GetValueOrDefault(l).Level ?? levels.GetValueOrDefault(abstractId)?.GetValueOrDefault(l) ?? DocxListLevel.Default;
        if (numsUsed.Add(numId) && own is not null)
            foreach (var (l, (start, _)) in own)
                if (start is { } s && l is >= 0 and <= 8) count[l] = s - 1;
        var level = LevelAt(ilvl);
        count[ilvl] = count[ilvl] is { } n ? n + 1 : level.Start;
        for (int deeper = ilvl + 1; deeper < 9; deeper++)
            if (LevelAt(deeper).Restart is not { } restart || (restart != 0 && ilvl < restart)) count[deeper] = null;
        var label = level.Label(count, LevelAt);
        return label is null ? null : level.Space ? label + " " : label;
    }

    /// <summary>The list and level of a paragraph: its own <c>w:numPr</c>, else its style's (or the style it is based on).</summary>
    (int? NumId, int Level) Resolve(Paragraph paragraph)
    {
        var numPr = paragraph.ParagraphProperties?.NumberingProperties;
        int? numId = numPr?.NumberingId?.Val?.Value;
        int? ilvl = numPr?.NumberingLevelReference?.Val?.Value;
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (int depth = 0; numId is null && styleId is not null && depth < 10; depth++)
        {
            if (styleNumbering.TryGetValue(styleId, out var s) && s.NumId is not null)
            {
                numId = s.NumId;
                ilvl ??= s.Level ?? LevelOfStyle(s.NumId.Value, styleId);
            }
            styleId = basedOn.GetValueOrDefault(styleId);
        }
        return numId is null or 0 ? (null, 0) : (numId, ilvl ?? 0);
    }

    int? LevelOfStyle(int numId, string styleId) =>
        abstractOfNum.TryGetValue(numId, out var a) && levels.TryGetValue(a, out var ls)
            ? ls.FirstOrDefault(l => l.Value.Style == styleId) is { Value: not null } found ? found.Key : null
            : null;
}
