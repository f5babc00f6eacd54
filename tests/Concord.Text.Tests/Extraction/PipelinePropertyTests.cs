using CsCheck;
using Concord.Text.Extraction;
using Concord.Text.Normalization;

namespace Concord.Text.Tests.Extraction;

/// <summary>Whatever it is given, the pipeline returns a document whose every span lies in the text.</summary>
public sealed class PipelinePropertyTests
{
    // Pieces of statements, numbering and noise, so that random documents reach deep into every stage.
    static readonly Gen<string> Piece = Gen.OneOf<string>(
        "1.", "4.Về", "(1)", "(12)", "a)", "II.", "- ", "• ", "**", "## ", "\n", "\n\n", "\n\n\n", " ", "  ",
        "The two Prime Ministers agreed to ", "welcomed ", "Hai Thủ tướng nhất trí ", "hoan nghênh ",
        "50,000", "50.000", "3,5", "2+2", "No.1", "US$20 billion", "20 tỷ USD", "khoảng ", "hơn ", "more than ",
        "by 2030", "đến năm 2030", "28/4/2025", "27 - 29/4/2025", "April 27-29, 2025", "fiscal year 2026",
        "năm tài chính 2026", "mùa hè năm nay", "as soon as possible", "annual", "hàng năm",
        "Joint Committee on Trade", "Ủy ban hỗn hợp", "JBIC", "Ảnh: VGP", "Photo: VNA", "— VNS", "Related news",
        "5万人", "200億ドル", "2025年4月28日", "（1）", "。", ".", ",", ";", "(", ")", "\"", "“", "”");

    static readonly Gen<string> Document = Gen.OneOf<string>(
        Piece.Array[0, 120].Select(p => string.Concat(p)),
        Gen.String[0, 400],
        Gen.Char["0123456789.,()-+/ \n"].Array[0, 300].Select(c => new string(c)));

    [Fact]
    public void Extract_AnyInput_ReturnsSpansInsideTheTextAndUniquePaths()
    {
        Document.Sample(raw =>
        {
            var text = TextNormalizer.Normalize(raw);
            var doc = StatementExtractor.Extract(text, new ExtractOptions());

            Assert.Equal(doc.Items.Count, doc.Items.Select(i => i.Path).Distinct(StringComparer.Ordinal).Count());
            foreach (var item in doc.Items)
            {
                Assert.InRange(item.Outline.Span.Start, 0, text.Length);
                Assert.InRange(item.Outline.Span.End, item.Outline.Span.Start, text.Length);
                var spans = item.Outline.Paragraphs
                    .Concat(item.Clauses.Select(c => c.Span))
                    .Concat(item.Quantities.Select(q => q.Span))
                    .Concat(item.Dates.Select(d => d.Span))
                    .Concat(item.Entities.Select(e => e.Span));
                Assert.All(spans, s => Assert.True(s.Start >= 0 && s.Start <= s.End && s.End <= text.Length, $"{s} in {text.Length}"));
            }
            Assert.All(doc.Noise, n => Assert.True(n.Span.End <= text.Length));
        }, iter: 400);
    }
}
