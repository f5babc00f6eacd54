using System.Globalization;
using Concord.Text.Quantities;

namespace Concord.Text.Tests.Specs.Renderers;

/// <summary>
/// One line per quantity found in the whole input, in order:
/// <c>text | value | unit | comparator | per</c>, with <c>-</c> for a null unit or period and a <c>~</c>
/// after the comparator when the quantity is flagged approximate:
/// <c>khoảng 20 tỷ USD | 20000000000 | USD | approx ~ | -</c>.
/// </summary>
public sealed class QuantitiesRenderer : ISpecRenderer
{
    public string Kind => "quantities";

    public IEnumerable<string> Render(SpecInput input)
    {
        var found = QuantityRecognizer.Recognize(input.Text, new TextSpan(0, input.Text.Length), input.Language);
        foreach (var q in found)
        {
            if (q.Span.Of(input.Text) != q.Text)
                throw new InvalidOperationException($"text '{q.Text}' is not the text of its span {q.Span}");
            var comparator = q.Comparator.ToString().ToLowerInvariant() + (q.Approximate ? " ~" : "");
            yield return string.Join(" | ",
                q.Text.Replace('\n', ' '), q.Value.ToString(CultureInfo.InvariantCulture), q.Unit ?? "-", comparator, q.Per ?? "-");
        }
    }
}
