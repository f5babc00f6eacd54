namespace Concord.Text;

/// <summary>The languages Concord reads. Codes are ISO 639-1: <c>en</c>, <c>vi</c>, <c>ja</c>.</summary>
public enum Language
{
    En,
    Vi,
    Ja,
}
