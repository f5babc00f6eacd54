namespace Concord.Data.Exchange;

/// <summary>Keeps a spreadsheet from reading a text cell as a formula: a text that begins with = + - @, a tab or a
/// carriage return gets a leading apostrophe, which Excel and LibreOffice show as text. Import takes it off again.</summary>
public static class CellGuard
{
    public static string Neutralise(string text) =>
        text.Length > 0 && IsTrigger(text[0]) ? "'" + text : text;

    public static string Restore(string text) =>
        text.Length > 1 && text[0] == '\'' && IsTrigger(text[1]) ? text[1..] : text;

    static bool IsTrigger(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';
}
