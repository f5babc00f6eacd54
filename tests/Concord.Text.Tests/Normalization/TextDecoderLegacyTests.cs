using Concord.Text.Normalization;

namespace Concord.Text.Tests.Normalization;

/// <summary>TCVN3, VNI and Windows-1258: the tables, and which one the decoder picks by content.</summary>
public sealed class TextDecoderLegacyTests
{
    [Theory]
    [InlineData(new byte[] { 0x48, 0xB5, 0x20, 0x4E, 0xE9, 0x69 }, "Hà Nội")]
    [InlineData(new byte[] { 0x56, 0x69, 0xD6, 0x74, 0x20, 0x4E, 0x61, 0x6D }, "Việt Nam")]
    [InlineData(new byte[] { 0x42, 0xB6, 0x6F, 0x20, 0x54, 0x68, 0xBE, 0x6E, 0x67 }, "Bảo Thắng")]
    [InlineData(new byte[] { 0x4D, 0xAD, 0xEA, 0x6E, 0x67, 0x20, 0x4B, 0x68, 0xAD, 0xAC, 0x6E, 0x67 }, "Mường Khương")]
    [InlineData(new byte[] { 0xA7, 0xB5, 0x20, 0x4E, 0xBD, 0x6E, 0x67 }, "Đà Nẵng")]
    public void Tcvn3_HandCheckedBytes_DecodeToTheLetters(byte[] bytes, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(Tcvn3.Decode(bytes)));
    }

    [Theory]
    [InlineData("Vieät Nam", "Việt Nam")]
    [InlineData("Haø Noäi", "Hà Nội")]
    [InlineData("Xin chaøo caùc baïn", "Xin chào các bạn")]
    [InlineData("Ñaø Naüng", "Đà Nẵng")]
    [InlineData("Thuû töôùng", "Thủ tướng")]
    [InlineData("VIEÄT NAM", "VIỆT NAM")]
    [InlineData("ÑOÀNG YÙ", "ĐỒNG Ý")]
    [InlineData("khoûe maïnh, tieáng Vieät, nghóa", "khỏe mạnh, tiếng Việt, nghĩa")]
    public void Vni_HandCheckedBytes_DecodeToTheLetters(string latin1, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(Vni.Decode(System.Text.Encoding.Latin1.GetBytes(latin1))));
    }

    [Theory]
    [InlineData(new byte[] { 0x56, 0x69, 0xEA, 0xF2, 0x74, 0x20, 0x4E, 0x61, 0x6D }, "Việt Nam")]
    [InlineData(new byte[] { 0x48, 0xE0, 0x20, 0x4E, 0xF4, 0xF2, 0x69 }, "Hà Nội")]
    [InlineData(new byte[] { 0x74, 0x68, 0xFD, 0xF5, 0xEC, 0x63 }, "thước")]
    [InlineData(new byte[] { 0xD0, 0x61, 0xCC, 0x20, 0x4E, 0xE3, 0xDE, 0x6E, 0x67 }, "Đà Nẵng")]
    public void Windows1258_HandCheckedBytes_DecodeToTheLetters(byte[] bytes, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(Windows1258.Decode(bytes)));
    }

    [Fact]
    public void Tcvn3_EveryLowerCaseLetter_RoundTrips()
    {
        var bytes = LegacyEncoder.ToTcvn3(VietnameseSamples.LowerLetters);

        Assert.Equal(VietnameseSamples.LowerLetters.Length, bytes.Length);
        Assert.Equal(VietnameseSamples.LowerLetters, TextNormalizer.Normalize(Tcvn3.Decode(bytes)));
    }

    [Fact]
    public void Tcvn3_Table_HasOneCharacterPerByteAndNoLetterTwice()
    {
        Assert.Equal(256, Tcvn3.Map.Length);
        var letters = Tcvn3.Map.Where(char.IsLetter).ToList();
        Assert.Equal(letters.Count, letters.Distinct().Count());
    }

    [Theory]
    [InlineData("ViÖt Nam", "Việt Nam")]
    [InlineData("Hµ NéI", "HÀ NỘI")]
    [InlineData("UBND Hµ Néi", "UBND Hà Nội")]
    [InlineData("TØNH Hµ NAM", "TỈNH HÀ NAM")]
    [InlineData("Bé tr\u00ADëng", "Bộ trưởng")]
    public void Tcvn3_CapitalsTypedWithTheUpperCaseFont_AreRestoredFromTheAsciiLetters(string latin1, string expected)
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(latin1);

        Assert.Equal(expected, TextNormalizer.Normalize(Tcvn3.Decode(bytes)));
    }

    [Fact]
    public void Vni_EveryLetterInBothCases_RoundTrips()
    {
        var text = VietnameseSamples.LowerLetters + " " + VietnameseSamples.UpperLetters;

        Assert.Equal(text, TextNormalizer.Normalize(Vni.Decode(LegacyEncoder.ToVni(text))));
    }

    [Fact]
    public void Windows1258_EveryLetterInBothCases_RoundTrips()
    {
        var text = VietnameseSamples.LowerLetters + " " + VietnameseSamples.UpperLetters;

        Assert.Equal(text, TextNormalizer.Normalize(Windows1258.Decode(LegacyEncoder.ToWindows1258(text))));
    }

    [Fact]
    public void Decode_Tcvn3Statement_IsRecognisedAndSaysItGuessed()
    {
        var decoded = TextDecoder.Decode(LegacyEncoder.ToTcvn3(VietnameseSamples.Statement));

        Assert.Null(decoded.Error);
        Assert.Equal("tcvn3", decoded.Encoding);
        Assert.Equal(VietnameseSamples.Statement, decoded.Text);
        var guessed = Assert.Single(decoded.Diagnostics);
        Assert.Equal("encoding-guessed", guessed.Code);
        Assert.Contains("TCVN3", guessed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_VniStatement_IsRecognised()
    {
        var decoded = TextDecoder.Decode(LegacyEncoder.ToVni(VietnameseSamples.Statement));

        Assert.Equal("vni", decoded.Encoding);
        Assert.Equal(VietnameseSamples.Statement, decoded.Text);
        Assert.Contains(decoded.Diagnostics, d => d.Code == "encoding-guessed" && d.Message.Contains("VNI", StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_Windows1258Statement_IsRecognisedAndComposed()
    {
        var decoded = TextDecoder.Decode(LegacyEncoder.ToWindows1258(VietnameseSamples.Statement));

        Assert.Equal("windows-1258", decoded.Encoding);
        Assert.Equal(VietnameseSamples.Statement, decoded.Text);
        Assert.Contains(decoded.Diagnostics, d => d.Code == "encoding-guessed");
    }

    [Theory]
    [InlineData("Hà Nội")]
    [InlineData("Đà Nẵng, ngày 5 tháng 9")]
    [InlineData("Thủ tướng phát biểu")]
    public void Decode_ShortPhrasesInEachEncoding_AreEachRecognised(string phrase)
    {
        Assert.Equal("tcvn3", TextDecoder.Decode(LegacyEncoder.ToTcvn3(phrase)).Encoding);
        Assert.Equal("vni", TextDecoder.Decode(LegacyEncoder.ToVni(phrase)).Encoding);
        Assert.Equal("windows-1258", TextDecoder.Decode(LegacyEncoder.ToWindows1258(phrase)).Encoding);
    }

    [Fact]
    public void Decode_Tcvn3WithCrLfAndCurlyQuotes_KeepsThePunctuation()
    {
        var bytes = LegacyEncoder.ToTcvn3("Hai bên gọi đây là “bước ngoặt” trong quan hệ.\r\nĐồng ý.\r\n");

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("tcvn3", decoded.Encoding);
        Assert.Equal("Hai bên gọi đây là “bước ngoặt” trong quan hệ.\nĐồng ý.\n", decoded.Text);
    }

    [Fact]
    public void Decode_Latin1WithoutVietnamese_IsReadAsWindows1258AndSaysSo()
    {
        var decoded = TextDecoder.Decode(System.Text.Encoding.Latin1.GetBytes("Caf\u00e9 cr\u00e8me, 12 \u00b0C"));

        Assert.Equal("windows-1258", decoded.Encoding);
        Assert.Equal("Café crème, 12 °C", decoded.Text);
        Assert.Contains("no Vietnamese", Assert.Single(decoded.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_VietnameseCorpusStatementInEachLegacyEncoding_ComesBackWhole()
    {
        var original = Corpus.Read(Corpus.StatementVi).ReplaceLineEndings("\n");

        var tcvn3 = TextDecoder.Decode(LegacyEncoder.ToTcvn3(original));
        var vni = TextDecoder.Decode(LegacyEncoder.ToVni(original));
        var windows1258 = TextDecoder.Decode(LegacyEncoder.ToWindows1258(original));

        Assert.Equal(("tcvn3", "vni", "windows-1258"), (tcvn3.Encoding, vni.Encoding, windows1258.Encoding));
        // TCVN3 has no byte for most capitals with a tone mark (Ủ, Á): they come back in lower case.
        Assert.Equal(original.ToLowerInvariant(), tcvn3.Text.ToLowerInvariant());
        Assert.Equal(original, vni.Text);
        Assert.Equal(original, windows1258.Text);
    }
}
