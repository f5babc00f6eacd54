using Concord.Text.Clauses;
using CsCheck;

namespace Concord.Text.Tests.Clauses;

/// <summary>Whatever the text and the range, the recognizer returns clauses inside the range, in order,
/// that cover its words.</summary>
public sealed class ClausePropertyTests
{
    static readonly Gen<string> Piece = Gen.OneOf<string>(
        "The two Prime Ministers ", "agreed to ", "agreed that ", "welcomed ", "highly valued ", "acknowledged ",
        "will ", "with a view to ", ", aiming to ", ", and agreed ", "; and ", "and that both countries will ",
        "They ", "Japan ", "the Vietnamese side ", "In order to ", "Based on ", "Prime Minister Tanaka ",
        "is necessary ", "expand ", "Hai Thủ tướng ", "nhất trí ", "hoan nghênh ", "và nhất trí ", "; nhất trí ",
        ", khẳng định sẽ ", "sẽ ", "mong muốn ", ", hướng tới ", "Để ", "Trên cơ sở ", "phía Nhật Bản ",
        "là cần thiết ", "両首脳は", "歓迎し、", "一致した", "ため、", "する", "（", "）", "。", ". ", ", ", "; ",
        "\n", "\n\n", "(", ")", "\"", "“", "”", "etc. ", "No. 5 ", "x", "2+2 ");

    static readonly Gen<string> Text = Gen.OneOf(
        Piece.Array[0, 60].Select(p => string.Concat(p)),
        Gen.String[0, 200]);

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Vi)]
    [InlineData(Language.Ja)]
    public void Recognize_AnyTextAndRange_GivesValidClauses(Language language)
    {
        Gen.Select(Text, Gen.Int[-5, 300], Gen.Int[-5, 300]).Sample((text, a, b) =>
        {
            int start = Math.Clamp(Math.Min(a, b), 0, text.Length), end = Math.Clamp(Math.Max(a, b), 0, text.Length);
            var range = new TextSpan(start, end);

            var clauses = ClauseRecognizer.Recognize(text, range, language);

            ClauseAssert.Valid(text, range, clauses);
            ClauseAssert.CoversEveryWord(text, range, clauses);
        }, iter: 300);
    }
}
