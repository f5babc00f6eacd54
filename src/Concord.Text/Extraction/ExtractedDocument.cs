using Concord.Text.Outline;
using Concord.Text.Parties;

namespace Concord.Text.Extraction;

/// <summary>A statement (or article) as Concord read it.</summary>
/// <param name="Source">The file name it came from, for people.</param>
/// <param name="Text">The normalised text every span refers to.</param>
/// <param name="Date">The statement's date: given by the caller, or found in the text.</param>
public sealed record ExtractedDocument(
    string Source,
    string Text,
    Language Language,
    string? Title,
    DateOnly? Date,
    IReadOnlyList<ExtractedItem> Items,
    IReadOnlyList<Noise> Noise,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The statement's parties, whose names are the actors of its clauses: given by the caller, or found
    /// in the text (see <see cref="PartyFinder"/>); empty when neither.</summary>
    public IReadOnlyList<Party> Parties { get; init; } = [];

    public ExtractedItem? Find(string path) => Items.FirstOrDefault(i => i.Path == path);
}
