using Concord.Data.Register;

namespace Concord.Data.Reports;

/// <summary>What a report is built from, loaded from the register or rebuilt from its history: the statement, the
/// languages of its versions by id, its items with their texts, its commitments (people's "not a commitment" left
/// out) with parties, agencies, sources, targets with measurements, and updates; and the mechanisms it names, each
/// with the date of the earliest statement that names it.</summary>
internal sealed record ReportSource(
    Statement Statement,
    IReadOnlyDictionary<int, string> LanguageOfVersion,
    IReadOnlyList<Item> Items,
    IReadOnlyList<Commitment> Commitments,
    IReadOnlyList<(Mechanism Mechanism, DateOnly? NamedOn)> Mechanisms);
