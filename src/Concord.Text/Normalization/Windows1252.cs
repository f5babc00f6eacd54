namespace Concord.Text.Normalization;

/// <summary>What Windows-1252 puts in 0x80-0x9F (curly quotes, dashes, the euro sign). The Vietnamese font
/// encodings leave these bytes alone, so a document typed in Word with them keeps its punctuation there.
/// The five bytes 1252 leaves undefined read as the C1 control of the same number, as Windows does.</summary>
internal static class Windows1252
{
    public const string Range80To9F =
        "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F" +
        "\u0090‘’“”•–—˜™š›œ\u009DžŸ";
}
