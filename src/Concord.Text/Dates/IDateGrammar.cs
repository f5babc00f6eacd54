namespace Concord.Text.Dates;

/// <summary>The date grammar of one language: reads the expression that starts at a token, if any.
/// Implementations are stateless; their words come from <c>Languages/{En,Vi,Ja}</c>.</summary>
internal interface IDateGrammar
{
    /// <summary>Whether a word can start an expression: most words cannot, and are skipped after one look-up.</summary>
    bool CanStart(DateScan scan, int i);

    bool TryMatch(DateScan scan, int i, out DateExpression expression);
}
