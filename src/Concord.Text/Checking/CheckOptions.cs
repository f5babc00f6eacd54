namespace Concord.Text.Checking;

/// <param name="Source">The article's file name, for people.</param>
/// <param name="Language">Forces the article's language; detected when null.</param>
/// <param name="Date">The article's date when the text does not say it; its "April 28" and "this year" are read
/// against it, or against the statement's date when there is none.</param>
public sealed record CheckOptions(string Source = "-", Language? Language = null, DateOnly? Date = null);
