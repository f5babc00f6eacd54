namespace Concord.Features.Import;

/// <summary>What was read of one uploaded statement file, as the preview shows it.</summary>
public sealed record FileFacts(string Name, bool Official, string Language, string Format, string Encoding, string? Title,
    DateOnly? Date, IReadOnlyList<string> Parties, int Items);
