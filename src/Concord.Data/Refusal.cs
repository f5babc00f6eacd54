namespace Concord.Data;

/// <summary>Why one field of an input is refused, said so that each reader gets it in their language: programs and
/// the command line read <see cref="English"/>; the pages look up "Refusal." + <see cref="Code"/> among their
/// strings and format it with <see cref="Args"/> in the reader's culture (dates stay dates, so each culture writes
/// them its own way).</summary>
public sealed record Refusal(string Field, string Code, string English, IReadOnlyList<object> Args)
{
    public Refusal(string field, string code, string english, params object[] args) : this(field, code, english, (IReadOnlyList<object>)args) { }
}
