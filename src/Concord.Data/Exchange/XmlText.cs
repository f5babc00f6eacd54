using System.Text;

namespace Concord.Data.Exchange;

/// <summary>Text an Office document can hold: XML 1.0 holds neither most control characters nor a lone
/// surrogate, so they become U+FFFD.</summary>
public static class XmlText
{
    public static string Safe(string text)
    {
        StringBuilder? b = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool ok = c is '\t' or '\n' or '\r' || (c >= ' ' && !char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF')
                || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (ok && b is null) continue;
            b ??= new StringBuilder(text, 0, i, text.Length);
            b.Append(ok ? c : '\uFFFD');
        }
        return b?.ToString() ?? text;
    }
}
