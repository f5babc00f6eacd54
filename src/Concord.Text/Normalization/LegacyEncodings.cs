using System.Globalization;

namespace Concord.Text.Normalization;

/// <summary>
/// Picks the legacy Vietnamese encoding of bytes that are not UTF-8: decodes a sample with each of
/// windows-1258, TCVN3 and VNI and keeps the one whose text looks most Vietnamese
/// (<see cref="VietnameseScore"/>). Always a guess, so it always says why.
/// </summary>
internal static class LegacyEncodings
{
    delegate string ByteDecoder(ReadOnlySpan<byte> bytes);

    sealed record Candidate(string Name, string Label, ByteDecoder Decode);

    // In order of preference when scores tie: the standard code page first.
    static readonly Candidate[] Candidates = BuildCandidates();

    static Candidate[] BuildCandidates()
    {
        var list = new List<Candidate>();
        if (Windows1258.IsAvailable) list.Add(new("windows-1258", "Windows-1258", Windows1258.Decode));
        list.Add(new("tcvn3", "TCVN3 (ABC)", Tcvn3.Decode));
        list.Add(new("vni", "VNI", Vni.Decode));
        return [.. list];
    }

    // Enough text to judge by; scoring it costs a few milliseconds per candidate.
    const int SampleBytes = 256 * 1024;

    /// <summary>The decoded (not yet normalised) text, the encoding's name and why it was chosen.</summary>
    public static (string Text, string Encoding, Diagnostic Why) Decode(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        var scores = new VietnameseScore[Candidates.Length];
        string? sampleText = null;
        var best = 0;
        for (var i = 0; i < Candidates.Length; i++)
        {
            var text = Candidates[i].Decode(sample);
            scores[i] = VietnameseScore.Of(TextNormalizer.Normalize(text));
            if (i == 0 || scores[i].Value > scores[best].Value)
            {
                best = i;
                sampleText = text;
            }
        }

        var chosen = Candidates[best];
        var full = sample.Length == bytes.Length && sampleText is not null ? sampleText : chosen.Decode(bytes);
        return (full, chosen.Name, new Diagnostic("encoding-guessed", Explain(best, scores)));
    }

    static string Explain(int best, VietnameseScore[] scores)
    {
        var chosen = Candidates[best];
        if (scores[best].Syllables == 0)
            return $"not UTF-8 and no Vietnamese in any legacy encoding; read as {chosen.Label}";
        var others = string.Join(", ", Enumerable.Range(0, Candidates.Length).Where(i => i != best)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"{Candidates[i].Label} {scores[i].Percent}%")));
        return string.Create(CultureInfo.InvariantCulture,
            $"not UTF-8; read as {chosen.Label}: {scores[best].Percent}% of {scores[best].Words} words with Vietnamese letters are Vietnamese syllables ({others})");
    }
}
