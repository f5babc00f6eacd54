using Concord.Text.Clauses;

namespace Concord.Text.Tests.Clauses;

/// <summary>What every result of the clause recognizer must be, whatever its input.</summary>
public static class ClauseAssert
{
    public static void Valid(string text, TextSpan range, IReadOnlyList<Clause> clauses)
    {
        for (int i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            Assert.True(range.Contains(clause.Span) && clause.Span.Length > 0, $"{clause.Span} outside {range}");
            Assert.Equal(clause.Span.Of(text), clause.Text);
            Assert.All(clause.Actors, a => Assert.False(string.IsNullOrWhiteSpace(a)));
            if (i > 0) Assert.True(clauses[i - 1].Span.End <= clause.Span.Start, $"{clauses[i - 1].Span} overlaps {clause.Span}");
        }
    }

    /// <summary>Every letter and digit of the range is in a clause: only the punctuation and space between
    /// clauses is left out.</summary>
    public static void CoversEveryWord(string text, TextSpan range, IReadOnlyList<Clause> clauses)
    {
        int next = 0;
        for (int i = range.Start; i < range.End; i++)
        {
            while (next < clauses.Count && clauses[next].Span.End <= i) next++;
            bool inside = next < clauses.Count && clauses[next].Span.Start <= i;
            Assert.True(inside || !char.IsLetterOrDigit(text[i]), $"'{text[i]}' at {i} is in no clause: …{text[Math.Max(range.Start, i - 30)..Math.Min(range.End, i + 30)]}…");
        }
    }
}
