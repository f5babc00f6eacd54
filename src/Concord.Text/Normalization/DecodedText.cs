namespace Concord.Text.Normalization;

/// <summary>Text decoded from bytes and normalised (NFC, <c>\n</c> newlines, no byte-order mark).</summary>
/// <param name="Encoding">What was read: <c>utf-8</c> (with or without a byte-order mark), <c>utf-16le</c>,
/// <c>utf-16be</c>, <c>windows-1258</c>, <c>tcvn3</c>, <c>vni</c> or <c>shift_jis</c>; empty when nothing was
/// decoded.</param>
/// <param name="Diagnostics"><c>encoding-guessed</c> when the encoding was inferred from the content (a
/// legacy encoding, UTF-16 without a byte-order mark), saying which and why; <c>invalid-bytes</c> when a
/// UTF-8 file had sequences replaced by U+FFFD.</param>
/// <param name="Error">One line, set when the bytes are refused ("the file is empty", "the file is binary,
/// not text", "the file holds only white space"); Text is then empty.</param>
public sealed record DecodedText(string Text, string Encoding, IReadOnlyList<Diagnostic> Diagnostics, string? Error = null);
