namespace Concord.Text.Normalization;

/// <summary>Text decoded from bytes and normalised (NFC, <c>\n</c> newlines).</summary>
/// <param name="Encoding">What was read: "utf-8", "utf-16le", "windows-1258", "tcvn3", "vni".</param>
/// <param name="Error">Set when the bytes are not text (binary, empty); Text is then empty.</param>
public sealed record DecodedText(string Text, string Encoding, IReadOnlyList<Diagnostic> Diagnostics, string? Error = null);
