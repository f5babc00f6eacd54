namespace Concord.Text.Entities;

internal enum NameTokenKind : byte
{
    Word,
    Number,
    Punctuation,
}
