using Concord.Data.Register;

namespace Concord.Data.Ingest;

/// <summary>The record a planned name resolved to: a mechanism, or an initiative.</summary>
internal sealed record NamedRecord(Mechanism? Mechanism, Initiative? Initiative);
