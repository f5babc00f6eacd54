using Concord.Text.Entities;
using Concord.Text.Outline;
using Concord.Text.Tests.Clauses;
using CsCheck;

namespace Concord.Text.Tests.Entities;

/// <summary>Whatever the text and the range, entities lie in the range, say their own text and never overlap
/// another of their type.</summary>
public sealed class EntityPropertyTests
{
    static readonly Gen<string> Piece = Gen.OneOf<string>(
        "Joint Committee ", "on ", "Trade", ", ", "and ", "the ", "Energy ", "(JBIC) ", "(", ")", "Project to ",
        "build ", "project ", "mechanism ", "2+2 ", "16th ", "Forum ", "Expo 2025 ", "Osaka", "Prime Minister ",
        "Tanaka ", "’s ", "x ", "EXPO ", "Ủy ban hỗn hợp về ", "khoa học ", "và ", "Dự án ", "Bộ ", "Quốc phòng ",
        "lần thứ 16 ", "Đối thoại ", "Việt Nam - Nhật Bản", "các ", "phòng, chống ", "Thủ tướng ", "日越協力委員会",
        "銀行（JBIC）", "省", "・", "。", ". ", "\n", "\n\n", "— VNS", "-", "–");

    static readonly Gen<string> Text = Gen.OneOf(
        Piece.Array[0, 60].Select(p => string.Concat(p)),
        Gen.String[0, 200]);

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Vi)]
    [InlineData(Language.Ja)]
    public void Recognize_AnyTextAndRange_GivesValidEntities(Language language)
    {
        Gen.Select(Text, Gen.Int[-5, 300], Gen.Int[-5, 300], Gen.Bool).Sample((text, a, b, annex) =>
        {
            int start = Math.Clamp(Math.Min(a, b), 0, text.Length), end = Math.Clamp(Math.Max(a, b), 0, text.Length);
            var range = new TextSpan(start, end);

            var entities = EntityRecognizer.Recognize(text, range, language, annex ? ItemKind.AnnexEntry : ItemKind.Item);

            EntityAssert.Valid(text, range, entities);
        }, iter: 300);
    }

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Vi)]
    public void Recognize_EveryCorpusParagraph_GivesValidEntities(Language language)
    {
        var text = CorpusParagraphs.Text(language);
        foreach (var paragraph in CorpusParagraphs.All(language))
            EntityAssert.Valid(text, paragraph, EntityRecognizer.Recognize(text, paragraph, language, ItemKind.Item));
    }
}
