using System.Text;
using Concord.Text.Clauses;
using Concord.Text.Dates;
using Concord.Text.Outline;
using Concord.Text.Quantities;

namespace Concord.Data.Ingest;

/// <summary>How the register spells what the text core found: the kebab-case words of concord.extract/1, and
/// names with their white space collapsed ("Việt Nam  -  Nhật Bản" is one name with "Việt Nam - Nhật Bản").</summary>
internal static class Names
{
    public static string Of(ItemKind kind) => kind switch
    {
        ItemKind.Section => "section",
        ItemKind.Item => "item",
        ItemKind.Paragraph => "paragraph",
        ItemKind.Annex => "annex",
        _ => "annex-entry",
    };

    public static string Of(Modality modality) => modality switch
    {
        Modality.Commitment => "commitment",
        Modality.Welcome => "welcome",
        Modality.Acknowledgement => "acknowledgement",
        Modality.Aspiration => "aspiration",
        _ => "context",
    };

    public static string Of(DatePrecision precision) => precision switch
    {
        DatePrecision.FiscalYear => "fiscal-year",
        _ => precision.ToString().ToLowerInvariant(),
    };

    public static string Of(Comparator comparator) => comparator.ToString().ToLowerInvariant();

    /// <summary>White space runs (line breaks included) as one space, trimmed.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
