using Concord.Text.Normalization;

namespace Concord.Reading;

public static class DocumentReader
{
    public static ReadResult Read(string path, ReadOptions options)
    {
        if (!File.Exists(path)) return new("", "", "", [], $"{path}: file not found");
        var decoded = TextDecoder.Decode(File.ReadAllBytes(path));
        return new(decoded.Text, "text", decoded.Encoding, decoded.Diagnostics, decoded.Error);
    }
}
