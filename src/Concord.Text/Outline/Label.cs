namespace Concord.Text.Outline;

/// <summary>How an item is numbered. Each style is a level of the outline, in the order the document
/// first uses it.</summary>
enum LabelStyle
{
    None,
    /// <summary><c>1.</c>, <c>4.Về</c>, <c>１．</c>, <c>1、</c></summary>
    DecimalDot,
    /// <summary><c>3.2</c>, <c>3.2.</c>: the whole path typed out.</summary>
    Dotted,
    /// <summary><c>(1)</c>, <c>（１）</c>, <c>①</c></summary>
    ParenDecimal,
    /// <summary><c>1)</c></summary>
    DecimalParen,
    /// <summary><c>(a)</c></summary>
    ParenAlpha,
    /// <summary><c>a)</c></summary>
    AlphaParen,
    /// <summary><c>(i)</c>, <c>(iv)</c></summary>
    ParenRoman,
    /// <summary><c>I.</c>, <c>IV.</c></summary>
    RomanDot,
    /// <summary><c>-</c>, <c>•</c>, <c>*</c>, <c>・</c>: numbered by position.</summary>
    Bullet,
    /// <summary>An unnumbered heading that groups what follows: numbered by position.</summary>
    Heading,
}

/// <summary>How strongly a paragraph looks like a heading.</summary>
enum HeadingMark
{
    None,
    /// <summary>A short line with no closing punctuation.</summary>
    Weak,
    /// <summary>Marked up as one: Markdown <c>#</c>, a wholly bold or underlined line, ALL CAPS.</summary>
    Strong,
}

/// <param name="Number">The number typed (a letter or Roman numeral as its value); 0 for bullets.</param>
/// <param name="Dotted">For <see cref="LabelStyle.Dotted"/>, the numbers typed: "3.2".</param>
/// <param name="Span">The label as typed, e.g. "(2)".</param>
readonly record struct Label(LabelStyle Style, int Number, TextSpan Span, string? Dotted = null)
{
    public static readonly Label None = new(LabelStyle.None, 0, default);
}
