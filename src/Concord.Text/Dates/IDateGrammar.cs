namespace Concord.Text.Dates;

/// <summary>The date grammar of one language: reads the expression that starts at a token, if any.
/// Implementations are stateless; their words come from <c>Languages/{En,Vi,Ja}</c>.</summary>
internal interface IDateGrammar
{
    /// <summary>Which words may start an expression and which it cannot be without: most words are neither,
    /// and are passed over after one look-up.</summary>
    DateLexicon Lexicon { get; }

    bool TryMatch(DateScan scan, int i, out DateExpression expression);
}
