using System.Collections.Frozen;

namespace Concord.Text.Languages.Vi;

/// <summary>Vietnamese words frequent in any text and rare outside Vietnamese: evidence for
/// <see cref="LanguageDetector"/> that names like "Hà Nội" in an English text are not.</summary>
internal static class ViDetectionWords
{
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words = new[]
    {
        "và", "của", "các", "những", "được", "trong", "với", "cho", "hai", "nhất", "trí", "là", "có",
        "đã", "sẽ", "về", "này", "một", "tại", "để", "theo", "từ", "đến", "trên", "khi", "cũng", "như",
        "giữa", "nhằm", "nhau", "hơn", "đó", "bên", "việc", "sự", "không", "vào", "ra", "nhiều", "đang",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
