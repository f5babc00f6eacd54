using System.Text;

namespace Concord.Text.Normalization;

/// <summary>Windows-1258, the Vietnamese ANSI code page: base letters (with ă â ê ô ơ ư đ precomposed)
/// followed by combining tone marks (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde, 0xF2 dot below),
/// which NFC composes. The table comes with .NET (<see cref="CodePagesEncodingProvider"/>).</summary>
internal static class Windows1258
{
    static readonly Encoding? CodePage = CodePagesEncodingProvider.Instance.GetEncoding(1258);

    public static bool IsAvailable => CodePage is not null;

    public static string Decode(ReadOnlySpan<byte> bytes) => (CodePage ?? Encoding.Latin1).GetString(bytes);
}
