using Concord.Data.Register;

namespace Concord.Data.Exchange;

/// <summary>One commitment as the exports show it: the commitment with its parties, agencies and targets, its
/// item, its text in each language version, and its latest progress update.</summary>
public sealed record RegisterRow(
    Commitment Commitment,
    IReadOnlyDictionary<string, string> TextByLanguage,
    ProgressUpdate? LatestUpdate);
