using Concord.Text.Extraction;

namespace Concord.Text.Alignment;

public static class StatementAligner
{
    /// <summary>Pairs the items of two language versions of one statement.</summary>
    public static AlignmentResult Align(ExtractedDocument left, ExtractedDocument right) => new([], [], []);
}
