using DocumentFormat.OpenXml.Wordprocessing;

namespace Concord.Reading;

/// <summary>One level of a Word numbering definition (<c>w:lvl</c>): where it starts, how its number is
/// written (<c>numFmt</c>), the label around it (<c>lvlText</c>, "%1." or "(%1)") and what follows it.</summary>
internal sealed record DocxListLevel(int Start, string Format, string Text, bool Legal, bool Space, int? Restart, string? Style)
{
    public static DocxListLevel Of(Level level) => new(
        level.StartNumberingValue?.Val?.Value ?? 0,
        level.NumberingFormat?.Val?.InnerText ?? "decimal",
        level.LevelText?.Val?.Value ?? "",
        level.IsLegalNumberingStyle is { } legal && (legal.Val is null || legal.Val.Value),
        level.LevelSuffix?.Val?.InnerText != "nothing",
        level.LevelRestart?.Val?.Value,
        level.ParagraphStyleIdInLevel?.Val?.Value);

    public static DocxListLevel Default { get; } = new(1, "decimal", "", false, true, null, null);

    /// <summary>The label for the counters of this level and those above it: "2.", "(3)", "b)", "1.2".</summary>
    public string? Label(int?[] counters, Func<int, DocxListLevel> levelAt)
    {
        if (Format == "bullet") return "•";
        if (Format == "none" && !Text.Contains('%', StringComparison.Ordinal)) return Text.Trim() is { Length: > 0 } t ? t : null;
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < Text.Length; i++)
        {
            if (Text[i] == '%' && i + 1 < Text.Length && Text[i + 1] is >= '1' and <= '9')
            {
                int l = Text[++i] - '1';
                var level = levelAt(l);
                if (level.Format == "none") continue;
                int n = counters[l] ?? level.Start;
                sb.Append(ListNumber.Format(n, Legal ? "decimal" : level.Format));
            }
            else
            {
                sb.Append(Text[i]);
            }
        }
        var label = sb.ToString().Trim();
        return label.Length == 0 ? null : label;
    }
}
