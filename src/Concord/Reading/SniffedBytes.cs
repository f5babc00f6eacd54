namespace Concord.Reading;

/// <summary>What the first bytes of a file say it is, before any decoding.</summary>
internal enum SniffedBytes
{
    Text,
    Pdf,
    Docx,
    Binary,
}
