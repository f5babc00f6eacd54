using System.Text;

namespace Concord.Text.Normalization;

public static class TextNormalizer
{
    /// <summary>NFC, newlines as <c>\n</c>, no byte-order mark: what every span refers to.</summary>
    public static string Normalize(string text)
    {
        var s = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart('\uFEFF');
        return s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
    }
}
