namespace Concord.Text.Alignment;

/// <summary>What an anchor is: the evidence two versions share. The prefix of its key says the same
/// (<c>t:</c>, <c>c:</c>, <c>n:</c>, <c>q:</c>, <c>d:</c>).</summary>
internal enum AnchorKind : byte
{
    /// <summary>A Latin-script name or acronym, folded: "jbic", "ishiba", "chinh".</summary>
    Token,
    /// <summary>A concept of the statement vocabulary: "semiconductor" from "bán dẫn" or "半導体".</summary>
    Concept,
    /// <summary>The digits of a number as written, separators removed: "50,000" and "50.000" are "50000".</summary>
    Number,
    /// <summary>A recognised quantity's value.</summary>
    Quantity,
    /// <summary>A recognised date's normalised range.</summary>
    Date,
}
