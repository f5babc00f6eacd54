namespace Concord.Text.Extraction;

/// <param name="Source">The file name, for people; "-" when none.</param>
/// <param name="Language">Forces the language; detected when null.</param>
/// <param name="Date">Forces the statement's date; found in the text when null.</param>
public sealed record ExtractOptions(string Source = "-", Language? Language = null, DateOnly? Date = null);
