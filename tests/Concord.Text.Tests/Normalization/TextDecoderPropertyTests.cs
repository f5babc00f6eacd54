using System.Text;
using Concord.Text.Normalization;
using CsCheck;

namespace Concord.Text.Tests.Normalization;

/// <summary>Whatever the bytes, Decode answers: normalised text, or an error and no text.</summary>
public sealed class TextDecoderPropertyTests
{
    // Fragments that steer random input into every path: byte-order marks, NULs, legacy letters, broken UTF-8.
    static readonly Gen<byte[]> Fragment = Gen.OneOf(
        Gen.Byte.Array[0, 40],
        Gen.OneOf<byte[]>(
            [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00], [0x00, 0x00], [0x0D], [0x0D, 0x0A], [0x0A],
            [0xE2, 0x80, 0xA8], [0xED, 0xA0, 0x80], [0xC3], [0xD8, 0x3D], [0x3D, 0xD8], [0x1A], [0x03],
            LegacyEncoder.ToTcvn3("Hai bên nhất trí "), LegacyEncoder.ToVni("Việt Nam và Nhật Bản "),
            LegacyEncoder.ToWindows1258("hợp tác toàn diện "), Encoding.UTF8.GetBytes("Thủ tướng "),
            Encoding.UTF8.GetBytes("Thủ tướng ".Normalize(NormalizationForm.FormD)), Encoding.Unicode.GetBytes("日本 "),
            CodePagesEncodingProvider.Instance.GetEncoding(932)!.GetBytes("日本の協力について "),
            "The two sides "u8.ToArray()));

    static readonly Gen<byte[]> Input = Fragment.Array[0, 30].Select(parts => parts.SelectMany(p => p).ToArray());

    [Fact]
    public void Decode_AnyBytes_ReturnsNfcTextWithoutCarriageReturnsOrAnError()
    {
        Input.Sample(bytes =>
        {
            var decoded = TextDecoder.Decode(bytes);

            if (decoded.Error is not null)
            {
                Assert.Equal("", decoded.Text);
                Assert.DoesNotContain('\n', decoded.Error);
                return;
            }
            Assert.False(string.IsNullOrWhiteSpace(decoded.Text));
            Assert.True(decoded.Text.IsNormalized(NormalizationForm.FormC));
            Assert.DoesNotContain('\r', decoded.Text);
            Assert.DoesNotContain('\uFEFF', decoded.Text);
            Assert.Contains(decoded.Encoding, new[] { "utf-8", "utf-16le", "utf-16be", "windows-1258", "tcvn3", "vni", "shift_jis" });
        }, iter: 3000);
    }
}
