namespace Concord.Text.Quantities;

public static class QuantityRecognizer
{
    /// <summary>Finds the quantities within <paramref name="range"/> of <paramref name="text"/>; spans are offsets into <paramref name="text"/>.</summary>
    public static IReadOnlyList<Quantity> Recognize(string text, TextSpan range, Language language) => [];
}
