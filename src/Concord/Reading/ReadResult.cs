using Concord.Text;

namespace Concord.Reading;

public sealed record ReadResult(string Text, string Format, string Encoding, IReadOnlyList<Diagnostic> Diagnostics, string? Error = null);
