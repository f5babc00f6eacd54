using System.Text;
using Concord.Reading;
using Concord.Text;
using Concord.Text.Normalization;

namespace Concord.Tests.Reading;

public sealed class HtmlCharsetTests
{
    static readonly DecodedText Refused = new("", "", [], "the bytes are not text in a known encoding");

    static HtmlCharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void DecoderRefusal_IsOvercomeByADeclaredCharset()
    {
        var bytes = Encoding.GetEncoding("shift_jis").GetBytes("<html><head><meta charset='shift_jis'></head><body><p>両国は協力する。</p></body></html>");

        var decoded = HtmlCharset.Decode(bytes, Refused, []);

        Assert.Null(decoded.Error);
        Assert.Contains("両国は協力する。", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DecoderRefusal_StandsWhenThePageDeclaresNothing()
    {
        var decoded = HtmlCharset.Decode(Encoding.UTF8.GetBytes("<html><body><p>x</p></body></html>"), Refused, []);

        Assert.Equal(Refused.Error, decoded.Error);
    }

    [Fact]
    public void StaleDeclaration_OnValidUtf8_IsOverruled_AndReported()
    {
        var html = "<html><head><meta charset=\"windows-1258\"></head><body><p>Hai bên đồng ý.</p></body></html>";
        var bytes = Encoding.UTF8.GetBytes(html);
        var diagnostics = new List<Diagnostic>();

        var decoded = HtmlCharset.Decode(bytes, new DecodedText(html, "utf-8", []), diagnostics);

        Assert.Contains("Hai bên đồng ý.", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("html-charset-mismatch", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void UnknownDeclaration_IsReported_AndTheDetectedTextKept()
    {
        var html = "<html><head><meta charset=\"x-no-such-charset\"></head><body><p>The sides agreed.</p></body></html>";
        var diagnostics = new List<Diagnostic>();

        var decoded = HtmlCharset.Decode(Encoding.UTF8.GetBytes(html), new DecodedText(html, "utf-8", []), diagnostics);

        Assert.Equal(html, decoded.Text);
        Assert.Equal("html-charset-unknown", Assert.Single(diagnostics).Code);
    }
}
