using System.Text;

namespace Concord.Tests.Reading;

/// <summary>Writes Vietnamese in Windows-1258, the way old Vietnamese web pages are stored: letters with
/// circumflex, breve and horn precomposed, tone marks as combining characters after them.</summary>
public static class Windows1258
{
    static readonly Encoding Encoding;

    static Windows1258()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Encoding = System.Text.Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public static byte[] Encode(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            // Circumflex, breve and horn belong to the letter in Windows-1258; the tone marks stay apart.
            if (c is '\u0302' or '\u0306' or '\u031B')
            {
                int j = sb.Length - 1;
                while (j > 0 && sb[j] is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323') j--;
                var joined = j >= 0 ? string.Concat(sb[j], c).Normalize(NormalizationForm.FormC) : "";
                if (joined.Length == 1)
                {
                    sb[j] = joined[0];
                    continue;
                }
            }
            sb.Append(c);
        }
        return Encoding.GetBytes(sb.ToString());
    }
}
