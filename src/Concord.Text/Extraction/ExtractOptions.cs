using Concord.Text.Parties;

namespace Concord.Text.Extraction;

/// <param name="Source">The file name, for people; "-" when none.</param>
/// <param name="Language">Forces the language; detected when null.</param>
/// <param name="Date">Forces the statement's date; found in the text when null.</param>
/// <param name="Parties">Forces the statement's parties (see <see cref="Party.Parse"/>); found in the text when
/// null or empty.</param>
public sealed record ExtractOptions(string Source = "-", Language? Language = null, DateOnly? Date = null,
    IReadOnlyList<Party>? Parties = null);
